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
import type { Browser, CDPSession, Page } from "playwright-core";
import type { ConversationTag } from "../../src";
import { typeAlternately } from "./alternateTyping";
import { apiQuiet, type ApiTracker } from "./apiTracker";
import { counting, type RowCounts } from "./conversationCounts";
import { changingFilter, type FilterChangeRun } from "./conversationFilter";
import { activeOption, FIRST_ASSIGNED_TAG, openConversations, openRowEditor, PAGE_SIZE, ROW, settle, type OpenPage } from "./conversationsPage";
import { pressKey } from "./keys";
import { mainThreadMs } from "./keystrokes";
import type { PageServer } from "./serve";
import { median, summarize, type Summary } from "./stats";

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
    const title = page.getByRole("textbox", { name: "Title" });
    const [form, rowPicker] = await typeAlternately(page, open.cdp, title, picker, plan.keys);
    const typed = { form, rowPicker };
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
