import { inspect } from "node:util";
import { request as httpGet, type IncomingHttpHeaders } from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createTagsClient, TagsApiError } from "../../src";
import { createTagsProxy } from "../../src/server";
import { answer, recordingUpstream, SECRET, servedProxy, type RecordingUpstream, type Served } from "./proxyHarness";
import { serveOnLoopback } from "../support/serveOnLoopback";

const open: Served[] = [];
let logged: unknown[][] = [];

async function setUp(options: Parameters<typeof servedProxy>[1] = {}): Promise<{ upstream: RecordingUpstream; proxy: Served }> {
  const upstream = await recordingUpstream();
  const proxy = await servedProxy(upstream, options);
  open.push(proxy, upstream);
  return { upstream, proxy };
}
beforeEach(() => {
  logged = [];
  for (const level of ["log", "info", "warn", "error", "debug"] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      logged.push(args);
    });
  }
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  vi.restoreAllMocks();
  expect(logged.map((args) => inspect(args, { depth: 10 })).join("\n")).not.toContain(SECRET);
});

/** A GET whose answer is read as bytes on the wire: no client decodes it. */
function rawGet(url: string): Promise<{ headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    httpGet(url, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const body = Buffer.concat(chunks);
        if (body.includes(SECRET)) reject(new Error("the API key leaked into a response"));
        else resolve({ headers: res.headers, body });
      });
    })
      .on("error", reject)
      .end();
  });
}

const never = () => new Promise<Response>(() => undefined);

async function rejection(promise: Promise<unknown>): Promise<TagsApiError> {
  const error = await promise.then(
    () => expect.unreachable("the call should fail"),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(TagsApiError);
  const apiError = error as TagsApiError;
  expect(`${apiError.message} ${JSON.stringify(apiError.body)}`).not.toContain(SECRET);
  return apiError;
}

describe("createTagsProxy: upstream failures", () => {
  it("answers 504 when the upstream sends no headers within timeoutMs, read by the client as a timeout", async () => {
    const { upstream, proxy } = await setUp({ timeoutMs: 100 });
    upstream.respond = never;
    const error = await rejection(createTagsClient({ baseUrl: proxy.url }).listTags());

    expect(error).toMatchObject({
      kind: "timeout",
      status: 504,
      formErrors: ["The ElevenLabs API did not answer within 100 ms."],
    });
    expect(error.body).toMatchObject({ detail: { status: "upstream_timeout" } });
    await vi.waitFor(() => {
      expect(upstream.received[0]?.signal.aborted).toBe(true);
    });
  });

  it("answers 502 when the upstream cannot be reached, read by the client as a server error", async () => {
    const dead = await serveOnLoopback(() => new Response());
    await dead.close();
    const proxy = await servedProxy(dead);
    open.push(proxy);
    const error = await rejection(createTagsClient({ baseUrl: proxy.url }).createTag({ title: "Billing" }));

    expect(error).toMatchObject({ kind: "server", status: 502, formErrors: ["The ElevenLabs API could not be reached."] });
    expect(error.body).toMatchObject({ detail: { status: "upstream_unreachable" } });
  });

  it("cuts off an upstream body that stalls past timeoutMs", async () => {
    const { upstream, proxy } = await setUp({ timeoutMs: 100 });
    upstream.respond = () =>
      new Response(new ReadableStream({ start: (c) => { c.enqueue(new TextEncoder().encode('{"conversation_tags":[')); } }), {
        headers: { "content-type": "application/json" },
      });
    const error = await rejection(createTagsClient({ baseUrl: proxy.url }).listTags());

    expect(error.kind).toBe("network");
    await vi.waitFor(() => {
      expect(upstream.received[0]?.signal.aborted).toBe(true);
    });
  });

  it("aborts the upstream request when the browser goes away", async () => {
    const { upstream, proxy } = await setUp();
    upstream.respond = never;
    const controller = new AbortController();
    const pending = fetch(`${proxy.url}/v1/convai/tags`, { signal: controller.signal }).catch((e: unknown) => e);
    await vi.waitFor(() => {
      expect(upstream.received).toHaveLength(1);
    });
    controller.abort();
    await pending;

    await vi.waitFor(() => {
      expect(upstream.received[0]?.signal.aborted).toBe(true);
    });
  });

  it("never follows an upstream redirect, so the key cannot travel to another host", async () => {
    const elsewhere = await recordingUpstream();
    open.push(elsewhere);
    const { upstream, proxy } = await setUp();
    upstream.respond = () => new Response(null, { status: 307, headers: { location: `${elsewhere.url}/v1/convai/tags` } });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { redirect: "manual" }));

    expect(res.status).toBe(307);
    expect(elsewhere.received).toHaveLength(0);
  });
});

