/**
 * Editing one row of the 1,000-tag list (issue 12): the kit's `TagList` alone on the page (the kit's
 * form beside it, untouched), profiling build with the React probe. One row's "Edit" opens its inline
 * `EditTagForm`; a few characters are typed into its title and saved. Counts, not timings: what React
 * rendered per keystroke in the row's editor and for the save, beside the number of rows a list that
 * re-rendered every row would render (its lower bound per commit).
 */
import type { Browser, Page } from "playwright-core";
import type { ReactCounts } from "../host/probe";
import { openPeer } from "./browser";
import { countCommits } from "./commits";
import type { PageServer } from "./serve";

/** What one row edit cost React, next to the size of the list. */
export interface ListEditRun {
  /** Rows in the list (`<li>` under `[data-slot="list"]`) when the edit began. */
  rows: number;
  /** Characters typed into the row's title. */
  keys: number;
  /** Per keystroke in the row's editor: commits and components rendered. */
  perKey: { commits: number; componentRenders: number };
  /** From the click on "Save" until the saved row is back and the list's refresh has landed. */
  save: { commits: number; componentRenders: number; apiRequests: number };
  /** Opening the row's editor (the click on "Edit"). */
  open: { commits: number; componentRenders: number };
}

/** Typed into the row's title: a-z and spaces only (what `pressKey` sends). */
const TYPED = " edited";

async function counts(page: Page): Promise<ReactCounts> {
  return page.evaluate(() => {
    const { react } = window.__bench;
    if (!react) throw new Error("the page was not opened with ?probe=react");
    return { ...react };
  });
}

/** Waits for the frame, then until no request to the tags API is in flight for a quiet second. */
async function quiet(page: Page, inFlight: () => number): Promise<void> {
  for (let calm = 0; calm < 4; ) {
    await page.waitForTimeout(250);
    calm = inFlight() === 0 ? calm + 1 : 0;
  }
  await page.evaluate(() => window.__bench.settle());
}

/** Opens the kit's page with `listTags` tags loaded and edits the middle row. */
export async function listEditPhase(browser: Browser, server: PageServer, listTags: number): Promise<ListEditRun> {
  const { page, cdp, close } = await openPeer(browser, server.url, "kit", { probeReact: true, listTags });
  try {
    let inFlight = 0;
    let apiRequests = 0;
    const isApi = (url: string) => new URL(url).pathname.startsWith("/api/");
    page.on("request", (request) => {
      if (!isApi(request.url())) return;
      inFlight++;
      apiRequests++;
    });
    const done = (request: { url: () => string }) => {
      if (isApi(request.url())) inFlight--;
    };
    page.on("requestfinished", done);
    page.on("requestfailed", done);
    await quiet(page, () => inFlight);

    const items = page.locator('[data-slot="list"] > li');
    const rows = await items.count();
    const edit = items.nth(rows >> 1).getByRole("button", { name: /^Edit / });
    const label = await edit.getAttribute("aria-label");
    if (!label) throw new Error("the row's Edit button has no accessible label");

    const beforeOpen = await counts(page);
    await edit.click();
    const editor = page.getByRole("form", { name: label });
    const title = editor.getByRole("textbox", { name: "Title" });
    await title.waitFor();
    await page.evaluate(() => window.__bench.settle());
    const opened = await counts(page);

    // Caret at the end of the current title, so the saved title is known.
    await title.focus();
    await page.keyboard.press("End");
    await page.evaluate(() => window.__bench.settle());
    const typing = await countCommits(page, cdp, TYPED);

    const beforeSave = await counts(page);
    apiRequests = 0;
    await editor.getByRole("button", { name: "Save" }).click();
    await page.getByRole("button", { name: `${label}${TYPED}`, exact: true }).waitFor();
    await quiet(page, () => inFlight);
    const saved = await counts(page);

    return {
      rows,
      keys: typing.keys,
      perKey: { commits: typing.perKey.commits, componentRenders: typing.perKey.componentRenders },
      save: {
        commits: saved.commits - beforeSave.commits,
        componentRenders: saved.componentRenders - beforeSave.componentRenders,
        apiRequests,
      },
      open: {
        commits: opened.commits - beforeOpen.commits,
        componentRenders: opened.componentRenders - beforeOpen.componentRenders,
      },
    };
  } finally {
    await close();
  }
}
