import { afterEach, describe, expect, it } from "vitest";
import { createTagsClient, TagsApiError } from "../../src";
import { createMockTagsApi } from "../../src/server";
import { answer, proxyPairs, servedProxy, type Served } from "./proxyHarness";
import { serveOnLoopback } from "../support/serveOnLoopback";

const setUp = proxyPairs();
const open: Served[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe("createTagsProxy: the API refuses the server's key", () => {
  it("answers 502 upstream_key_refused when the API says 401 to the key, read by the client as a server error", async () => {
    // The mock API expects another key: its 401 is the real API's answer to a wrong one.
    const api = createMockTagsApi({ apiKey: "sk_the_right_one" });
    const upstream = await serveOnLoopback((request) => api.fetch(request));
    const proxy = await servedProxy(upstream);
    open.push(proxy, upstream);
    const error = await createTagsClient({ baseUrl: proxy.url }).createTag({ title: "Billing" }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TagsApiError);
    expect(error).toMatchObject({ kind: "server", status: 502, code: "upstream_key_refused" });
    expect((error as TagsApiError).formErrors.join(" ")).toMatch(/refused this server's API key \(401\)/);
    expect(api.tags()).toHaveLength(0);
  });

  it.each([401, 403])("never relays the upstream's %i body, which may echo the key", async (status) => {
    const { upstream, proxy } = await setUp();
    upstream.respond = (request) =>
      Response.json({ detail: { status: "invalid_api_key", message: `Bad key ${request.headers.get("xi-api-key") ?? ""}` } }, { status });
    // `answer` fails the test if the key appears anywhere in the response.
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags`));

    expect(res.status).toBe(502);
    expect(res.json).toEqual({
      detail: { status: "upstream_key_refused", message: expect.stringMatching(/API key/) as string },
    });
    expect(res.text).not.toContain("Bad key");
    expect(res.headers.get("content-type")).toBe("application/json");
  });

  it("relays the upstream's other 4xx answers unchanged", async () => {
    const { upstream, proxy } = await setUp();
    upstream.respond = () => Response.json({ detail: { status: "tag_not_found", message: "nope" } }, { status: 404 });
    const res = await answer(await fetch(`${proxy.url}/v1/convai/tags/tag_1`));
    expect([res.status, res.json]).toEqual([404, { detail: { status: "tag_not_found", message: "nope" } }]);
  });
});
