/**
 * `ConversationList` (issue 21) with 1,000 conversations loaded (10 pages of 100) and 200 tags in the
 * workspace, on one page with `CreateTagForm` (`bench/host/ConversationsPanel.tsx`):
 * - changing the filter, by `TagFilter` (Enter on the tag's option) and by the host's own button
 *   that sets the `filters` prop: keydown to the end of the frame that shows the new first page, and
 *   the main thread's work over that span;
 * - assigning a tag in one row's picker (Enter on the option): main-thread work until the API's
 *   answer is in, and (profiling build) which rows React rendered;
 * - typing in that row's picker: main-thread work per keystroke;
 * each beside typing in `CreateTagForm`'s title on the same page, segments alternating between the
 * two fields so drift lands on both (the anchor every ratio divides by).
 */
import type { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import type { ConversationTag } from "../../src";
import { apiQuiet, trackApi, type ApiTracker } from "./apiTracker";
import { conversationTitle, firstWithPopularTag, POPULAR_TAGS } from "./conversations";
import { pressKey } from "./keys";
import { idleProbe, keySequence, mainThreadMs, measureKeystrokes } from "./keystrokes";
import type { PageServer } from "./serve";
import { median, summarize, type Summary } from "./stats";

/** The list's page size (the panel's `filters.page_size`). */
const PAGE_SIZE = 100;
/** Keys per segment: 50 typed, then 50 erased. */
const SEGMENT = 100;
/** The row whose picker is typed in and tagged: the middle of the list. */
const ROW = 500;
/** Tags assigned to that row come from here on (the row carries none of them). */
const FIRST_ASSIGNED_TAG = 100;

/** How much to measure. */
export interface ConversationListPlan {
  /** Conversations the mock holds and the list loads (all of them, 100 a page). */
  conversations: number;
  /** The workspace's tags (the mock's); the conversations carry them as `bench/lib/conversations.ts` plans. */
  tags: readonly ConversationTag[];
  /** Keystrokes in each field. */
  keys: number;
  /** Filter changes by each route. */
  changes: number;
  /** Tags assigned in the row (production build; the profiling build assigns 3 more). */
  assigns: number;
}

/** One way of changing the filter, over its samples. */
export interface FilterChangeRun {
  /** The change's keydown to the end of the frame that shows the new first page, ms. */
  toFrame: Summary;
  /** Main-thread ms over that span (net of the idle probe). */
  task: Summary;
  /** The list request's last byte (Resource Timing `responseEnd`) to that frame, ms. */
  answerToFrame: Summary;
  /** Rows on the new first page. */
  rows: number;
  /** Conversations the new filter matches (fewest over the samples). */
  matches: number;
}

/** What React did, from the profiling build's DevTools hook. */
export interface RowCounts {
  commits: number;
  componentRenders: number;
  /** Renders of row components, summed over commits. */
  rowRenders: number;
  /** Distinct rows whose component rendered. */
  rowsRendered: number;
}

/** Everything the phase measured. */
export interface ConversationListRun {
  conversations: number;
  tags: number;
  pageSize: number;
  /** Rows on the page while typing and assigning. */
  rows: number;
  /** Which row (1-based) has its editor open: typed in and tagged. */
  editedRow: number;
  /** Typing in `CreateTagForm`'s title on this page: the anchor. */
  form: { task: Summary; keyToFrame: Summary };
  /** Typing in the row's `ConversationTagPicker`. */
  rowPicker: { task: Summary; keyToFrame: Summary };
  filter: { tagFilter: FilterChangeRun; prop: FilterChangeRun };
  /** Enter on a tag's option in the row's picker until the answer is in; `requests` per assign. */
  assign: { task: Summary; requests: number };
  counts: {
    /** Per keystroke in the row's picker. */
    typing: RowCounts & { keys: number };
    /** Per assign, each until the API's answer was in and nothing was in flight. */
    assigns: RowCounts[];
  };
}

interface OpenPage {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  api: ApiTracker;
  rows: ReturnType<Page["locator"]>;
}

/** Opens the page and loads every conversation with "Load more". */
async function openConversations(browser: Browser, server: PageServer, total: number, probeReact: boolean): Promise<OpenPage> {
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

function settle(page: Page): Promise<number> {
  return page.evaluate(() => window.__bench.settle());
}

/** Opens the middle row's "Edit tags" and returns its picker's input. */
async function openRowEditor(page: Page, rows: OpenPage["rows"]) {
  const row = rows.nth(ROW);
  await row.getByRole("button", { name: /^Edit tags of / }).click();
  const input = row.getByRole("combobox", { name: "Add tags" });
  await input.waitFor();
  await settle(page);
  return input;
}

/** Waits until the focused combobox has an active option (the typed title's). */
async function activeOption(page: Page): Promise<void> {
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-activedescendant"));
  await settle(page);
}

/** Types in the form's title and in the row's picker, alternating segments. */
async function typing(page: Page, cdp: CDPSession, picker: ReturnType<Page["locator"]>, keys: number) {
  const title = page.getByRole("textbox", { name: "Title" });
  const samples = {
    form: { task: [] as number[], keyToFrame: [] as number[] },
    picker: { task: [] as number[], keyToFrame: [] as number[] },
  };
  for (let left = keys, index = 0; left > 0; left -= SEGMENT, index++) {
    const length = Math.min(SEGMENT, left);
    const order = index % 2 === 0 ? (["form", "picker"] as const) : (["picker", "form"] as const);
    for (const field of order) {
      await (field === "form" ? title : picker).click();
      await settle(page);
      const run = await measureKeystrokes(page, cdp, keySequence(length), 1, index < 2);
      samples[field].task.push(...run.taskMs);
      samples[field].keyToFrame.push(...run.keyToFrameMs);
    }
  }
  const both = (s: { task: number[]; keyToFrame: number[] }) => ({ task: summarize(s.task), keyToFrame: summarize(s.keyToFrame) });
  return { form: both(samples.form), rowPicker: both(samples.picker) };
}

/** Main-thread ms of `settles` waits for a frame with nothing else happening: what a measure subtracts. */
async function idleWindow(page: Page, cdp: CDPSession, api: ApiTracker): Promise<number> {
  const spans: number[] = [];
  for (let i = 0; i < 3; i++) {
    const before = await mainThreadMs(cdp);
    await apiQuiet(page, api, 150);
    await settle(page);
    spans.push((await mainThreadMs(cdp)) - before);
  }
  return median(spans);
}

/** Assigns `count` tags in the row's picker (Enter on the typed title's option), measuring each. */
async function assigning(open: OpenPage, picker: ReturnType<Page["locator"]>, tags: readonly ConversationTag[], first: number, count: number) {
  const { page, cdp, api } = open;
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  try {
    const idle = await idleWindow(page, cdp, api);
    const task: number[] = [];
    const sent: number[] = [];
    for (let i = 0; i < count; i++) {
      const tag = tags[first + i];
      if (!tag) throw new Error("not enough tags to assign");
      await picker.fill(tag.title);
      await activeOption(page);
      const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/v1/convai/conversations/"));
      const before = await mainThreadMs(cdp);
      const requestsBefore = api.sent();
      await pressKey(cdp, "Enter");
      await answered;
      await apiQuiet(page, api, 150);
      await settle(page);
      task.push((await mainThreadMs(cdp)) - before - idle);
      sent.push(api.sent() - requestsBefore);
    }
    return { task: summarize(task), requests: median(sent) };
  } finally {
    await cdp.send("Performance.disable");
  }
}

/** Back to the unfiltered list (every row, from the cache), with no filtered list left cached. */
async function unfiltered(open: OpenPage, total: number): Promise<void> {
  const { page, api } = open;
  await page.evaluate(() => window.__bench.conversations?.setTagIds([]));
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-slot="conversation-list"] [data-slot="row"]').length === n,
    total,
  );
  await page.evaluate(() => window.__bench.conversations?.forgetFilteredLists());
  await apiQuiet(page, api);
}

