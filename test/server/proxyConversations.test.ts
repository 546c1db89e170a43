/**
 * The conversations list through the proxy: served only with `conversations: true`, only on GET,
 * only with the allow-listed filters, and with every guarantee the tag routes have. `authorize` is
 * told the operation of each of the eight. The node-transport project runs this file again against
 * the `node` build.
 */
import { describe, expect, it } from "vitest";
import { CONVERSATION_TAG_FILTER_MAX, createTagsClient, TagsApiError, type ListConversationsParams } from "../../src/core";
import { TAG_ROUTES, tagOperationPath } from "../../src/core/routes";
import type { TagsProxyAuthorizeContext, TagsProxyOptions } from "../../src/server";
import { answer, proxyPairs, rawRequest, SECRET } from "./proxyHarness";

const APP = "https://app.example.com";
const EVIL = "https://evil.example";
const LIST = tagOperationPath("listConversations");
const PAGE = { conversations: [], has_more: false, next_cursor: null };
const TAGS_PAGE = { conversation_tags: [], has_more: false, next_cursor: null };

const setUp = proxyPairs();

/** A proxy with the list on (unless `options` says otherwise) whose upstream answers empty pages. */
async function served(options: Partial<TagsProxyOptions> = {}) {
  const pair = await setUp({ conversations: true, ...options });
  pair.upstream.respond = (request) => Response.json(new URL(request.url).pathname === LIST ? PAGE : TAGS_PAGE);
  return { ...pair, origin: new URL(pair.proxy.url).origin };
}

/** The query the upstream saw on its only request, as name/value pairs in order. */
function forwardedQuery(upstream: { received: { url: URL }[] }): [string, string][] {
  expect(upstream.received).toHaveLength(1);
  return [...(upstream.received[0]?.url.searchParams ?? [])];
}

const ids = (count: number) => Array.from({ length: count }, (_, i) => `tag_${String(i)}`);
const repeated = (values: readonly string[]) => values.map((id) => `tag_ids=${id}`).join("&");

describe("createTagsProxy: the conversations list is off unless asked for with true", () => {
  it.each<[string, unknown]>([
    ["left out", undefined],
    ["false", false],
    ['"yes"', "yes"],
    ["1", 1],
    ['"true"', "true"],
    ["an object", { enabled: true }],
  ])("answers 404 to GET, HEAD and a preflight when conversations is %s, asking authorize nothing", async (_name, value) => {
    const contexts: TagsProxyAuthorizeContext[] = [];
    const authorize = (_request: Request, context: TagsProxyAuthorizeContext) => contexts.push(context) > 0;
    const { upstream, proxy, origin } = await served({ conversations: value as boolean, allowedOrigins: [APP], authorize });
    const preflight = { origin: APP, "access-control-request-method": "GET" };

    const get = await rawRequest(origin, `/api/elevenlabs${LIST}?tag_ids=tag_1`);
    const head = await rawRequest(origin, `/api/elevenlabs${LIST}`, { method: "HEAD" });
    const options = await rawRequest(origin, `/api/elevenlabs${LIST}`, { method: "OPTIONS", headers: preflight });
    const tags = await answer(await fetch(`${proxy.url}/v1/convai/tags`));

    expect([get.status, head.status, options.status, tags.status]).toEqual([404, 404, 404, 200]);
    expect(get.json).toEqual({ detail: "Not Found" });
    expect(options.headers.has("access-control-allow-methods")).toBe(false);
    expect(upstream.received.map((r) => r.url.pathname)).toEqual(["/v1/convai/tags"]);
    expect(contexts).toEqual([{ operation: "listTags" }]);
  });
});

