/** What React rendered on the conversations page (profiling build): per keystroke in a row's picker and per assign. */
import type { Browser, Page } from "playwright-core";
import { apiQuiet } from "./apiTracker";
import type { ConversationListPlan } from "./conversationListPhase";
import { activeOption, FIRST_ASSIGNED_TAG, openConversations, openRowEditor, settle } from "./conversationsPage";
import { pressKey } from "./keys";
import type { PageServer } from "./serve";

/** What React did, from the profiling build's DevTools hook. */
export interface RowCounts {
  commits: number;
  componentRenders: number;
  /** Renders of row components, summed over commits. */
  rowRenders: number;
  /** Distinct rows whose component rendered. */
  rowsRendered: number;
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
export async function counting(browser: Browser, server: PageServer, plan: ConversationListPlan) {
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