/** Changes the filter `changes` times by each route, from the full unfiltered list to a popular tag. */
async function changingFilter(open: OpenPage, tags: readonly ConversationTag[], total: number, changes: number) {
  const { page, cdp } = open;
  const empty = () => ({ toFrame: [] as number[], task: [] as number[], answerToFrame: [] as number[] });
  const samples = { tagFilter: empty(), prop: empty() };
  const filterInput = page.getByRole("combobox", { name: "Filter by tag" });
  const apply = page.locator('[data-bench="apply-filter"]');
  let rows = 0;
  let matches = Number.POSITIVE_INFINITY;
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  try {
    const idle = await idleProbe(page, cdp);
    for (let i = 0; i < 2 * changes; i++) {
      const route = i % 2 === 0 ? "tagFilter" : "prop";
      const k = Math.floor(i / 2) % POPULAR_TAGS;
      const tag = tags[k];
      if (!tag) throw new Error("no popular tag");
      await unfiltered(open, total);
      if (route === "tagFilter") {
        await filterInput.fill(tag.title);
        await activeOption(page);
      } else {
        await page.evaluate((ids) => window.__bench.conversations?.armFilter(ids), [tag.tag_id]);
        await apply.focus();
        await settle(page);
      }
      const first = firstWithPopularTag(k);
      matches = Math.min(matches, Math.ceil((total - first) / POPULAR_TAGS));
      rows = Math.min(PAGE_SIZE, Math.ceil((total - first) / POPULAR_TAGS));
      await page.evaluate((watch) => {
        performance.clearResourceTimings();
        window.__bench.watchDom(watch);
      }, { selector: '[data-slot="conversation-list"] [data-slot="row-title"]', count: rows, text: conversationTitle(first) });
      const before = await mainThreadMs(cdp);
      await pressKey(cdp, "Enter");
      const shown = await page.evaluate(async () => {
        const watched = await window.__bench.domWatched;
        const lists = performance.getEntriesByType("resource").filter((entry) => entry.name.includes("/v1/convai/conversations?"));
        const answer = (lists.at(-1) as PerformanceResourceTiming | undefined)?.responseEnd ?? Number.NaN;
        return watched ? { toFrame: watched.frame - window.__bench.lastKeyDownAt, answerToFrame: watched.frame - answer } : null;
      });
      if (!shown) throw new Error("the new first page was not watched");
      await settle(page);
      // Two waits for a frame (the watch's and the settle) and the metrics read: twice the idle probe.
      samples[route].task.push((await mainThreadMs(cdp)) - before - 2 * idle);
      samples[route].toFrame.push(shown.toFrame);
      samples[route].answerToFrame.push(shown.answerToFrame);
    }
  } finally {
    await cdp.send("Performance.disable");
  }
  const run = (s: ReturnType<typeof empty>): FilterChangeRun => ({
    toFrame: summarize(s.toFrame),
    task: summarize(s.task),
    answerToFrame: summarize(s.answerToFrame),
    rows,
    matches,
  });
  return { tagFilter: run(samples.tagFilter), prop: run(samples.prop) };
}

