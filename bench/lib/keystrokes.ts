/**
 * Main-thread work per keystroke, with real key events (see `keys.ts`).
 *
 * Each key is pressed, then the bench waits until the next frame has been produced (rAF, then a
 * message posted from it, which runs after that frame's style, layout and paint) and reads
 * Chromium's `Performance.getMetrics`. Between two reads, `TaskDuration` minus
 * `DevToolsCommandDuration` is the renderer main thread's busy time, on that thread's CPU clock:
 * key events, React's render and commit, effects, style, layout and paint. The same round trip
 * with no key (the "idle probe", median of 10 per run) is subtracted. The in-page handler time (first
 * window capture listener to last window bubble listener of keydown, keypress, beforeinput,
 * input and keyup, microtasks included: where React does its work) is recorded beside it.
 */
import type { CDPSession, Page } from "playwright-core";
import { pressKey } from "./keys";
import { median } from "./stats";

/** What one run of keystrokes gives. */
export interface KeystrokeRun {
  /** Main-thread ms per key, net of the idle probe. */
  taskMs: number[];
  /** In-page key-event handler ms per key. */
  handlerMs: number[];
  /** Per key, keydown to the end of the frame that shows it (pages opened with `?frames=1`; else NaN). */
  keyToFrameMs: number[];
  /** The idle probe that was subtracted (median ms). */
  idleMs: number;
  throttle: number;
}

const SENTENCE = "caller asked about a refund for the annual plan and wants a follow up call ";

/**
 * `count` keys: `cycle` characters typed, then `cycle` Backspaces, and so on, so the field never
 * holds more than `cycle` characters (no over-limit state).
 */
export function keySequence(count: number, cycle = 50): string[] {
  const keys: string[] = [];
  for (let i = 0; keys.length < count; i++) {
    const typing = Math.floor(i / cycle) % 2 === 0;
    keys.push(typing ? (SENTENCE[(i % cycle) % SENTENCE.length] ?? "a") : "Backspace");
  }
  return keys;
}

/** A title of `length` characters, not ending in a space (so all of it counts). */
export function titleOf(length: number): string {
  const text = SENTENCE.repeat(Math.ceil(length / SENTENCE.length)).slice(0, length);
  return text.endsWith(" ") ? `${text.slice(0, -1)}x` : text;
}

/** The renderer main thread's busy ms so far (`Performance.enable` with `threadTicks` first). */
export async function mainThreadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send("Performance.getMetrics");
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return (value("TaskDuration") - value("DevToolsCommandDuration")) * 1000;
}

function settle(page: Page): Promise<number> {
  return page.evaluate(() => window.__bench.settle());
}

/**
 * The idle probe: main-thread ms of one wait for the next frame plus one metrics read with nothing
 * else happening (median of `samples`), which every measured step also pays and subtracts.
 */
export async function idleProbe(page: Page, cdp: CDPSession, samples = 10): Promise<number> {
  const idle: number[] = [];
  let last = await mainThreadMs(cdp);
  for (let i = 0; i < samples; i++) {
    await settle(page);
    const now = await mainThreadMs(cdp);
    idle.push(now - last);
    last = now;
  }
  return median(idle);
}

/**
 * Types `keys` into the focused field at `throttle`x CPU slowdown and measures every key;
 * `warmUp` first types and erases a few keys unmeasured.
 */
export async function measureKeystrokes(
  page: Page,
  cdp: CDPSession,
  keys: readonly string[],
  throttle: number,
  warmUp = true,
): Promise<KeystrokeRun> {
  // Thread ticks: the main thread's own CPU time, so other processes on the machine do not count.
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: throttle });
  try {
    // Warm up the JIT on the path the measured keys take, and leave the field as it was.
    const warmUpKeys = warmUp ? keySequence(20, 10) : [];
    for (const key of warmUpKeys) {
      await pressKey(cdp, key);
      await settle(page);
    }

    const idleMs = await idleProbe(page, cdp);
    let last = await mainThreadMs(cdp);

    const taskMs: number[] = [];
    const handlerMs: number[] = [];
    const keyToFrameMs: number[] = [];
    for (const key of keys) {
      await pressKey(cdp, key);
      const [handler, keyToFrame] = await page.evaluate(async () => [await window.__bench.settle(), window.__bench.keyToFrameMs]);
      handlerMs.push(handler);
      keyToFrameMs.push(keyToFrame);
      const now = await mainThreadMs(cdp);
      taskMs.push(now - last - idleMs);
      last = now;
    }
    return { taskMs, handlerMs, keyToFrameMs, idleMs, throttle };
  } finally {
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
    await cdp.send("Performance.disable");
  }
}
