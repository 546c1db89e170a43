/**
 * React commits per keystroke, in the profiling build. `<Profiler id="page">` counts every commit;
 * the DevTools hook in `host/probe.ts` tells which components rendered in each, so a commit of
 * the form root (the component that owns the form's state) and of the other field (the nearest
 * component above the description `<textarea>`) can be counted without touching any form.
 */
import type { CDPSession, Page } from "playwright-core";
import type { ReactCounts } from "../host/probe";
import { pressKey } from "./keys";
import { median } from "./stats";

/** Counts over a run of keys, and after typing paused. */
export interface CommitRun {
  keys: number;
  /** Per keystroke while typing; `formRenderMs` is the median over the keys (render time has outliers). */
  perKey: ReactCounts & { formRenderMs: number; listCommits: number };
  /** Totals in the 1.5 s after the last key (debounced work such as live-region messages). */
  afterPause: ReactCounts;
}

interface Snapshot {
  react: ReactCounts;
  profiler: Record<string, { commits: number; actualMs: number }>;
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const { react, profiler } = window.__bench;
    if (!react) throw new Error("the page was not opened with ?probe=react");
    return { react: { ...react }, profiler: structuredClone(profiler) };
  });
}

function diff(after: ReactCounts, before: ReactCounts): ReactCounts {
  return {
    commits: after.commits - before.commits,
    rootRenders: after.rootRenders - before.rootRenders,
    otherRenders: after.otherRenders - before.otherRenders,
    componentRenders: after.componentRenders - before.componentRenders,
  };
}

/** Types `text` (a-z and spaces) into the focused field, a frame per key, and counts commits. */
export async function countCommits(page: Page, cdp: CDPSession, text: string): Promise<CommitRun> {
  const start = await snapshot(page);
  const renderMs: number[] = [];
  let rendered = start.profiler.form?.actualMs ?? 0;
  for (const key of text) {
    await pressKey(cdp, key);
    const total = await page.evaluate(async () => {
      await window.__bench.settle();
      return window.__bench.profiler.form?.actualMs ?? 0;
    });
    renderMs.push(total - rendered);
    rendered = total;
  }
  const typed = await snapshot(page);
  await page.waitForTimeout(1500);
  await page.evaluate(() => window.__bench.settle());
  const paused = await snapshot(page);

  const keys = text.length;
  const during = diff(typed.react, start.react);
  const profiled = (id: string, snap: Snapshot) => snap.profiler[id] ?? { commits: 0, actualMs: 0 };
  return {
    keys,
    perKey: {
      commits: during.commits / keys,
      rootRenders: during.rootRenders / keys,
      otherRenders: during.otherRenders / keys,
      componentRenders: during.componentRenders / keys,
      formRenderMs: median(renderMs),
      listCommits: (profiled("list", typed).commits - profiled("list", start).commits) / keys,
    },
    afterPause: diff(paused.react, typed.react),
  };
}