interface Counters {
  commits: number;
  componentRenders: number;
  rowRenders: number;
  rowsRendered: number;
}

async function counters(page: Page, reset = false): Promise<Counters> {
  return page.evaluate((clear) => {
    const { react, rowRenders, rowsRendered } = window.__bench;
    if (!react) throw new Error("the page was not opened with ?probe=react");
    const read = { commits: react.commits, componentRenders: react.componentRenders, rowRenders, rowsRendered: rowsRendered.size };
    if (clear) rowsRendered.clear();
    return read;
  }, reset);
}

function countsBetween(after: Counters, before: Counters): RowCounts {
  return {
    commits: after.commits - before.commits,
    componentRenders: after.componentRenders - before.componentRenders,
    rowRenders: after.rowRenders - before.rowRenders,
    rowsRendered: after.rowsRendered,
  };
}

/** The profiling build: what React rendered per keystroke in the row's picker and per assign. */
async function counting(browser: Browser, server: PageServer, plan: ConversationListPlan) {
  const open = await openConversations(browser, server, plan.conversations, true);
  try {
    const { page, cdp, api } = open;
    const picker = await openRowEditor(page, open.rows);
    await picker.click();
    await settle(page);
    const typed = "caller ask";
    const before = await counters(page, true);
    for (const key of typed) {
      await pressKey(cdp, key);
      await settle(page);
    }
    const after = await counters(page);
    const total = countsBetween(after, before);
    const keys = typed.length;
    const typing = {
      keys,
      commits: total.commits / keys,
      componentRenders: total.componentRenders / keys,
      rowRenders: total.rowRenders / keys,
      rowsRendered: total.rowsRendered,
    };
    await picker.fill("");
    await apiQuiet(page, api);
    const assigns: RowCounts[] = [];
    for (let i = 0; i < 3; i++) {
      const tag = plan.tags[FIRST_ASSIGNED_TAG + plan.assigns + i];
      if (!tag) throw new Error("not enough tags to assign");
      await picker.fill(tag.title);
      await activeOption(page);
      const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/v1/convai/conversations/"));
      const start = await counters(page, true);
      await pressKey(cdp, "Enter");
      await answered;
      await apiQuiet(page, api);
      assigns.push(countsBetween(await counters(page), start));
    }
    return { typing, assigns };
  } finally {
    await open.context.close();
  }
}

/** Runs the phase: production build on `production`, counts on `profiling` (both serving the plan's data). */
export async function conversationListPhase(
  browser: Browser,
  production: PageServer,
  profiling: PageServer,
  plan: ConversationListPlan,
): Promise<ConversationListRun> {
  const open = await openConversations(browser, production, plan.conversations, false);
  let measured;
  try {
    const { page } = open;
    const rows = await open.rows.count();
    const picker = await openRowEditor(page, open.rows);
    const typed = await typing(page, open.cdp, picker, plan.keys);
    await picker.click();
    const assign = await assigning(open, picker, plan.tags, FIRST_ASSIGNED_TAG, plan.assigns);
    const filter = await changingFilter(open, plan.tags, plan.conversations, plan.changes);
    measured = { rows, editedRow: ROW + 1, ...typed, assign, filter };
  } finally {
    await open.context.close();
  }
  const counts = await counting(browser, profiling, plan);
  return { conversations: plan.conversations, tags: plan.tags.length, pageSize: PAGE_SIZE, ...measured, counts };
}
