/**
 * Page-by-page control over the walk of the workspace's tags, at the network edge: every
 * `GET /v1/convai/tags` is counted, and (once `hold()` is called) held until the test releases it,
 * so a test can look at the screen between two pages. Aborted requests are counted where a browser's
 * would be seen: on the request itself. Plus a fake `requestIdleCallback` whose moments the test runs.
 */
import { act, cleanup } from "@testing-library/react";
import { http } from "msw";
import { afterEach, beforeEach, vi } from "vitest";
import type { MockTagsApi } from "../../src/server";
import { baseUrl, type MockNetwork } from "./mockNetwork";

/** One list request that reached the network edge. */
export interface TagPageRequest {
  /** The cursor it was sent with, or `null` for the newest page. */
  cursor: string | null;
  /** Whether the client aborted it (the walk was cancelled). */
  aborted: boolean;
  /** Whether the mock API has answered it. */
  answered: boolean;
  /** Lets the mock API answer it (a no-op when it is not held). */
  release: () => void;
}

/** Every tag list request this test, and a switch that starts holding them. */
export interface TagPages {
  requests: TagPageRequest[];
  /** From now on, each list request waits for its `release()`. */
  hold: () => void;
  /** Lets every held request through and stops holding. */
  releaseAll: () => void;
  /** The requests not aborted. */
  sent: () => TagPageRequest[];
}

/** Counts (and on demand holds) every tag list request this test file makes, answered by `api()`. */
export function watchTagPages(network: MockNetwork, api: () => MockTagsApi = () => network.api): TagPages {
  let holding = false;
  const pages: TagPages = {
    requests: [],
    hold: () => {
      holding = true;
    },
    releaseAll: () => {
      holding = false;
      for (const request of pages.requests) request.release();
    },
    sent: () => pages.requests.filter((request) => !request.aborted),
  };
  beforeEach(() => {
    holding = false;
    pages.requests.length = 0;
    network.server.use(
      http.get(`${baseUrl}/v1/convai/tags`, async ({ request }) => {
        let release = () => {};
        const gate = new Promise<void>((resolve) => {
          release = resolve;
        });
        const entry: TagPageRequest = {
          cursor: new URL(request.url).searchParams.get("cursor"),
          aborted: false,
          answered: false,
          release,
        };
        request.signal.addEventListener("abort", () => {
          entry.aborted = true;
          release();
        });
        pages.requests.push(entry);
        if (holding) await gate;
        else release();
        // The client has gone: nobody reads this answer (and the mock API would throw the abort reason).
        if (entry.aborted) return new Response(null, { status: 499 });
        const response = await api().fetch(request);
        entry.answered = true;
        return response;
      }),
    );
  });
  afterEach(() => {
    pages.releaseAll();
  });
  return pages;
}

/** A `requestIdleCallback` whose idle moments come only when the test says. */
export function fakeIdle() {
  const waiting = new Map<number, () => void>();
  let next = 0;
  beforeEach(() => {
    waiting.clear();
    vi.stubGlobal("requestIdleCallback", (callback: () => void) => {
      waiting.set((next += 1), callback);
      return next;
    });
    vi.stubGlobal("cancelIdleCallback", (id: number) => {
      waiting.delete(id);
    });
  });
  afterEach(() => {
    // Unmounted first: components cancel their waiting callbacks through the fake.
    cleanup();
    vi.unstubAllGlobals();
  });
  return {
    /** How many callbacks wait for an idle moment. */
    waiting: () => waiting.size,
    /**
     * The browser is idle now: every waiting callback runs. `during` runs right after them, before
     * React renders what they set, to see what the idle moment itself did.
     */
    run: (during?: () => void) => {
      const due = [...waiting.values()];
      waiting.clear();
      act(() => {
        for (const callback of due) callback();
        during?.();
      });
    },
  };
}
