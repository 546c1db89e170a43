import { describe, expect, it } from "vitest";
import { createTagsProxy } from "../../src/server";
import { answer, proxyPairs, SECRET, type Served } from "./proxyHarness";

const APP = "https://app.example.com";
const setUp = proxyPairs();

const json = { "content-type": "application/json" };

/** Sends a write to the list route (POST) or a tag (PATCH, DELETE) with the given headers. */
async function write(proxy: Served, headers: Record<string, string>, method = "POST") {
  const path = method === "POST" ? "/v1/convai/tags" : "/v1/convai/tags/tag_1";
  const body = method === "DELETE" ? undefined : "{}";
  return answer(await fetch(proxy.url + path, { method, headers: { ...json, ...headers }, body }));
}

describe("createTagsProxy: options", () => {
  it.each([{}, { apiKey: "" }, { apiKey: "   " }, undefined])("throws naming ELEVENLABS_API_KEY without a key (%j)", (options) => {
    expect(() => createTagsProxy(options as never)).toThrow(/ELEVENLABS_API_KEY/);
  });

  it("never prints a malformed key in its error", () => {
    expect(() => createTagsProxy({ apiKey: { key: SECRET } as never })).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining(SECRET) as string }) as Error,
    );
  });

  it("refuses an allowed origin that is not an origin", () => {
    expect(() => createTagsProxy({ apiKey: SECRET, allowedOrigins: ["app.example.com"] })).toThrow(/allowedOrigins/);
  });

  it("exposes a bound fetch, so it can be exported as a route handler", async () => {
    const { upstream } = await setUp();
    const { fetch: GET } = createTagsProxy({ apiKey: SECRET, upstreamUrl: upstream.url, basePath: "/api/elevenlabs" });
    const res = await answer(await GET(new Request("http://127.0.0.1/api/elevenlabs/v1/convai/tags")));

    expect(res.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
  });
});

