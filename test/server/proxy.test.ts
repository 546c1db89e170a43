import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { answer, rawRequest, recordingUpstream, SECRET, servedProxy, type RecordingUpstream, type Served } from "./proxyHarness";

let upstream: RecordingUpstream;
let proxy: Served;

beforeEach(async () => {
  upstream = await recordingUpstream();
  proxy = await servedProxy(upstream);
});
afterEach(async () => {
  await proxy.close();
  await upstream.close();
});

const origin = () => new URL(proxy.url).origin;

describe("createTagsProxy: the route allow-list", () => {
  it.each([
    ["GET", "/v1/convai/tags"],
    ["POST", "/v1/convai/tags"],
    ["GET", "/v1/convai/tags/tag_1"],
    ["PATCH", "/v1/convai/tags/tag_1"],
    ["DELETE", "/v1/convai/tags/tag_1"],
    ["POST", "/v1/convai/conversations/conv-9/tags"],
    ["DELETE", "/v1/convai/conversations/conv-9/tags/tag_1"],
  ])("forwards %s %s to the same path upstream with the server's key", async (method, path) => {
    const body = method === "POST" || method === "PATCH" ? JSON.stringify({ title: "x" }) : undefined;
    const res = await answer(await fetch(proxy.url + path, { method, body, headers: { "content-type": "application/json" } }));

    expect(res.status).toBe(200);
    expect(upstream.received).toHaveLength(1);
    const [seen] = upstream.received;
    expect(seen?.method).toBe(method);
    expect(seen?.url.pathname).toBe(path);
    expect(seen?.headers.get("xi-api-key")).toBe(SECRET);
    expect(seen?.body).toBe(body ?? "");
  });

  it.each([
    "/api/elevenlabs/v1/user",
    "/api/elevenlabs/v1/convai/agents",
    "/api/elevenlabs/v1/convai/conversations/conv-9",
    "/v1/convai/tags",
    "/api/elevenlabsv1/convai/tags",
    "/api/elevenlabs/V1/convai/tags",
    "/api/elevenlabs/v1/convai/tags/",
    "/api/elevenlabs/v1/convai/tags//",
    "/api/elevenlabs/v1/convai/tags/tag_1/extra",
    "/api/elevenlabs/v1/convai/tags/tag_1/",
    "/api/elevenlabs/v1/convai/conversations/conv-9/tags/tag_1/more",
    "/api/elevenlabs/v1/convai/tags/a%2Fb",
    "/api/elevenlabs/v1/convai/tags/..%2F..%2Fuser",
    "/api/elevenlabs/v1/convai/tags/tag%5F1",
    "/api/elevenlabs/v1/convai/tags/a.b",
    "/api/elevenlabs/v1/convai/tags/..",
    "/api/elevenlabs/v1/convai/tags/../../user",
    "/api/elevenlabs/v1/convai/tags/%2e%2e/%2e%2e/user",
    "/api/elevenlabs/v1/convai/tags/%2E%2E",
    "/api/elevenlabs/v1/convai/tags/.%2e/.%2e/v1/user",
    "/api/elevenlabs/../v1/convai/tags",
    `/api/elevenlabs/v1/convai/tags/${"a".repeat(129)}`,
  ])("answers 404 for %s and never calls the upstream", async (path) => {
    const res = await rawRequest(origin(), path);

    expect(res.status).toBe(404);
    expect(res.json).toEqual({ detail: "Not Found" });
    expect(upstream.received).toHaveLength(0);
  });

  it("forwards a path whose dot segments resolve inside the allow-list as the resolved path only", async () => {
    const res = await rawRequest(origin(), "/api/elevenlabs/v1/user/../convai/tags");

    expect(res.status).toBe(200);
    expect(upstream.received.map((r) => r.url.pathname)).toEqual(["/v1/convai/tags"]);
  });

  it.each([
    ["PUT", "/v1/convai/tags", "GET, POST"],
    ["DELETE", "/v1/convai/tags", "GET, POST"],
    ["POST", "/v1/convai/tags/tag_1", "GET, PATCH, DELETE"],
    ["PUT", "/v1/convai/tags/tag_1", "GET, PATCH, DELETE"],
    ["GET", "/v1/convai/conversations/conv-9/tags", "POST"],
    ["PATCH", "/v1/convai/conversations/conv-9/tags/tag_1", "DELETE"],
    ["TRACE", "/v1/convai/tags", "GET, POST"],
  ])("answers 405 to %s %s with Allow: %s", async (method, path, allow) => {
    const res = await rawRequest(origin(), `/api/elevenlabs${path}`, { method });

    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe(allow);
    expect(res.json).toEqual({ detail: "Method Not Allowed" });
    expect(upstream.received).toHaveLength(0);
  });

  it("forwards only page_size and cursor, once each, on the list route", async () => {
    const query = "?page_size=5&api_key=x&cursor=c_1&xi-api-key=y&page_size=7&include=secret";
    await answer(await fetch(`${proxy.url}/v1/convai/tags${query}`));

    expect(upstream.received[0]?.url.search).toBe("?page_size=5&cursor=c_1");
  });

  it("forwards no query parameters on routes and methods that define none", async () => {
    await answer(await fetch(`${proxy.url}/v1/convai/tags/tag_1?page_size=5&cursor=c_1`));
    await answer(await fetch(`${proxy.url}/v1/convai/tags?page_size=5&cursor=c_1`, { method: "POST", body: "{}" }));

    expect(upstream.received.map((r) => r.url.search)).toEqual(["", ""]);
  });
});

