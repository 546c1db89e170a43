import { getEventListeners } from "node:events";
import { afterEach, describe, expect, it, onTestFinished, vi } from "vitest";
import { createMockTagsApi, createTagsProxy } from "../../src/server";
import { SECRET } from "./proxyHarness";
import { serveOnLoopback } from "../support/serveOnLoopback";

afterEach(() => {
  vi.restoreAllMocks();
});

const TIMEOUT_MS = 876_543;
const REQUESTS = 600;

/** Counts the proxy's deadline timers (picked out by their unusual delay) that were never cleared. */
function watchDeadlines() {
  const live = new Set<unknown>();
  let started = 0;
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  vi.spyOn(globalThis, "setTimeout").mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) => {
    const handle = realSet(fn, ms, ...args);
    if (ms === TIMEOUT_MS) {
      started++;
      live.add(handle);
    }
    return handle;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, "clearTimeout").mockImplementation(((handle?: Parameters<typeof clearTimeout>[0]) => {
    live.delete(handle);
    realClear(handle);
  }));
  return { started: () => started, live: () => live.size };
}

describe("createTagsProxy leaves nothing behind", () => {
  it(`clears every deadline and unhooks every signal listener over ${REQUESTS} requests`, async () => {
    const deadlines = watchDeadlines();
    const api = createMockTagsApi({ apiKey: SECRET });
    // node:http needs a real upstream; fetch() is handed the mock directly.
    const overHttp = process.env.CTK_PROXY_TRANSPORT === "node" ? await serveOnLoopback(api.fetch) : null;
    if (overHttp) onTestFinished(() => overHttp.close());
    const proxy = createTagsProxy({
      apiKey: SECRET,
      upstreamUrl: overHttp?.url ?? "http://api.invalid",
      timeoutMs: TIMEOUT_MS,
      ...(overHttp ? {} : { fetch: (input: RequestInfo | URL, init?: RequestInit) => api.fetch(new Request(input, init)) }),
    });
    const signals: AbortSignal[] = [];
    const statuses = new Map<number, number>();
    for (let i = 0; i < REQUESTS; i++) {
      const browser = new AbortController();
      const kind = i % 4;
      const request =
        kind === 0
          ? new Request("http://proxy.test/v1/convai/tags?page_size=5", { signal: browser.signal })
          : kind === 1
            ? new Request("http://proxy.test/v1/convai/tags", {
                method: "POST",
                headers: { "content-type": "application/json" },
                body: JSON.stringify({ title: `Tag ${i}` }),
                signal: browser.signal,
              })
            : kind === 2
              ? new Request("http://proxy.test/v1/convai/tags/missing", { signal: browser.signal })
              : new Request("http://proxy.test/v1/convai/tags", { method: "PUT", signal: browser.signal });
      // The signal the proxy is handed (the Request's own, which follows the browser's).
      signals.push(request.signal);
      const response = await proxy.fetch(request);
      await response.arrayBuffer();
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    }

    expect(Object.fromEntries(statuses)).toEqual({ 200: REQUESTS / 2, 404: REQUESTS / 4, 405: REQUESTS / 4 });
    // Every forwarded request (GET, POST, the 404 the API gave) armed one deadline, and each is gone.
    expect(deadlines.started()).toBe((REQUESTS * 3) / 4);
    expect(deadlines.live()).toBe(0);
    expect(signals.reduce((sum, signal) => sum + getEventListeners(signal, "abort").length, 0)).toBe(0);
  });
});
