/**
 * Every answer the proxy gives, whichever path made it (forwarded, its own errors, preflights,
 * `authorize`'s own Response), carries `Vary: Origin` once `allowedOrigins` is set, and the allowed
 * origin's CORS headers. The node-transport project runs this file again against the `node` build.
 */
import { describe, expect, it } from "vitest";
import type { TagsProxyAuthorizeResult } from "../../src/server";
import { withHeaders } from "../../src/server/proxy/responses";
import { answer, proxyPairs } from "./proxyHarness";

const APP = "https://app.example.com";
const EVIL = "https://evil.example";
const TAGS = "/v1/convai/tags";

const varyList = (headers: Headers) => (headers.get("vary") ?? "").toLowerCase().split(/\s*,\s*/);

const setUp = proxyPairs();

describe("createTagsProxy: Vary and CORS on every answer", () => {
  const configured = (authorize?: () => TagsProxyAuthorizeResult | Promise<TagsProxyAuthorizeResult>) =>
    setUp({ allowedOrigins: [APP], ...(authorize ? { authorize } : {}) });
  const preflight = (url: string, origin: string) =>
    fetch(url + TAGS, { method: "OPTIONS", headers: { origin, "access-control-request-method": "POST" } });

  it("says Vary: Origin on a refused preflight from a foreign origin", async () => {
    const { proxy } = await configured();
    const res = await answer(await preflight(proxy.url, EVIL));

    expect(res.status).toBe(403);
    expect(res.headers.has("access-control-allow-origin")).toBe(false);
    expect(varyList(res.headers)).toContain("origin");
  });

  it("says Vary: Origin once on an allowed preflight, beside its own Vary", async () => {
    const { proxy } = await configured();
    const res = await answer(await preflight(proxy.url, APP));

    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
    expect(varyList(res.headers).filter((name) => name === "origin")).toHaveLength(1);
    expect(varyList(res.headers)).toContain("access-control-request-method");
  });

  it("says Vary: Origin on a refused cross-origin POST and on a forwarded answer", async () => {
    const { proxy } = await configured();
    const refused = await answer(await fetch(proxy.url + TAGS, { method: "POST", headers: { origin: EVIL }, body: "{}" }));
    const forwarded = await answer(await fetch(proxy.url + TAGS, { headers: { origin: EVIL } }));

    expect([refused.status, forwarded.status]).toEqual([403, 200]);
    expect(varyList(refused.headers)).toContain("origin");
    expect(varyList(forwarded.headers)).toContain("origin");
  });

  it("gives authorize's redirect (immutable headers) Vary: Origin and the allowed origin's CORS headers", async () => {
    const { proxy } = await configured(() => Response.redirect("https://app.example.com/login", 302));
    const get = (origin: string) => fetch(proxy.url + TAGS, { headers: { origin }, redirect: "manual" });
    const allowed = await answer(await get(APP));
    const foreign = await answer(await get(EVIL));

    for (const res of [allowed, foreign]) {
      expect([res.status, res.headers.get("location")]).toEqual([302, "https://app.example.com/login"]);
      expect(varyList(res.headers)).toContain("origin");
    }
    expect(allowed.headers.get("access-control-allow-origin")).toBe(APP);
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    expect(allowed.headers.get("access-control-expose-headers")).toBe("retry-after");
    expect(foreign.headers.has("access-control-allow-origin")).toBe(false);
  });

  it("gives authorize's 403 the same headers, keeping its body and merging its own Vary", async () => {
    const { proxy } = await configured(() =>
      Response.json({ detail: "no" }, { status: 403, headers: { vary: "Cookie", "access-control-expose-headers": "x-why" } }),
    );
    const get = (origin: string) => fetch(proxy.url + TAGS, { headers: { origin } });
    const allowed = await answer(await get(APP));
    const foreign = await answer(await get(EVIL));

    for (const res of [allowed, foreign]) {
      expect([res.status, res.json]).toEqual([403, { detail: "no" }]);
      expect(varyList(res.headers)).toEqual(["cookie", "origin"]);
    }
    expect(allowed.headers.get("access-control-allow-origin")).toBe(APP);
    expect(allowed.headers.get("access-control-allow-credentials")).toBe("true");
    expect(allowed.headers.get("access-control-expose-headers")).toBe("x-why, retry-after");
    expect(foreign.headers.has("access-control-allow-origin")).toBe(false);
  });

  it("keeps status and body of an authorize Response that came from fetch() (immutable headers)", async () => {
    let upstreamUrl = "";
    const { upstream, proxy } = await configured(() => fetch(`${upstreamUrl}/session`));
    upstreamUrl = upstream.url;
    upstream.respond = () => new Response("expired", { status: 419, headers: { vary: "cookie" } });
    const res = await answer(await fetch(proxy.url + TAGS, { headers: { origin: APP } }));

    expect([res.status, res.text]).toEqual([419, "expired"]);
    expect(varyList(res.headers)).toEqual(["cookie", "origin"]);
    expect(res.headers.get("access-control-allow-origin")).toBe(APP);
  });

  it("leaves a Response authorize hands out again untouched, so one origin's CORS headers never reach another", async () => {
    const denied = new Response(null, { status: 401 });
    const { proxy } = await configured(() => denied);
    const allowed = await answer(await fetch(proxy.url + TAGS, { headers: { origin: APP } }));
    const foreign = await answer(await fetch(proxy.url + TAGS, { headers: { origin: EVIL } }));

    expect(allowed.headers.get("access-control-allow-origin")).toBe(APP);
    expect(foreign.headers.has("access-control-allow-origin")).toBe(false);
    expect(denied.headers.has("vary")).toBe(false);
  });

  it("adds no Vary: Origin without allowedOrigins", async () => {
    const { proxy } = await setUp({ authorize: () => Response.redirect("https://example.com/login", 302) });
    const { proxy: open } = await setUp();
    const answers = [
      await answer(await preflight(proxy.url, EVIL)),
      await answer(await fetch(proxy.url + TAGS, { method: "POST", headers: { origin: EVIL }, body: "{}" })),
      await answer(await fetch(proxy.url + TAGS, { headers: { origin: EVIL }, redirect: "manual" })),
      await answer(await fetch(open.url + TAGS, { headers: { origin: EVIL } })),
    ];

    expect(answers.map((res) => res.status)).toEqual([403, 403, 302, 200]);
    for (const res of answers) {
      expect(res.headers.has("vary")).toBe(false);
      expect(res.headers.has("access-control-allow-origin")).toBe(false);
    }
  });
});

describe("withHeaders", () => {
  const cors = { vary: "origin", "access-control-allow-origin": APP };

  it("copies a response whose headers are immutable, keeping status, body and headers", async () => {
    const redirect = withHeaders(Response.redirect("https://app.example.com/login", 303), cors);
    const fetched = withHeaders(await fetch("data:text/plain,expired"), cors);

    expect([redirect.status, redirect.headers.get("location"), redirect.headers.get("vary")]).toEqual([
      303,
      "https://app.example.com/login",
      "origin",
    ]);
    expect([fetched.status, await fetched.text(), fetched.headers.get("content-type")]).toEqual([200, "expired", "text/plain"]);
    expect(fetched.headers.get("access-control-allow-origin")).toBe(APP);
  });

  it("adds to a response of its own in place, and leaves it alone when there is nothing to add", () => {
    const own = new Response(null, { headers: { vary: "Origin" } });

    expect(withHeaders(own, cors)).toBe(own);
    expect(own.headers.get("vary")).toBe("Origin");
    expect(withHeaders(own, {})).toBe(own);
  });
});