describe("createTagsProxy: where the upstream lives", () => {
  it("keeps the path of an upstreamUrl that has one, with or without a trailing slash", async () => {
    for (const base of [`${upstream.url}/gateway/eleven`, `${upstream.url}/gateway/eleven/`]) {
      const behindGateway = await servedProxy(upstream, { upstreamUrl: base });
      await answer(await fetch(`${behindGateway.url}/v1/convai/tags?page_size=3`));
      await behindGateway.close();
    }

    expect(upstream.received.map((r) => r.url.pathname + r.url.search)).toEqual([
      "/gateway/eleven/v1/convai/tags?page_size=3",
      "/gateway/eleven/v1/convai/tags?page_size=3",
    ]);
  });
});

describe("createTagsProxy: request headers", () => {
  it("forwards accept and content-type, replaces the browser's key and drops its credentials", async () => {
    const browserHeaders = {
      accept: "application/json",
      "content-type": "application/json",
      "xi-api-key": "sk_browser_guess",
      authorization: "Bearer browser-token",
      cookie: "session=abc",
      "x-forwarded-for": "10.0.0.1",
      "x-custom": "1",
      "accept-language": "fr",
      "user-agent": "browser-agent",
      origin: origin(),
    };
    await answer(await fetch(`${proxy.url}/v1/convai/tags`, { method: "POST", headers: browserHeaders, body: "{}" }));

    const seen = upstream.received[0]?.headers;
    expect(seen?.get("xi-api-key")).toBe(SECRET);
    expect(seen?.get("accept")).toBe("application/json");
    expect(seen?.get("content-type")).toBe("application/json");
    for (const name of ["authorization", "cookie", "x-forwarded-for", "x-custom", "origin"]) {
      expect(seen?.has(name), name).toBe(false);
    }
    expect(seen?.get("accept-language")).not.toBe("fr");
    expect(seen?.get("user-agent")).not.toBe("browser-agent");
  });

  it("sends no content-type upstream for a request without a body", async () => {
    const headers = { "content-type": "text/plain" };
    await answer(await fetch(`${proxy.url}/v1/convai/tags/tag_1`, { method: "DELETE", headers }));

    expect(upstream.received[0]?.headers.has("content-type")).toBe(false);
  });
});