describe("createTagsProxy({ conversations: true }): the list, on GET, and nothing else", () => {
  it("forwards GET to the same path with the server's key", async () => {
    const { upstream, proxy } = await served();
    const res = await answer(await fetch(proxy.url + LIST));

    expect([res.status, res.json]).toEqual([200, PAGE]);
    expect(upstream.received.map((r) => [r.method, r.url.pathname, r.headers.get("xi-api-key")])).toEqual([["GET", LIST, SECRET]]);
  });

  it.each(["POST", "PUT", "PATCH", "DELETE", "HEAD"])("answers %s with 405 and Allow: GET, forwarding nothing", async (method) => {
    const { upstream, origin } = await served();
    const body = ["POST", "PUT", "PATCH"].includes(method) ? "{}" : undefined;
    const res = await rawRequest(origin, `/api/elevenlabs${LIST}`, { method, headers: { "content-type": "application/json" }, body });

    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
    if (method !== "HEAD") expect(res.json).toEqual({ detail: "Method Not Allowed" });
    expect(upstream.received).toHaveLength(0);
  });

  it.each([
    `${LIST}/conv_9`,
    `${LIST}/conv_9/audio`,
    `${LIST}/conv_9/feedback`,
    `${LIST}/`,
    `${LIST}//`,
    `${LIST}/.`,
    `${LIST}/%2e`,
    `${LIST}/conv_9/..`,
    `${LIST}/conv_9/tags/../audio`,
    `${LIST}/conv_9/%2e%2e/conv_8/audio`,
    `${LIST}%2Fconv_9`,
    `${LIST}%2fconv_9%2faudio`,
    `${LIST};conv_9`,
    `${LIST}.json`,
    "/v1/convai/%63onversations",
    "/v1/convai/Conversations",
    "/v1/convai//conversations",
  ])("answers 404 to GET and DELETE %s, never reaching the API", async (path) => {
    const { upstream, origin } = await served();
    const statuses = [];
    for (const method of ["GET", "DELETE"]) statuses.push((await rawRequest(origin, `/api/elevenlabs${path}`, { method })).status);

    expect(statuses).toEqual([404, 404]);
    expect(upstream.received).toHaveLength(0);
  });

  it("answers 404 outside the mount path, however the path is spelled", async () => {
    const { upstream, origin } = await served();
    const paths = [LIST, `/api/elevenlabs/..${LIST}`, `/api/elevenlabs%2F..${LIST}`, `/api/elevenlabsv1/convai/conversations`];
    const statuses = [];
    for (const path of paths) statuses.push((await rawRequest(origin, path)).status);

    expect(statuses).toEqual([404, 404, 404, 404]);
    expect(upstream.received).toHaveLength(0);
  });

  it("forwards a path whose dot segments resolve to the list as the list's path only", async () => {
    const { upstream, origin } = await served();
    const res = await rawRequest(origin, "/api/elevenlabs/v1/convai/tags/../conversations?page_size=2");

    expect(res.status).toBe(200);
    expect(upstream.received.map((r) => r.url.pathname + r.url.search)).toEqual([`${LIST}?page_size=2`]);
  });

  it("ignores method overrides: the API sees a GET without them, and a POST asking to be a GET is a 405", async () => {
    const { upstream, proxy } = await served();
    const overrides = { "x-http-method-override": "DELETE", "x-method-override": "DELETE", "x-http-method": "DELETE" };
    const get = await answer(await fetch(`${proxy.url}${LIST}?_method=DELETE`, { headers: overrides }));
    const post = await answer(await fetch(proxy.url + LIST, { method: "POST", headers: { "x-http-method-override": "GET" }, body: "{}" }));

    expect([get.status, post.status]).toEqual([200, 405]);
    expect(upstream.received).toHaveLength(1);
    const [seen] = upstream.received;
    expect([seen?.method, seen?.url.search]).toEqual(["GET", ""]);
    for (const name of Object.keys(overrides)) expect(seen?.headers.has(name), name).toBe(false);
  });
});

