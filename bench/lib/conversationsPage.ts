/** The bench's conversations page (`?conversations=1`), opened with every conversation loaded, and its helpers. */
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { apiQuiet, trackApi, type ApiTracker } from "./apiTracker";
import type { PageServer } from "./serve";

/** The list's page size (the panel's `filters.page_size`). */
export const PAGE_SIZE = 100;
/** The row whose picker is typed in and tagged (0-based): the middle of the list. */
export const ROW = 500;
/** Tags assigned to that row come from here on (the row carries none of them). */
export const FIRST_ASSIGNED_TAG = 100;

/** The open page. */
export interface OpenPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  api: ApiTracker;
  rows: ReturnType<Page["locator"]>;
}

/** Opens the page and loads every conversation with "Load more". */
export async function openConversations(browser: Browser, server: PageServer, total: number, probeReact: boolean): Promise<OpenPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  const api = trackApi(page);
  await page.goto(`${server.url}/?peer=kit&conversations=1&frames=1${probeReact ? "&probe=react" : ""}`);
  await page.getByRole("textbox", { name: "Title" }).waitFor();
  const rows = page.locator('[data-slot="conversation-list"] [data-slot="row"]');
  await rows.first().waitFor({ timeout: 30_000 });
  const loadMore = page.locator('[data-slot="conversation-list"] [data-slot="load-more"]');
  for (let shown = await rows.count(); shown < total; shown = await rows.count()) {
    await loadMore.click();
    await page.waitForFunction(
      (before) => document.querySelectorAll('[data-slot="conversation-list"] [data-slot="row"]').length > before,
      shown,
    );
  }
  await apiQuiet(page, api);
  const cdp = await context.newCDPSession(page);
  return { context, page, cdp, api, rows };
}

/** Waits for the next frame to be produced (the probe's `settle`). */
export function settle(page: Page): Promise<number> {
  return page.evaluate(() => window.__bench.settle());
}

/** Opens the middle row's "Edit tags" and returns its picker's input. */
export async function openRowEditor(page: Page, rows: OpenPage["rows"]) {
  const row = rows.nth(ROW);
  await row.getByRole("button", { name: /^Edit tags of / }).click();
  const input = row.getByRole("combobox", { name: "Add tags" });
  await input.waitFor();
  await settle(page);
  return input;
}

/** Waits until the focused combobox has an active option (the typed title's). */
export async function activeOption(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-activedescendant"));
  await settle(page);
}
