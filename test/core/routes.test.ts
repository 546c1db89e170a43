/**
 * One route table: the client, the mock API and the proxy all read `src/core/routes.ts`, so the
 * seven routes and their methods are written once.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTagsClient } from "../../src";
import { createMockTagsApi, createTagsProxy } from "../../src/server";
import { TAG_ROUTES, type TagRouteMethod } from "../../src/core/routes";

const root = resolve(import.meta.dirname, "../..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

// Comments may name a route (TSDoc says which call is which); code may not.
const withoutComments = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:])\/\/[^\n]*/g, "$1");

describe("the route table", () => {
  it("is the only place in src/ that spells a route's path", () => {
    const table = resolve(root, "src/core/routes.ts");
    const copies = sources(resolve(root, "src"))
      .filter((file) => file !== table)
      .filter((file) => /v1\/convai|convai\/(tags|conversations)|["'`/]tags["'`/]/.test(withoutComments(readFileSync(file, "utf8"))))
      .map((file) => relative(root, file));
    expect(copies).toEqual([]);
  });

  it("holds the seven tag operations and the conversations list", () => {
    const operations = TAG_ROUTES.flatMap((route) => Object.entries(route.operations).map(([m, name]) => `${name} ${m} ${route.path}`));
    expect(operations.sort()).toEqual(
      [
        "assignTags POST /v1/convai/conversations/{conversation_id}/tags",
        "createTag POST /v1/convai/tags",
        "deleteTag DELETE /v1/convai/tags/{tag_id}",
        "getTag GET /v1/convai/tags/{tag_id}",
        "listTags GET /v1/convai/tags",
        "unassignTag DELETE /v1/convai/conversations/{conversation_id}/tags/{tag_id}",
        "updateTag PATCH /v1/convai/tags/{tag_id}",
        "listConversations GET /v1/convai/conversations",
      ].sort(),
    );
  });
});

describe("the client, the mock API and the proxy agree with the table", () => {
  const KEY = "sk_routes_test";
  const api = createMockTagsApi({ apiKey: KEY });
  const proxy = createTagsProxy({ apiKey: KEY, conversations: true, upstreamUrl: "http://api.invalid", fetch: (input, init) => api.fetch(new Request(input, init)) });
  const seen: string[] = [];
  const client = createTagsClient({
    baseUrl: "http://proxy.invalid",
    fetch: async (input, init) => {
      const request = new Request(input, init);
      seen.push(`${request.method} ${new URL(request.url).pathname}`);
      return proxy.fetch(request);
    },
  });
  beforeAll(() => {
    api.reset();
  });
  afterAll(() => {
    api.reset();
  });

  it("runs every operation of the client through the proxy to the mock", async () => {
    const tag = await client.createTag({ title: "Billing" });
    await client.listTags({ page_size: 5 });
    await client.getTag(tag.tag_id);
    await client.updateTag(tag.tag_id, { title: "Refunds" });
    await client.assignTags("conv_1", { tag_ids: [tag.tag_id] });
    await client.unassignTag("conv_1", tag.tag_id);
    await client.listConversations({ tag_ids: [tag.tag_id] });
    await client.deleteTag(tag.tag_id);

    const fill = (path: string) => path.replace("{tag_id}", tag.tag_id).replace("{conversation_id}", "conv_1");
    const expected = TAG_ROUTES.flatMap((route) => route.methods.map((method) => `${method} ${fill(route.path)}`));
    expect([...seen].sort()).toEqual(expected.sort());
  });

  const ALL: TagRouteMethod[] = ["GET", "POST", "PATCH", "DELETE"];
  it.each(TAG_ROUTES.map((route) => [route.path, route] as const))("%s: the proxy and the mock refuse the same methods", async (_path, route) => {
    const path = route.path.replace("{tag_id}", "tag_1").replace("{conversation_id}", "conv_1");
    for (const method of ALL.filter((m) => !route.methods.includes(m))) {
      const viaProxy = await proxy.fetch(new Request(`http://proxy.invalid${path}`, { method }));
      const direct = await api.fetch(new Request(`http://api.invalid${path}`, { method, headers: { "xi-api-key": KEY } }));
      expect([viaProxy.status, viaProxy.headers.get("allow")]).toEqual([405, route.methods.join(", ")]);
      expect([direct.status, direct.headers.get("allow")]).toEqual([405, route.methods.join(", ")]);
    }
  });
});