describe("createTagsProxy({ conversations: true }): the filters", () => {
  it("forwards each allow-listed filter once and tag_ids every time, dropping every other parameter", async () => {
    const { upstream, proxy } = await served();
    const query = [
      "user_id=u_1", "tag_ids=tag_3", "data_collection_params=phone", "page_size=5", "xi-api-key=sk_guess",
      "tag_ids=tag_1", "cursor=c_1", "agent_id=agent_1", "search=refund+policy", "page_size=100",
      "call_start_after_unix=1700000000", "call_start_before_unix=1800000000", "summary_mode=include",
      "api_key=x", "tag_ids[]=tag_9", "TAG_IDS=tag_8", "agent_id=agent_2", "tag_ids=tag_2",
    ].join("&");
    await answer(await fetch(`${proxy.url}${LIST}?${query}`));

    // In the route table's order, tag_ids in the order given.
    expect(forwardedQuery(upstream)).toEqual([
      ["tag_ids", "tag_3"], ["tag_ids", "tag_1"], ["tag_ids", "tag_2"],
      ["cursor", "c_1"], ["page_size", "5"], ["agent_id", "agent_1"], ["search", "refund policy"],
      ["call_start_after_unix", "1700000000"], ["call_start_before_unix", "1800000000"], ["summary_mode", "include"],
    ]);
  });

  it("forwards an encoded separator inside a value as part of that value, never as another parameter", async () => {
    const { upstream, proxy } = await served();
    await answer(await fetch(`${proxy.url}${LIST}?tag_ids=tag_1%26user_id%3Du_1&search=a;user_id=u_2&tag%5Fids=tag_2`));

    expect(forwardedQuery(upstream)).toEqual([["tag_ids", "tag_1&user_id=u_1"], ["tag_ids", "tag_2"], ["search", "a;user_id=u_2"]]);
    expect(upstream.received[0]?.url.search).not.toMatch(/[?&]user_id=/);
  });

  it(`forwards ${String(CONVERSATION_TAG_FILTER_MAX)} tag_ids, all of them, in order`, async () => {
    const { upstream, proxy } = await served();
    const res = await answer(await fetch(`${proxy.url}${LIST}?${repeated(ids(CONVERSATION_TAG_FILTER_MAX))}`));

    expect(res.status).toBe(200);
    expect(upstream.received[0]?.url.searchParams.getAll("tag_ids")).toEqual(ids(CONVERSATION_TAG_FILTER_MAX));
  });

  it.each([
    ["one more", repeated(ids(CONVERSATION_TAG_FILTER_MAX + 1))],
    ["one more under an encoded name", `${repeated(ids(CONVERSATION_TAG_FILTER_MAX))}&tag%5Fids=extra`],
  ])("refuses %s tag_ids with 400 too_many_values and forwards nothing", async (_name, query) => {
    const { upstream, proxy } = await served();
    const res = await answer(await fetch(`${proxy.url}${LIST}?${query}`));

    expect(res.status).toBe(400);
    expect(res.json).toEqual({
      detail: { status: "too_many_values", message: `tag_ids takes at most ${String(CONVERSATION_TAG_FILTER_MAX)} values.` },
    });
    expect(upstream.received).toHaveLength(0);
  });

  it("lets every filter the client sends through unchanged", async () => {
    const { upstream, proxy } = await served();
    const params: ListConversationsParams = {
      tag_ids: ["tag_2", "tag_1"],
      agent_id: "agent_1",
      search: "refund & return",
      call_start_after_unix: 1_700_000_000,
      call_start_before_unix: 1_800_000_000,
      summary_mode: "exclude",
      page_size: 20,
      cursor: "c_1",
    };
    const page = await createTagsClient({ baseUrl: proxy.url }).listConversations(params);

    expect(page).toEqual(PAGE);
    const seen = upstream.received[0]?.url.searchParams;
    expect(seen?.getAll("tag_ids")).toEqual(["tag_1", "tag_2"]);
    for (const [name, value] of Object.entries(params)) {
      if (name !== "tag_ids") expect(seen?.get(name), name).toBe(String(value));
    }
  });
});

// Every operation of the route table, with its method and a path that names it.
const operations = TAG_ROUTES.flatMap((route) =>
  Object.entries(route.operations).map(([method, operation]) => ({
    method,
    operation,
    path: tagOperationPath(operation, { tag_id: "tag_1", conversation_id: "conv_9" }),
  })),
);