describe("createTagsProxy: upstream answers pass through", () => {
  const validation = {
    detail: [
      {
        type: "string_too_long",
        loc: ["body", "title"],
        msg: "String should have at most 120 characters",
        input: "x",
        ctx: { max_length: 120 },
      },
    ],
  };

  it("relays a 422 body byte for byte, minus cookies and the upstream's CORS headers", async () => {
    const { upstream, proxy } = await setUp();
    const raw = JSON.stringify(validation, null, 1);
    upstream.respond = () =>
      new Response(raw, {
        status: 422,
        headers: {
          "content-type": "application/json; charset=utf-8",
          "x-request-id": "req_1",
          "set-cookie": "upstream_session=1; Secure",
          "access-control-allow-origin": "*",
        },
      });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { method: "POST", body: "{}" }));

    expect(res.status).toBe(422);
    expect(res.text).toBe(raw);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(res.headers.get("x-request-id")).toBe("req_1");
    for (const name of ["set-cookie", "access-control-allow-origin"]) expect(res.headers.has(name), name).toBe(false);
  });

  it("marks every relayed answer private, whatever the upstream says, so no shared cache keeps one person's data", async () => {
    const { upstream, proxy } = await setUp();
    upstream.respond = () =>
      new Response(JSON.stringify({ conversation_tags: [], has_more: false }), {
        headers: { "content-type": "application/json", "cache-control": "public, max-age=600" },
      });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`));

    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("private, no-store");
  });

  it("drops hop-by-hop headers, including those the upstream's Connection header names", async () => {
    const hopByHop = {
      connection: "x-hop",
      "x-hop": "1",
      "keep-alive": "timeout=5",
      "proxy-authenticate": "Basic",
      trailer: "x-t",
      upgrade: "h2c",
      te: "trailers",
    };
    // A fetch standing in for the network: Node's HTTP server would rewrite these headers on the wire.
    const upstreamAnswer = Response.json({}, { headers: { ...hopByHop, "x-kept": "1" } });
    const proxy = createTagsProxy({ apiKey: SECRET, fetch: () => Promise.resolve(upstreamAnswer) });
    const res = await answer(await proxy.fetch(new Request("http://127.0.0.1/v1/convai/tags")));

    expect(res.headers.get("x-kept")).toBe("1");
    for (const name of Object.keys(hopByHop)) expect(res.headers.has(name), name).toBe(false);
  });

  it("lets the client read the upstream's 422 into field errors", async () => {
    const { upstream, proxy } = await setUp();
    upstream.respond = () => Response.json(validation, { status: 422 });
    const error = await rejection(createTagsClient({ baseUrl: proxy.url }).createTag({ title: "x" }));

    expect(error).toMatchObject({
      kind: "validation",
      status: 422,
      fieldErrors: { title: ["String should have at most 120 characters"] },
    });
  });

  it("streams answers too big to read whole, byte for byte, sized or not", async () => {
    const { upstream, proxy } = await setUp();
    const tags = Array.from({ length: 1500 }, (_, i) => ({ tag_id: `tag_${i}`, title: `Tag ${i} ${"é👍".repeat(40)}` }));
    const page = new TextEncoder().encode(JSON.stringify({ conversation_tags: tags, has_more: false, next_cursor: null }));
    expect(page.byteLength).toBeGreaterThan(4 * 64 * 1024);
    let sized = true;
    upstream.respond = () => {
      const headers: Record<string, string> = { "content-type": "application/json" };
      if (sized) headers["content-length"] = String(page.byteLength);
      // Sent in uneven pieces, as a network would.
      const pieces = [page.subarray(0, 1000), page.subarray(1000, 150_000), page.subarray(150_000)];
      return new Response(new ReadableStream({ pull: (c) => { const next = pieces.shift(); if (next) c.enqueue(next); else c.close(); } }), { headers });
    };

    const first = await fetch(`${proxy.url}/v1/convai/tags`);
    expect(first.headers.get("content-length")).toBe(String(page.byteLength));
    // Compared as buffers: a deep equality over 300,000 array entries takes seconds on a loaded machine.
    expect(Buffer.from(await first.arrayBuffer()).equals(page)).toBe(true);
    sized = false;
    const second = await fetch(`${proxy.url}/v1/convai/tags`);
    expect(Buffer.from(await second.arrayBuffer()).equals(page)).toBe(true);
  });

  it("relays 429 with its Retry-After", async () => {
    const { upstream, proxy } = await setUp();
    const body = { detail: { status: "too_many", message: "Slow down" } };
    upstream.respond = () => Response.json(body, { status: 429, headers: { "retry-after": "7" } });
    const error = await rejection(createTagsClient({ baseUrl: proxy.url }).listTags());

    expect(error).toMatchObject({ kind: "rate_limited", status: 429, retryAfterSeconds: 7, formErrors: ["Slow down"] });
  });

  it("relays a gateway's HTML page and a 204 unchanged", async () => {
    const { upstream, proxy } = await setUp();
    const html = "<html><body>502 Bad Gateway</body></html>";
    upstream.respond = () => new Response(html, { status: 503, headers: { "content-type": "text/html" } });
    const page = await answer(await fetch(`${proxy.url}/v1/convai/tags`));
    upstream.respond = () => new Response(null, { status: 204 });
    const empty = await answer(await fetch(`${proxy.url}/v1/convai/tags/tag_1`, { method: "DELETE" }));

    expect([page.status, page.text, page.headers.get("content-type")]).toEqual([503, html, "text/html"]);
    expect([empty.status, empty.text]).toEqual([204, ""]);
  });

  // fetch() decodes what it asked to be compressed; node:http asks for nothing and passes bytes on.
  const viaFetch = process.env.CTK_PROXY_TRANSPORT !== "node";
  it(
    viaFetch
      ? "drops content-encoding and content-length once fetch has decoded a gzip body"
      : "relays a gzip body still compressed, with the headers that describe it",
    async () => {
      const { upstream, proxy } = await setUp();
      const page = { conversation_tags: [], has_more: false, next_cursor: null };
      const zipped = gzipSync(JSON.stringify(page));
      upstream.respond = () =>
        new Response(zipped, {
          headers: { "content-type": "application/json", "content-encoding": "gzip", "content-length": String(zipped.byteLength) },
        });

      expect(await createTagsClient({ baseUrl: proxy.url }).listTags()).toEqual(page);
      const raw = await rawGet(`${proxy.url}/v1/convai/tags`);
      if (viaFetch) {
        expect([raw.headers["content-encoding"], raw.body.toString()]).toEqual([undefined, JSON.stringify(page)]);
      } else {
        expect([raw.headers["content-encoding"], raw.headers["content-length"]]).toEqual(["gzip", String(zipped.byteLength)]);
        expect(gunzipSync(raw.body).toString()).toBe(JSON.stringify(page));
      }
    },
  );
});
