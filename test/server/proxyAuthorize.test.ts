import { describe, expect, it } from "vitest";
import { createTagsClient, TagsApiError } from "../../src";
import type { TagsProxyAuthorizeResult } from "../../src/server";
import { answer, proxyPairs } from "./proxyHarness";

const setUp = proxyPairs();

describe("createTagsProxy: authorize", () => {
  it("answers 401 with a readable detail when authorize returns false", async () => {
    const { upstream, proxy } = await setUp({ authorize: () => false });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`));

    expect(res.status).toBe(401);
    expect(res.json).toEqual({ detail: { status: "unauthorized", message: "Sign in to manage tags." } });
    expect(upstream.received).toHaveLength(0);
  });

  // What a hook written in plain JavaScript, or cast past the types, can hand back.
  const wrong: [string, unknown][] = [
    ["undefined (a forgotten return)", undefined],
    ["null", null],
    ["0", 0],
    ["1", 1],
    ['"true"', "true"],
    ["a plain object", { ok: true }],
  ];
  it.each(wrong)("fails closed: %s is a 401 and the upstream sees nothing", async (_name, verdict) => {
    const { upstream, proxy } = await setUp({ authorize: () => verdict as TagsProxyAuthorizeResult });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`));

    expect(res.status).toBe(401);
    expect(res.json).toMatchObject({ detail: { status: "unauthorized" } });
    expect(upstream.received).toHaveLength(0);
  });

  it("fails closed when an async authorize forgets to return", async () => {
    const seen: (string | null)[] = [];
    const forgetful = (async (request: Request) => {
      await Promise.resolve();
      seen.push(request.headers.get("cookie"));
    }) as unknown as () => Promise<TagsProxyAuthorizeResult>;
    const { upstream, proxy } = await setUp({ authorize: forgetful });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { headers: { cookie: "session=ok" } }));

    expect(seen).toEqual(["session=ok"]);
    expect(res.status).toBe(401);
    expect(upstream.received).toHaveLength(0);
  });

  it("sends the Response authorize returns as it is", async () => {
    const { upstream, proxy } = await setUp({
      authorize: () => new Response("go away", { status: 418, headers: { "x-reason": "teapot" } }),
    });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`));

    expect([res.status, res.text, res.headers.get("x-reason")]).toEqual([418, "go away", "teapot"]);
    expect(upstream.received).toHaveLength(0);
  });

  it("awaits an async authorize that sees the browser's cookie and lets the request through on true", async () => {
    const seen: (string | null)[] = [];
    const { upstream, proxy } = await setUp({
      authorize: async (request) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        seen.push(request.headers.get("cookie"));
        return true;
      },
    });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`, { headers: { cookie: "session=ok" } }));

    expect(res.status).toBe(200);
    expect(seen).toEqual(["session=ok"]);
    expect(upstream.received[0]?.headers.has("cookie")).toBe(false);
  });

  it("refuses after an async authorize resolves to false", async () => {
    const { upstream, proxy } = await setUp({ authorize: () => Promise.resolve(false) });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`));
    expect(res.status).toBe(401);
    expect(upstream.received).toHaveLength(0);
  });

  it("keeps its own 401 a sign-in matter for the client, apart from a refused API key", async () => {
    const { proxy } = await setUp({ authorize: () => false });
    const error = await createTagsClient({ baseUrl: proxy.url }).listTags().catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TagsApiError);
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, code: "unauthorized" });
  });
});
