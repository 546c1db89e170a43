/**
 * What the visual tests share: the static Storybook served on loopback, opening one story and waiting
 * until its play function has finished (each story ends in the state it is named after), and the two
 * looks every page gets: a screenshot against its reference and the non-text contrast check.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { test as base, expect, type Page, type PageScreenshotOptions } from "@playwright/test";
import { boundaryFailures, inspectControls } from "../support/controlBoundaries";
import type { LoopbackServer } from "../support/serveOnLoopback";
import { serveStatic } from "../support/serveStatic";

/** Both themes, named as the Storybook toolbar and `prefers-color-scheme` name them. */
export const themes = ["light", "dark"] as const;
/** One of {@link themes}. */
export type Theme = (typeof themes)[number];

const staticDir = fileURLToPath(new URL("../../storybook-static/", import.meta.url));

/** A story of the built Storybook, as its `index.json` lists it. */
export interface StoryEntry {
  id: string;
  title: string;
  name: string;
}

/** Every story (not docs page) of the static Storybook; global setup built it. */
export function builtStories(): StoryEntry[] {
  const file = `${staticDir}index.json`;
  if (!existsSync(file)) throw new Error("storybook-static/index.json is missing: the visual tests' global setup builds it");
  const index = JSON.parse(readFileSync(file, "utf8")) as { entries: Record<string, StoryEntry & { type: string }> };
  return Object.values(index.entries)
    .filter((entry) => entry.type === "story")
    .map(({ id, title, name }) => ({ id, title, name }));
}

/** The parts of Storybook's preview (`window.__STORYBOOK_PREVIEW__`) the visual tests drive. */
interface StorybookPreview {
  currentRender?: { id?: string };
  onUpdateGlobals(update: { globals: Record<string, unknown> }): Promise<void>;
  onSetCurrentStory(selection: { storyId: string; viewMode: "story" }): Promise<void>;
  onForceRemount(selection: { storyId: string }): Promise<void>;
}

/** The payload of Storybook's `storyFinished` event. */
interface StoryOutcome {
  storyId: string;
  status: "success" | "error";
}

declare global {
  interface Window {
    __STORYBOOK_PREVIEW__?: StorybookPreview;
    __STORYBOOK_ADDONS_CHANNEL__?: { on(event: string, listener: (payload: never) => void): void };
    __ctkStoryOutcome?: StoryOutcome;
    __ctkPlayError?: string;
  }
}

/** A story frame kept open by one worker: stories are switched in it as the Storybook manager does. */
export interface StoryFrame {
  page: Page;
  /** Shows a story in `theme` and waits until it has rendered and its play function has finished. */
  show(id: string, theme: Theme): Promise<void>;
}

// The stories' axe checks run in `npm run test:stories`; here they would only cost time.
const globals = (theme: Theme) => ({ theme, "a11y.manual": true });

export const test = base.extend<object, { storybook: LoopbackServer; storyFrame: StoryFrame }>({
  storybook: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      const server = await serveStatic(staticDir);
      await use(server);
      await server.close();
    },
    { scope: "worker" },
  ],
  // Loading the preview takes seconds, switching a story well under one: one frame per worker.
  storyFrame: [
    async ({ browser, storybook }, use) => {
      const context = await browser.newContext({ locale: "en-US", timezoneId: "UTC", viewport: { width: 800, height: 600 } });
      const page = await context.newPage();
      let loaded = false;
      await use({
        page,
        show: async (id, theme) => {
          if (!loaded) {
            await openStory(page, storybook, id, theme);
            loaded = true;
            return;
          }
          await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
          await page.evaluate(
            async ([storyId, update]) => {
              const preview = window.__STORYBOOK_PREVIEW__;
              if (!preview) throw new Error("the Storybook preview is not loaded");
              (document.activeElement as HTMLElement | null)?.blur();
              window.__ctkStoryOutcome = undefined;
              window.__ctkPlayError = undefined;
              await preview.onUpdateGlobals({ globals: update });
              // The same story again (the other theme): selecting it would be a no-op, so remount it,
              // which runs its loaders and play function anew, as a fresh selection does.
              if (preview.currentRender?.id === storyId) await preview.onForceRemount({ storyId });
              else await preview.onSetCurrentStory({ storyId, viewMode: "story" });
              window.scrollTo(0, 0);
            },
            [id, globals(theme)] as const,
          );
          await storyFinished(page, id);
        },
      });
      await context.close();
    },
    { scope: "worker" },
  ],
});

