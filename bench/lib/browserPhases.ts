/** The phases of a run that drive Chromium, one function each. */
import type { Browser } from "playwright-core";
import { PEER_IDS, type PeerId } from "../peers/ids";
import { focusTitle, openPeer, type PeerPage } from "./browser";
import { countCommits, type CommitRun } from "./commits";
import { keySequence, measureKeystrokes, titleOf } from "./keystrokes";
import type { KeystrokeSummary, ServerErrorSummary } from "./results";
import type { PageServer } from "./serve";
import { measureServerError } from "./serverError";
import { median, summarize } from "./stats";

/** Commits while typing a `titleLength`-character title, per peer (profiling build). */
export async function commitsPhase(browser: Browser, server: PageServer, titleLength: number, listTags = 0) {
  const result = {} as Record<PeerId, CommitRun>;
  for (const peer of PEER_IDS) {
    const { page, cdp, close } = await openPeer(browser, server.url, peer, { probeReact: true, listTags });
    await focusTitle(page);
    result[peer] = await countCommits(page, cdp, titleOf(titleLength));
    await close();
  }
  return result;
}

/** Raw per-key samples of one condition. */
export type KeystrokeSamples = Record<PeerId, { taskMs: number[]; handlerMs: number[]; idleMs: number[] }>;

/**
 * Keystroke work for every peer under each of `throttles`, with all peers' pages open at once.
 * Each run is split in two halves, peers in order and then in reverse, so drift over the run
 * (heat, other processes) does not favour whoever goes first.
 */
export async function keystrokePhase(
  browser: Browser,
  server: PageServer,
  keys: number,
  throttles: readonly number[],
  listTags = 0,
): Promise<KeystrokeSamples[]> {
  const pages = {} as Record<PeerId, PeerPage>;
  for (const peer of PEER_IDS) {
    pages[peer] = await openPeer(browser, server.url, peer, { listTags });
    await focusTitle(pages[peer].page);
  }
  const half = keySequence(Math.ceil(keys / 2));
  const results: KeystrokeSamples[] = [];
  try {
    for (const throttle of throttles) {
      const samples = {} as KeystrokeSamples;
      for (const peer of PEER_IDS) samples[peer] = { taskMs: [], handlerMs: [], idleMs: [] };
      for (const [pass, order] of [PEER_IDS, [...PEER_IDS].reverse()].entries()) {
        for (const peer of order) {
          const { page, cdp } = pages[peer];
          const run = await measureKeystrokes(page, cdp, half, throttle, pass === 0);
          samples[peer].taskMs.push(...run.taskMs);
          samples[peer].handlerMs.push(...run.handlerMs);
          samples[peer].idleMs.push(run.idleMs);
          // Back to an empty title, unmeasured, for the next half.
          await page.getByRole("textbox", { name: "Title" }).fill("");
          await page.evaluate(() => window.__bench.settle());
        }
      }
      results.push(samples);
    }
  } finally {
    for (const peer of PEER_IDS) await pages[peer].close();
  }
  return results;
}

/** Median and p95 of each peer's samples. */
export function summarizeKeystrokes(samples: KeystrokeSamples): Record<PeerId, KeystrokeSummary> {
  const result = {} as Record<PeerId, KeystrokeSummary>;
  for (const peer of PEER_IDS) {
    const { taskMs, handlerMs, idleMs } = samples[peer];
    const half = taskMs.length >> 1;
    result[peer] = {
      task: summarize(taskMs),
      handler: summarize(handlerMs),
      idleMs,
      halves: [median(taskMs.slice(0, half)), median(taskMs.slice(half))],
    };
  }
  return result;
}

/** 422 to painted error, per peer. */
export async function serverErrorPhase(browser: Browser, server: PageServer, attempts: number) {
  const summary = {} as Record<PeerId, ServerErrorSummary>;
  const raw = {} as Record<PeerId, { toFrameMs: number[]; toDomMs: number[] }>;
  for (const peer of PEER_IDS) {
    const { page, close } = await openPeer(browser, server.url, peer);
    const run = await measureServerError(page, server.mock, attempts);
    await close();
    raw[peer] = run;
    summary[peer] = { toFrame: summarize(run.toFrameMs), toDom: summarize(run.toDomMs) };
  }
  return { summary, raw };
}