describe("createTagsProxy: authorize is told the operation", () => {
  it("has eight operations to tell, the conversations list among them", () => {
    expect(operations.map((o) => o.operation).sort()).toEqual(
      ["assignTags", "createTag", "deleteTag", "getTag", "listConversations", "listTags", "unassignTag", "updateTag"],
    );
  });

  it.each(operations)("tells authorize $operation for $method $path", async ({ method, operation, path }) => {
    const contexts: TagsProxyAuthorizeContext[] = [];
    const { upstream, proxy } = await served({
      authorize: (request, context) => {
        contexts.push(context);
        return request.method === method;
      },
    });
    const body = method === "POST" || method === "PATCH" ? JSON.stringify({ title: "x", tag_ids: ["tag_1"] }) : undefined;
    const res = await answer(await fetch(proxy.url + path, { method, body, headers: { "content-type": "application/json" } }));

    expect(res.status).toBe(200);
    expect(contexts).toEqual([{ operation }]);
    expect(upstream.received.map((r) => `${r.method} ${r.url.pathname}`)).toEqual([`${method} ${path}`]);
  });

  it("lets a host refuse the list to a person it lets manage tags", async () => {
    const { upstream, proxy } = await served({
      authorize: (_request, { operation }) =>
        operation !== "listConversations" ||
        Response.json({ detail: { status: "forbidden", message: "Support staff only." } }, { status: 403 }),
    });
    const client = createTagsClient({ baseUrl: proxy.url });

    await expect(client.listTags()).resolves.toEqual(TAGS_PAGE);
    const error = await client.listConversations({ tag_ids: ["tag_1"] }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(TagsApiError);
    expect(error).toMatchObject({ kind: "forbidden", status: 403, formErrors: ["Support staff only."] });
    expect(upstream.received.map((r) => r.url.pathname)).toEqual(["/v1/convai/tags"]);
  });

  it("answers 401 when authorize refuses the list with false, forwarding nothing", async () => {
    const { upstream, proxy } = await served({ authorize: (_request, { operation }) => operation !== "listConversations" });
    const res = await answer(await fetch(proxy.url + LIST));

    expect([res.status, res.json]).toEqual([401, { detail: { status: "unauthorized", message: "Sign in to manage tags." } }]);
    expect(upstream.received).toHaveLength(0);
  });
});

describe("createTagsProxy({ conversations: true }): the tag routes' guarantees hold for the list", () => {
  it("sends the server's key, not the browser's credentials, and never echoes the key", async () => {
    const { upstream, proxy } = await served();
    const browser = { cookie: "session=abc", authorization: "Bearer browser-token", "xi-api-key": "sk_browser_guess", accept: "application/json" };
    // `answer` fails the test if the key appears in any header or the body.
    const res = await answer(await fetch(proxy.url + LIST, { headers: browser }));

    expect(res.status).toBe(200);
    const seen = upstream.received[0]?.headers;
    expect([seen?.get("xi-api-key"), seen?.get("accept")]).toEqual([SECRET, "application/json"]);
    for (const name of ["cookie", "authorization"]) expect(seen?.has(name), name).toBe(false);
  });

  it.each([401, 403])("answers the API's %i to the key with 502, dropping its body", async (status) => {
    const { upstream, proxy } = await served();
    upstream.respond = (request) => Response.json({ detail: `Bad key ${request.headers.get("xi-api-key") ?? ""}` }, { status });
    const res = await answer(await fetch(proxy.url + LIST));

    expect(res.status).toBe(502);
    expect(res.json).toEqual({
      detail: { status: "upstream_key_refused", message: expect.stringMatching(/may read conversations\.$/) as string },
    });
    expect(res.text).not.toContain("Bad key");
  });

  it("answers 504 when the API is slower than timeoutMs, read by the client as a timeout", async () => {
    const { upstream, proxy } = await served({ timeoutMs: 100 });
    upstream.respond = () => new Promise<Response>(() => undefined);
    const error = await createTagsClient({ baseUrl: proxy.url }).listConversations().catch((e: unknown) => e);

    expect(error).toMatchObject({ kind: "timeout", status: 504, code: "upstream_timeout" });
  });

  it("gives an allowed origin CORS headers and a foreign one none, with Vary: Origin and minus the API's own", async () => {
    const { upstream, proxy } = await served({ allowedOrigins: [APP] });
    upstream.respond = () => Response.json(PAGE, { headers: { "access-control-allow-origin": "*", "set-cookie": "up=1" } });
    const allowed = await answer(await fetch(proxy.url + LIST, { headers: { origin: APP } }));
    const foreign = await answer(await fetch(proxy.url + LIST, { headers: { origin: EVIL } }));

    expect([allowed.headers.get("access-control-allow-origin"), allowed.headers.get("access-control-allow-credentials")]).toEqual([APP, "true"]);
    expect(foreign.headers.has("access-control-allow-origin")).toBe(false);
    for (const res of [allowed, foreign]) {
      expect(res.headers.get("vary")?.toLowerCase().split(/\s*,\s*/)).toContain("origin");
      expect(res.headers.has("set-cookie")).toBe(false);
    }
  });

  it("answers an allowed origin's preflight with GET only, and refuses a foreign origin's", async () => {
    const { upstream, proxy } = await served({ allowedOrigins: [APP] });
    const preflight = (origin: string) =>
      fetch(proxy.url + LIST, { method: "OPTIONS", headers: { origin, "access-control-request-method": "GET" } });
    const allowed = await answer(await preflight(APP));
    const foreign = await answer(await preflight(EVIL));

    expect([allowed.status, allowed.headers.get("access-control-allow-methods")]).toEqual([204, "GET"]);
    expect([foreign.status, foreign.headers.has("access-control-allow-origin")]).toEqual([403, false]);
    expect(foreign.json).toMatchObject({ detail: { status: "forbidden_origin" } });
    expect(upstream.received).toHaveLength(0);
  });
});