describe("createTagsProxy: origins", () => {
  it.each(["POST", "PATCH", "DELETE"])("refuses a cross-origin %s with 403 before the upstream sees it", async (method) => {
    const { upstream, proxy } = await setUp({ allowedOrigins: [APP] });
    const res = await write(proxy, { origin: "https://evil.example" }, method);

    expect(res.status).toBe(403);
    expect(res.json).toMatchObject({ detail: { status: "forbidden_origin" } });
    expect(res.headers.has("access-control-allow-origin")).toBe(false);
    expect(upstream.received).toHaveLength(0);
  });

  it("refuses a write from the opaque origin null", async () => {
    const { upstream, proxy } = await setUp();
    const res = await write(proxy, { origin: "null" });
    expect(res.status).toBe(403);
    expect(upstream.received).toHaveLength(0);
  });

  it("refuses a write without Origin that the browser marks Sec-Fetch-Site: cross-site", async () => {
    const { upstream, proxy } = await setUp();
    const res = await write(proxy, { "sec-fetch-site": "cross-site" });
    expect(res.status).toBe(403);
    expect(upstream.received).toHaveLength(0);
  });

  it("lets a same-origin write and a write without Origin (a server, curl) through", async () => {
    const { upstream, proxy } = await setUp();
    const same = await write(proxy, { origin: new URL(proxy.url).origin, "sec-fetch-site": "same-origin" });
    const bare = await write(proxy, {});

    expect([same.status, bare.status]).toEqual([200, 200]);
    expect(upstream.received).toHaveLength(2);
  });

  it("lets a same-origin write through when the framework rewrote request.url (Next.js says localhost)", async () => {
    const { upstream } = await setUp();
    const { fetch: handle } = createTagsProxy({ apiKey: SECRET, upstreamUrl: upstream.url });
    const post = (headers: Record<string, string>) =>
      handle(new Request("http://localhost:3000/v1/convai/tags", { method: "POST", headers: { ...json, ...headers }, body: "{}" }));

    // What `next start` hands a route handler: request.url on localhost, the browser's own Host and Origin.
    const byFetchMetadata = await post({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin", host: "127.0.0.1:3000" });
    const byHost = await post({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" });
    const byForwardedHost = await post({ origin: "https://tags.example.com", host: "10.0.0.7:3000", "x-forwarded-host": "tags.example.com" });
    const defaultPort = await post({ origin: "https://tags.example.com", host: "tags.example.com:443" });

    expect([byFetchMetadata.status, byHost.status, byForwardedHost.status, defaultPort.status]).toEqual([200, 200, 200, 200]);
    expect(upstream.received).toHaveLength(4);
  });

  it("still refuses a cross-site write that reaches the same handler", async () => {
    const { upstream } = await setUp();
    const { fetch: handle } = createTagsProxy({ apiKey: SECRET, upstreamUrl: upstream.url });
    const post = (headers: Record<string, string>) =>
      handle(new Request("http://localhost:3000/v1/convai/tags", { method: "POST", headers: { ...json, ...headers }, body: "{}" }));

    const marked = await post({ origin: "https://evil.example", "sec-fetch-site": "cross-site", host: "127.0.0.1:3000" });
    const sameSite = await post({ origin: "https://evil.app.example.com", "sec-fetch-site": "same-site", host: "app.example.com" });
    // A browser's Sec-Fetch-Site outranks a Host that happens to match.
    const lying = await post({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "cross-site", host: "127.0.0.1:3000" });
    const otherHost = await post({ origin: "https://evil.example", host: "127.0.0.1:3000" });

    expect([marked.status, sameSite.status, lying.status, otherHost.status]).toEqual([403, 403, 403, 403]);
    expect(upstream.received).toHaveLength(0);
  });

  it("lets a configured origin write even when the browser marks it cross-site", async () => {
    const { upstream } = await setUp();
    const { fetch: handle } = createTagsProxy({ apiKey: SECRET, upstreamUrl: upstream.url, allowedOrigins: [APP] });
    const res = await handle(
      new Request("http://localhost:3000/v1/convai/tags", {
        method: "POST",
        headers: { ...json, origin: APP, "sec-fetch-site": "cross-site" },
        body: "{}",
      }),
    );
    expect(res.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
  });

  it("lets a configured origin write and gives it CORS headers", async () => {
    const { upstream, proxy } = await setUp({ allowedOrigins: [`${APP}/`] });
    const res = await write(proxy, { origin: APP });

    expect(res.status).toBe(200);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    expect(res.headers.get("access-control-expose-headers")).toBe("retry-after");
    expect(upstream.received).toHaveLength(1);
  });

  it("answers a cross-origin read but without CORS headers, so the browser hides it", async () => {
    const { upstream, proxy } = await setUp({ allowedOrigins: [APP] });
    upstream.respond = () => Response.json({}, { headers: { "access-control-allow-origin": "*" } });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { headers: { origin: "https://evil.example" } }));

    expect(res.status).toBe(200);
    expect(res.headers.has("access-control-allow-origin")).toBe(false);
  });

  it("answers a preflight from a configured origin with 204 and the route's methods", async () => {
    const { upstream, proxy } = await setUp({ allowedOrigins: [APP] });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags/tag_1`, {
      method: "OPTIONS",
      headers: { origin: APP, "access-control-request-method": "PATCH", "access-control-request-headers": "content-type" },
    }));

    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(res.headers.get("access-control-allow-methods")).toBe("GET, PATCH, DELETE");
    expect(res.headers.get("access-control-allow-headers")).toBe("content-type");
    expect(upstream.received).toHaveLength(0);
  });

  it.each([["https://evil.example"], [undefined]])("refuses a preflight from origin %s with 403", async (from) => {
    const { upstream, proxy } = await setUp({ allowedOrigins: [APP] });
    const headers: Record<string, string> = from ? { origin: from } : {};
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { method: "OPTIONS", headers }));

    expect(res.status).toBe(403);
    expect(res.headers.has("access-control-allow-origin")).toBe(false);
    expect(upstream.received).toHaveLength(0);
  });
});

describe("createTagsProxy: caches", () => {
  const varyList = (headers: Headers) => (headers.get("vary") ?? "").toLowerCase().split(/\s*,\s*/);

  it("says Vary: Origin on an answer to an allowed origin, keeping the upstream's own Vary", async () => {
    const { upstream, proxy } = await setUp({ allowedOrigins: [APP] });
    upstream.respond = () => Response.json({}, { headers: { vary: "accept-encoding" } });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { headers: { origin: APP } }));

    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(varyList(res.headers)).toEqual(expect.arrayContaining(["accept-encoding", "origin"]));
  });

  it("says Vary: Origin on the proxy's own answers and on answers without CORS headers", async () => {
    const { proxy } = await setUp({ allowedOrigins: [APP], authorize: () => false });
    const refused = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { headers: { origin: APP } }));
    const other = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { headers: { origin: "https://evil.example" } }));

    expect(refused.status).toBe(401);
    expect(varyList(refused.headers)).toContain("origin");
    expect(other.headers.has("access-control-allow-origin")).toBe(false);
    expect(varyList(other.headers)).toContain("origin");
  });
});