export { expect };

/**
 * Records each `storyFinished` event of the preview's channel (its play function's outcome), installed
 * before any script of the page runs; the channel exists before the first story renders.
 */
function recordStoryOutcomes(): void {
  const subscribe = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__;
    if (!channel) {
      setTimeout(subscribe, 5);
      return;
    }
    // A play function's exception does not make the outcome "error" outside a test runner: record it.
    channel.on("playFunctionThrewException", (error: { message?: string }) => {
      window.__ctkPlayError = error.message ?? "the play function threw";
    });
    channel.on("storyFinished", (outcome: StoryOutcome) => {
      window.__ctkStoryOutcome = outcome;
    });
  };
  subscribe();
}

/** Waits for the story's render to finish, and fails when its play function did not succeed. */
async function storyFinished(page: Page, id: string): Promise<void> {
  const outcome = await page.waitForFunction((storyId) => window.__ctkStoryOutcome?.storyId === storyId && window.__ctkStoryOutcome, id, {
    timeout: 30_000,
  });
  const { status } = (await outcome.jsonValue()) as StoryOutcome;
  const playError = await page.evaluate(() => window.__ctkPlayError ?? null);
  expect({ status, playError }, `story ${id} did not reach its state: its play function failed`).toEqual({ status: "success", playError: null });
  await page.evaluate(() => document.fonts.ready);
}

// Pages that already record story outcomes: an init script runs on every load of its page, once is enough.
const recording = new WeakSet<Page>();

/** Loads a story's frame in `theme` and waits until it has rendered and its play function has finished. */
export async function openStory(page: Page, storybook: LoopbackServer, id: string, theme: Theme): Promise<void> {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
  const query = Object.entries(globals(theme))
    .map(([name, value]) => `${name}:${value === true ? "!true" : String(value)}`)
    .join(";");
  if (!recording.has(page)) {
    await page.addInitScript(recordStoryOutcomes);
    recording.add(page);
  }
  await page.goto(`${storybook.url}/iframe.html?id=${id}&viewMode=story&globals=${query}`);
  await storyFinished(page, id);
}

/**
 * Compares the page with its reference image `name`.png, unless this run's browser or fonts differ
 * from the references' (then the skip is recorded on the test and global setup printed why).
 */
export async function expectLooksAsBefore(page: Page, name: string, options: PageScreenshotOptions = {}): Promise<void> {
  const skipped = process.env.CTK_VISUAL_SKIP;
  if (skipped) {
    test.info().annotations.push({ type: "visual comparison skipped", description: skipped });
    return;
  }
  // Soft: the contrast check after it still runs and reports, so one failure shows both findings. Parts
  // that show what the API makes anew on every run (a generated id) say so with `data-volatile`.
  const mask = [page.locator("[data-volatile]"), ...(options.mask ?? [])];
  await expect
    .soft(page, `${name} differs from its reference image`)
    .toHaveScreenshot(`${name}.png`, { fullPage: true, ...options, mask });
}

/**
 * Every control boundary on the page (and every focus ring, after a key press makes script focus
 * show `:focus-visible`) reaches 3:1 against what is next to it; `atLeast` guards a page known to
 * hold controls against an inspection that found none.
 */
export async function expectControlsVisible(page: Page, where: string, atLeast = 0): Promise<void> {
  await page.keyboard.press("Shift");
  const inspection = await page.evaluate(inspectControls);
  expect(inspection.boundaries.length, `${where}: controls found to check`).toBeGreaterThanOrEqual(atLeast);
  expect(boundaryFailures(inspection), `${where}: control boundaries under 3:1 (WCAG 2.2 SC 1.4.11)`).toEqual([]);
}
