/** The phases of a run that drive Chromium, one function each. */
import type { Browser } from "playwright-core";
import { PEER_IDS, type PeerId } from "../peers/ids";
import { focusTitle, openPeer, type PeerPage } from "./browser";
import { countCommits, type CommitRun } from "./commits";
import { keySequence, measureKeystrokes, titleOf } from "./keystrokes";
import type { KeystrokeSummary, ServerErrorSummary } from "./results";
import type { PageServer } from "./serve";
import { measureServerError } from "./serverError";
import { summarize } from "./stats";

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

/** Keys per segment of a keystroke run. */
const SEGMENT = 100;

/** Raw per-key samples of one condition. */
export type KeystrokeSamples = Record<PeerId, { taskMs: number[]; handlerMs: number[]; idleMs: number[] }>;

/** Segment lengths of one session: 100-key segments (50 typed, 50 erased), then the rest. */
function segments(keys: number): number[] {
  const lengths: number[] = [];
  for (let left = keys; left > 0; left -= SEGMENT) lengths.push(Math.min(SEGMENT, left));
  return lengths;
}

async function openAll(browser: Browser, server: PageServer, listTags: number): Promise<Record<PeerId, PeerPage>> {
  const pages = {} as Record<PeerId, PeerPage>;
  for (const peer of PEER_IDS) {
    pages[peer] = await openPeer(browser, server.url, peer, { listTags });
    await focusTitle(pages[peer].page);
  }
  return pages;
}

/**
 * Keystroke work for every peer under each of `throttles`. Each throttle runs two sessions of
 * half the keys, every peer's page opened afresh for each, so one page's luck (its process, its
 * heap) shows up as a difference between the halves instead of as a difference between forms.
 * Within a session the keys go in segments and the order of the peers rotates every segment, so
 * drift during the run is spread over all peers instead of landing on whoever goes last.
 */
export async function keystrokePhase(
  browser: Browser,
  server: PageServer,
  keys: number,
  throttles: readonly number[],
  listTags = 0,
): Promise<KeystrokeSamples[]> {
  const results: KeystrokeSamples[] = [];
  let round = 0;
  for (const throttle of throttles) {
    const samples = {} as KeystrokeSamples;
    for (const peer of PEER_IDS) samples[peer] = { taskMs: [], handlerMs: [], idleMs: [] };
    for (const sessionKeys of [Math.ceil(keys / 2), Math.floor(keys / 2)]) {
      const pages = await openAll(browser, server, listTags);
      try {
        for (const [index, length] of segments(sessionKeys).entries()) {
          const order = PEER_IDS.map((_, i) => PEER_IDS[(i + round) % PEER_IDS.length] ?? "naive");
          round++;
          for (const peer of order) {
            const { page, cdp } = pages[peer];
            const run = await measureKeystrokes(page, cdp, keySequence(length), throttle, index === 0);
            samples[peer].taskMs.push(...run.taskMs);
            samples[peer].handlerMs.push(...run.handlerMs);
            samples[peer].idleMs.push(run.idleMs);
          }
        }
      } finally {
        for (const peer of PEER_IDS) await pages[peer].close();
      }
    }
    results.push(samples);
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
      halves: {
        task: [summarize(taskMs.slice(0, half)), summarize(taskMs.slice(half))],
        handler: [summarize(handlerMs.slice(0, half)), summarize(handlerMs.slice(half))],
      },
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
