/**
 * Changing the conversations list's filter, by `TagFilter` (Enter on a tag's option) and by the host's
 * own button that sets the `filters` prop: keydown to the end of the frame that shows the new first
 * page, and the main thread's work over that span. Each change starts from the unfiltered list with
 * every row on screen and goes to a popular tag never cached before.
 */
import type { ConversationTag } from "../../src";
import { apiQuiet } from "./apiTracker";
import { conversationTitle, firstWithPopularTag, POPULAR_TAGS } from "./conversations";
import { activeOption, PAGE_SIZE, settle, type OpenPage } from "./conversationsPage";
import { pressKey } from "./keys";
import { idleProbe, mainThreadMs } from "./keystrokes";
import { summarize, type Summary } from "./stats";

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
export async function changingFilter(open: OpenPage, tags: readonly ConversationTag[], total: number, changes: number) {
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
