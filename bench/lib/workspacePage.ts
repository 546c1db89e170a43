/**
 * The bench's pickers page (`?pickers=N`, `bench/host/PickersPanel.tsx`) for issue 22: opening it,
 * following the page's walk over the workspace's tags (requests of `GET /v1/convai/tags`, seen by
 * Playwright, and the answer whose `has_more` is `false`), and reading its timings from Resource Timing.
 */
import type { Browser, BrowserContext, CDPSession, Locator, Page, Request } from "playwright-core";
import { pressKey } from "./keys";
import { API_BASE_PATH, type PageServer } from "./serve";
import { median } from "./stats";

/** A tag option (not "Create …") of an open picker's listbox (which loses `hidden` once open with options). */
export const VISIBLE_OPTION = '[data-slot="picker"] [role="listbox"]:not([hidden]) [role="option"][data-kind="tag"]';

/** The tag list route as the page calls it (through the page server's proxy). */
export const LIST_PATH = `${API_BASE_PATH}/v1/convai/tags`;

function isListRequest(request: Request): boolean {
  return request.method() === "GET" && new URL(request.url()).pathname === LIST_PATH;
}

/** The page's walk over the workspace's tags, as the network shows it. */
export interface WalkWatch {
  /** Tag list requests the page has sent. */
  requests: () => number;
  /** Settles when an answer says `has_more: false` (the walk reached the last page). */
  done: Promise<void>;
  complete: () => boolean;
}

function watchWalk(page: Page): WalkWatch {
  let requests = 0;
  let complete = false;
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  page.on("request", (request) => {
    if (isListRequest(request)) requests++;
  });
  page.on("response", (response) => {
    if (!isListRequest(response.request())) return;
    response.json().then(
      (body: { has_more?: boolean }) => {
        if (body.has_more !== false) return;
        complete = true;
        finish();
      },
      () => undefined,
    );
  });
  return { requests: () => requests, done, complete: () => complete };
}

/** An open pickers page. */
export interface PickersPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  walk: WalkWatch;
  /** The first picker's combobox input. */
  input: Locator;
  /** `performance.now()` in the bench when the first picker's input was seen on screen. */
  mountedAt: number;
}

/** Opens `?pickers=count` (each with `assigned` already, when given) and waits for the first picker. */
export async function openPickers(browser: Browser, server: PageServer, count: number, assigned?: string): Promise<PickersPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  const walk = watchWalk(page);
  const query = new URLSearchParams({ peer: "kit", pickers: String(count), frames: "1" });
  if (assigned) query.set("assigned", assigned);
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}/?${query.toString()}`);
  const input = page.getByRole("combobox", { name: "Add tags" }).first();
  await input.waitFor();
  return { context, page, cdp, walk, input, mountedAt: performance.now() };
}

/** The walk's span and its requests' durations, from Resource Timing (fetches of the tag list). */
export interface WalkTimings {
  /** First list request's start to the last list answer's end, ms. */
  walkMs: number;
  /** Median duration of one list request (start to response end): one round trip. */
  roundTripMs: number;
  /** List requests Resource Timing holds (aborted ones included). */
  entries: number;
}

/** Reads the walk's timings once it is done. */
export async function walkTimings(page: Page): Promise<WalkTimings> {
  const spans = await page.evaluate((path) => {
    return performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname === path)
      .map((entry) => [entry.startTime, (entry as PerformanceResourceTiming).responseEnd] as const);
  }, LIST_PATH);
  const done = spans.filter(([, end]) => end > 0);
  return {
    walkMs: Math.max(...done.map(([, end]) => end)) - Math.min(...spans.map(([start]) => start)),
    roundTripMs: median(done.map(([start, end]) => end - start)),
    entries: spans.length,
  };
}

/** Waits for the next frame to be produced. */
export function settle(page: Page): Promise<number> {
  return page.evaluate(() => window.__bench.settle());
}

/** What opening a picker took: keydown (ArrowDown) to the end of the frame that shows its first options. */
export interface OpenSample {
  toOptionsMs: number;
  /** The options were in the DOM before the first frame after the key began: shown in that frame. */
  firstFrame: boolean;
  /** How long before the key the page's first tag list request started (negative: after it). */
  walkLeadMs: number;
}

/**
 * Focuses the first picker's input and opens it with ArrowDown, timing the first options on screen.
 * One page round trip before the key (focus and watch together), so a cold open follows the mount closely.
 */
export async function openPicker(page: Page, cdp: CDPSession): Promise<OpenSample> {
  await page.evaluate((selector) => {
    document.querySelector<HTMLInputElement>('[data-slot="picker"] input[role="combobox"]')?.focus();
    window.__bench.watchDom({ selector, attributes: true });
  }, VISIBLE_OPTION);
  await pressKey(cdp, "ArrowDown");
  return page.evaluate(async (path) => {
    const watched = await window.__bench.domWatched;
    if (!watched) throw new Error("nothing was watched");
    const { lastKeyDownAt, firstFrameAfterKeyAt } = window.__bench;
    const starts = performance
      .getEntriesByType("resource")
      .filter((entry) => new URL(entry.name).pathname === path)
      .map((entry) => entry.startTime);
    return {
      toOptionsMs: watched.frame - lastKeyDownAt,
      firstFrame: watched.seen <= firstFrameAfterKeyAt,
      walkLeadMs: lastKeyDownAt - Math.min(...starts),
    };
  }, LIST_PATH);
}

/** Types `title` into the open picker (one `input` event, as a paste), timing its option on screen. */
export async function findTag(page: Page, input: Locator, title: string): Promise<number> {
  await page.evaluate(
    (watch) => {
      window.__bench.watchDom(watch);
    },
    { selector: VISIBLE_OPTION, text: title, attributes: true },
  );
  await input.fill(title);
  return page.evaluate(async () => {
    const watched = await window.__bench.domWatched;
    if (!watched) throw new Error("nothing was watched");
    return watched.frame - window.__bench.lastInputAt;
  });
}
