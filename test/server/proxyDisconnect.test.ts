import { afterEach, describe, expect, it, vi } from "vitest";
import { proxyPairs } from "./proxyHarness";

const setUp = proxyPairs();
afterEach(() => {
  vi.restoreAllMocks();
});

// A deadline no other timer in the process uses, so the test can pick the proxy's timer out.
const TIMEOUT_MS = 987_654;

/** The proxy's deadline timers: each one started, and which of them were cleared. */
function watchDeadlines() {
  const started: unknown[] = [];
  const cleared = new Set<unknown>();
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  vi.spyOn(globalThis, "setTimeout").mockImplementation(((fn: () => void, ms?: number, ...args: unknown[]) => {
    const handle = realSet(fn, ms, ...args);
    if (ms === TIMEOUT_MS) started.push(handle);
    return handle;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, "clearTimeout").mockImplementation(((handle?: Parameters<typeof clearTimeout>[0]) => {
    cleared.add(handle);
    realClear(handle);
  }));
  return { started, pending: () => started.filter((handle) => !cleared.has(handle)) };
}

/** Lets the event loop turn (I/O included) until `check` holds, at most `turns` times: a count, not a clock. */
async function within(turns: number, check: () => boolean): Promise<boolean> {
  for (let i = 0; i < turns && !check(); i++) await new Promise((resolve) => setImmediate(resolve));
  return check();
}

const encoder = new TextEncoder();

describe("createTagsProxy: the browser goes away mid-answer", () => {
  it("cancels the upstream call and clears the deadline at once", async () => {
    const deadlines = watchDeadlines();
    const { upstream, proxy } = await setUp({ timeoutMs: TIMEOUT_MS });
    // Half a page, then nothing: the answer is still being relayed when the browser leaves.
    upstream.respond = () =>
      new Response(new ReadableStream({ start: (c) => { c.enqueue(encoder.encode('{"conversation_tags":[')); } }), {
        headers: { "content-type": "application/json" },
      });
    const browser = new AbortController();
    const res = await fetch(`${proxy.url}/v1/convai/tags`, { signal: browser.signal });
    const reader = res.body?.getReader();
    const first = await reader?.read();
    expect(new TextDecoder().decode(first?.value)).toBe('{"conversation_tags":[');
    expect(deadlines.started).toHaveLength(1);
    expect(deadlines.pending()).toHaveLength(1);

    browser.abort();
    await reader?.read().catch(() => undefined);

    expect(await within(1000, () => upstream.received[0]?.signal.aborted === true)).toBe(true);
    expect(await within(1000, () => deadlines.pending().length === 0)).toBe(true);
  });

  it("cancels the upstream call and clears the deadline when the browser leaves while a small answer is read whole", async () => {
    const deadlines = watchDeadlines();
    const { upstream, proxy } = await setUp({ timeoutMs: TIMEOUT_MS });
    // A declared length the proxy reads whole before answering, and only part of it ever sent.
    upstream.respond = () =>
      new Response(new ReadableStream({ start: (c) => { c.enqueue(encoder.encode('{"conversation_tags":[')); } }), {
        headers: { "content-type": "application/json", "content-length": "100" },
      });
    const browser = new AbortController();
    const pending = fetch(`${proxy.url}/v1/convai/tags`, { signal: browser.signal }).catch(() => undefined);
    expect(await within(1000, () => upstream.received.length === 1)).toBe(true);
    expect(await within(1000, () => deadlines.started.length === 1)).toBe(true);

    browser.abort();
    await pending;

    expect(await within(1000, () => upstream.received[0]?.signal.aborted === true)).toBe(true);
    expect(await within(1000, () => deadlines.pending().length === 0)).toBe(true);
  });

  it("clears the deadline when the browser leaves before the upstream answers", async () => {
    const deadlines = watchDeadlines();
    const { upstream, proxy } = await setUp({ timeoutMs: TIMEOUT_MS });
    upstream.respond = () => new Promise<Response>(() => undefined);
    const browser = new AbortController();
    const pending = fetch(`${proxy.url}/v1/convai/tags`, { signal: browser.signal }).catch(() => undefined);
    expect(await within(1000, () => upstream.received.length === 1)).toBe(true);

    browser.abort();
    await pending;

    expect(await within(1000, () => upstream.received[0]?.signal.aborted === true)).toBe(true);
    expect(await within(1000, () => deadlines.pending().length === 0)).toBe(true);
    expect(deadlines.started).toHaveLength(1);
  });
});
