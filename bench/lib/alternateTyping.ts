/**
 * Typing in two fields of one page in turn: segments of 100 keys (50 typed, 50 erased) alternate
 * between them, the first field first in even segments and second in odd ones, so drift during the
 * run lands on both. How the picker benches set a field beside `CreateTagForm`'s title, the anchor.
 */
import type { CDPSession, Locator, Page } from "playwright-core";
import { keySequence, measureKeystrokes } from "./keystrokes";
import { summarize, type Summary } from "./stats";

/** Keys per segment: 50 typed, then 50 erased. */
const SEGMENT = 100;

/** Per key in one field: main-thread ms and key to frame ms (the latter on `?frames=1` pages). */
export interface FieldTyping {
  task: Summary;
  keyToFrame: Summary;
}

/** Types `keys` keys in each of `a` and `b` (clicked at the start of each segment), unthrottled. */
export async function typeAlternately(page: Page, cdp: CDPSession, a: Locator, b: Locator, keys: number): Promise<[FieldTyping, FieldTyping]> {
  const samples = [
    { task: [] as number[], keyToFrame: [] as number[] },
    { task: [] as number[], keyToFrame: [] as number[] },
  ] as const;
  for (let left = keys, index = 0; left > 0; left -= SEGMENT, index++) {
    const length = Math.min(SEGMENT, left);
    for (const field of index % 2 === 0 ? [0, 1] : [1, 0]) {
      await (field === 0 ? a : b).click();
      await page.evaluate(() => window.__bench.settle());
      const run = await measureKeystrokes(page, cdp, keySequence(length), 1, index < 2);
      samples[field === 0 ? 0 : 1].task.push(...run.taskMs);
      samples[field === 0 ? 0 : 1].keyToFrame.push(...run.keyToFrameMs);
    }
  }
  const field = (s: { task: number[]; keyToFrame: number[] }) => ({ task: summarize(s.task), keyToFrame: summarize(s.keyToFrame) });
  return [field(samples[0]), field(samples[1])];
}
