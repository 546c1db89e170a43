import { describe, expect, it } from "vitest";
import { createTagsClient, TagsApiError } from "../../src";
import { createTagsProxy } from "../../src/server";
import { answer, proxyPairs, SECRET } from "./proxyHarness";

const MiB = 1024 * 1024;
const setUp = proxyPairs();

/** A body of `total` bytes in 64 KiB chunks, counting what was pulled from it. */
function countedStream(total: number) {
  const chunk = new Uint8Array(64 * 1024).fill(0x61);
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) {
        controller.close();
        return;
      }
      state.pulled += chunk.byteLength;
      controller.enqueue(chunk);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe("createTagsProxy: request body limit", () => {
  it("answers 413 to a 1 MiB body with a content-length, and the upstream never hears of it", async () => {
    const { upstream, proxy } = await setUp();
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title: "x".repeat(MiB) }),
    }));

    expect(res.status).toBe(413);
    expect(res.json).toEqual({
      detail: { status: "payload_too_large", message: "The request body is larger than 16384 bytes." },
    });
    expect(upstream.received).toHaveLength(0);
  });

  it("answers 413 to a streamed 1 MiB body sent without a content-length", async () => {
    const { upstream, proxy } = await setUp();
    const { stream } = countedStream(MiB);
    const init = { method: "POST", body: stream, duplex: "half" } as RequestInit;
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, init));

    expect(res.status).toBe(413);
    expect(upstream.received).toHaveLength(0);
  });

  it("stops reading an endless body just past the limit and cancels it", async () => {
    const { stream, state } = countedStream(Number.POSITIVE_INFINITY);
    const proxy = createTagsProxy({ apiKey: SECRET, upstreamUrl: "http://127.0.0.1:9" });
    const init = { method: "POST", body: stream, duplex: "half" } as RequestInit;
    const res = await answer(await proxy.fetch(new Request("http://127.0.0.1/v1/convai/tags", init)));

    expect(res.status).toBe(413);
    expect(state.cancelled).toBe(true);
    // The limit plus the chunk that crossed it, plus at most one chunk the stream queued ahead.
    expect(state.pulled).toBeLessThanOrEqual(16_384 + 2 * 64 * 1024);
  });

  it("refuses a body whose content-length is over the limit without reading any of it", async () => {
    const { stream, state } = countedStream(MiB);
    const proxy = createTagsProxy({ apiKey: SECRET, upstreamUrl: "http://127.0.0.1:9" });
    const init = { method: "POST", body: stream, duplex: "half", headers: { "content-length": String(MiB) } } as RequestInit;
    const res = await answer(await proxy.fetch(new Request("http://127.0.0.1/v1/convai/tags", init)));

    expect(res.status).toBe(413);
    expect(state.pulled).toBe(0);
  });

  it("forwards a body of exactly maxBodyBytes and refuses one byte more", async () => {
    const { upstream, proxy } = await setUp({ maxBodyBytes: 64 });
    const send = (size: number) => fetch(`${proxy.url}/v1/convai/tags`, { method: "POST", body: "a".repeat(size) });

    expect((await answer(await send(64))).status).toBe(200);
    expect((await answer(await send(65))).status).toBe(413);
    expect(upstream.received.map((r) => r.body.length)).toEqual([64]);
  });

  it("reaches the kit's client as a validation error carrying the proxy's message", async () => {
    const { upstream, proxy } = await setUp({ maxBodyBytes: 1024 });
    const client = createTagsClient({ baseUrl: proxy.url });
    const error = await client.createTag({ title: "x".repeat(2048) }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TagsApiError);
    expect(error).toMatchObject({
      kind: "validation",
      status: 413,
      formErrors: ["The request body is larger than 1024 bytes."],
    });
    expect(upstream.received).toHaveLength(0);
  });
});
