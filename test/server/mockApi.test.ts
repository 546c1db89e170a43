import { describe, expect, it } from "vitest";
import type { ConversationTag, ListTagsPage } from "../../src";
import { createMockTagsApi } from "../../src/server";
import { callMock, mockRequest } from "../support/callMock";
import { tag } from "../support/fixtures";

const NOW_MS = 1_764_000_000_500;

/** A tag the mock starts with (`tag_<n>`), titled apart from the ones a test creates. */
const seed = (n: number): ConversationTag => tag(n, `Seed ${String(n)}`);

async function createTag(api: ReturnType<typeof createMockTagsApi>, title: string): Promise<ConversationTag> {
  const { status, body } = await callMock(api, "POST", "/v1/convai/tags", { json: { title } });
  expect(status).toBe(200);
  return body as ConversationTag;
}

describe("createMockTagsApi: tags", () => {
  it("creates a tag with 200 and the full wire shape, keeping the title exactly as sent", async () => {
    const api = createMockTagsApi({ now: () => NOW_MS });
    const { status, headers, body } = await callMock(api, "POST", "/v1/convai/tags", {
      json: { title: "  Refund request ", unknown_field: true },
    });
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json");
    expect(body).toEqual({
      tag_id: expect.stringMatching(/^tag_[a-z0-9]{20}$/) as unknown,
      workspace_id: expect.any(String) as unknown,
      owner_user_id: expect.any(String) as unknown,
      title: "  Refund request ",
      description: null,
      created_at_unix_secs: 1_764_000_000,
    });
    expect(api.tags()).toEqual([body]);
  });

  it("gives every created tag a different id", async () => {
    const api = createMockTagsApi();
    const ids = new Set<string>();
    for (let i = 0; i < 20; i++) ids.add((await createTag(api, `Tag ${String(i)}`)).tag_id);
    expect(ids.size).toBe(20);
  });

  it("gets a tag by id, and answers 404 tag_not_found for an unknown id", async () => {
    const api = createMockTagsApi({ tags: [seed(1)] });
    expect(await callMock(api, "GET", "/v1/convai/tags/tag_1")).toMatchObject({ status: 200, body: seed(1) });
    const missing = await callMock(api, "GET", "/v1/convai/tags/tag_nope");
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({ detail: { status: "tag_not_found", message: expect.any(String) as unknown } });
  });

  it("patches only the fields sent: a null title is ignored, a null description clears it", async () => {
    const api = createMockTagsApi({ tags: [{ ...seed(1), description: "Old" }] });
    const renamed = await callMock(api, "PATCH", "/v1/convai/tags/tag_1", { json: { title: "New" } });
    expect(renamed.body).toMatchObject({ title: "New", description: "Old" });
    const cleared = await callMock(api, "PATCH", "/v1/convai/tags/tag_1", { json: { title: null, description: null } });
    expect(cleared).toMatchObject({ status: 200, body: { title: "New", description: null } });
    const untouched = await callMock(api, "PATCH", "/v1/convai/tags/tag_1", { json: {} });
    expect(untouched.body).toEqual({ ...seed(1), title: "New", description: null });
    const missing = await callMock(api, "PATCH", "/v1/convai/tags/tag_nope", { json: { title: "x" } });
    expect(missing.status).toBe(404);
  });

  it("deletes with 204 and no body, after which the tag is gone", async () => {
    const api = createMockTagsApi({ tags: [seed(1), seed(2)] });
    const deleted = await callMock(api, "DELETE", "/v1/convai/tags/tag_1");
    expect(deleted).toMatchObject({ status: 204, text: "" });
    expect(deleted.headers.get("content-type")).toBeNull();
    expect(api.tags().map((tag) => tag.tag_id)).toEqual(["tag_2"]);
    expect((await callMock(api, "GET", "/v1/convai/tags/tag_1")).status).toBe(404);
    expect((await callMock(api, "DELETE", "/v1/convai/tags/tag_1")).status).toBe(404);
  });

  it("returns snapshots: changing what tags() returned changes nothing inside", () => {
    const api = createMockTagsApi({ tags: [seed(1)] });
    const snapshot = api.tags();
    snapshot.pop();
    expect(api.tags()).toHaveLength(1);
    const [first] = api.tags();
    if (first) first.title = "Hacked";
    expect(api.tags()[0]?.title).toBe("Seed 1");
  });

  it("resets to the initial tags, with no assignments", async () => {
    const api = createMockTagsApi({ tags: [seed(1)] });
    await createTag(api, "Extra");
    await callMock(api, "POST", "/v1/convai/conversations/conv_1/tags", { json: { tag_ids: ["tag_1"] } });
    api.reset();
    expect(api.tags()).toEqual([seed(1)]);
    expect(api.assignedTagIds("conv_1")).toEqual([]);
  });

  it("has a bound fetch and answers under any path prefix", async () => {
    const { fetch } = createMockTagsApi({ tags: [seed(1)] });
    const response = await fetch(mockRequest("GET", "/api/elevenlabs/v1/convai/tags/tag_1"));
    expect(response.status).toBe(200);
  });
});

describe("createMockTagsApi: listing", () => {
  async function list(api: ReturnType<typeof createMockTagsApi>, query = ""): Promise<ListTagsPage> {
    const { status, body } = await callMock(api, "GET", `/v1/convai/tags${query}`);
    expect(status).toBe(200);
    return body as ListTagsPage;
  }

  it("lists newest first over several pages, with next_cursor null on the last", async () => {
    const api = createMockTagsApi({ tags: [seed(2), seed(1), seed(3)] });
    await createTag(api, "Fourth");
    await createTag(api, "Fifth");
    const first = await list(api, "?page_size=2");
    expect(first.conversation_tags.map((tag) => tag.title)).toEqual(["Fifth", "Fourth"]);
    expect(first).toMatchObject({ has_more: true, next_cursor: expect.any(String) as unknown });
    const second = await list(api, `?page_size=2&cursor=${encodeURIComponent(first.next_cursor ?? "")}`);
    expect(second.conversation_tags.map((tag) => tag.title)).toEqual(["Seed 3", "Seed 2"]);
    const third = await list(api, `?page_size=2&cursor=${encodeURIComponent(second.next_cursor ?? "")}`);
    expect(third).toEqual({ conversation_tags: [seed(1)], next_cursor: null, has_more: false });
  });

  it("keeps its place when the last tag of the previous page is deleted", async () => {
    const api = createMockTagsApi({ tags: [1, 2, 3, 4].map(seed) });
    const first = await list(api, "?page_size=2");
    await callMock(api, "DELETE", "/v1/convai/tags/tag_3");
    const second = await list(api, `?page_size=2&cursor=${first.next_cursor ?? ""}`);
    expect(second.conversation_tags.map((tag) => tag.tag_id)).toEqual(["tag_2", "tag_1"]);
  });

  it("returns 100 tags by default and says there are more", async () => {
    const api = createMockTagsApi({ tags: Array.from({ length: 101 }, (_, i) => seed(i)) });
    const page = await list(api);
    expect(page.conversation_tags).toHaveLength(100);
    expect(page.has_more).toBe(true);
  });

  it("lists an empty workspace as an empty last page", async () => {
    expect(await list(createMockTagsApi())).toEqual({ conversation_tags: [], next_cursor: null, has_more: false });
  });

  it("reads an empty cursor as the first page", async () => {
    const api = createMockTagsApi({ tags: [seed(1)] });
    expect((await list(api, "?cursor=")).conversation_tags).toEqual([seed(1)]);
  });

  it("refuses a cursor it did not issue with 400 invalid_cursor", async () => {
    const { status, body } = await callMock(createMockTagsApi(), "GET", "/v1/convai/tags?cursor=garbage!");
    expect(status).toBe(400);
    expect(body).toMatchObject({ detail: { status: "invalid_cursor" } });
  });
});

describe("createMockTagsApi: conversation tags", () => {
  it("assigns with 204, ignoring tags already assigned, and unassigns with 204", async () => {
    const api = createMockTagsApi({ tags: [seed(1), seed(2)] });
    const path = "/v1/convai/conversations/conv_1/tags";
    expect(await callMock(api, "POST", path, { json: { tag_ids: ["tag_1"] } })).toMatchObject({ status: 204, text: "" });
    await callMock(api, "POST", path, { json: { tag_ids: ["tag_2", "tag_1"] } });
    expect(api.assignedTagIds("conv_1")).toEqual(["tag_1", "tag_2"]);
    expect(await callMock(api, "DELETE", `${path}/tag_1`)).toMatchObject({ status: 204, text: "" });
    expect(api.assignedTagIds("conv_1")).toEqual(["tag_2"]);
  });

  it("answers 404 tag_not_found for an unknown tag and assigns none of the batch", async () => {
    const api = createMockTagsApi({ tags: [seed(1)] });
    const path = "/v1/convai/conversations/conv_1/tags";
    const assigned = await callMock(api, "POST", path, { json: { tag_ids: ["tag_1", "tag_nope"] } });
    expect(assigned).toMatchObject({ status: 404, body: { detail: { status: "tag_not_found" } } });
    expect(api.assignedTagIds("conv_1")).toEqual([]);
    expect((await callMock(api, "DELETE", `${path}/tag_nope`)).status).toBe(404);
  });

  it("drops a deleted tag from every conversation", async () => {
    const api = createMockTagsApi({ tags: [seed(1)] });
    await callMock(api, "POST", "/v1/convai/conversations/conv_1/tags", { json: { tag_ids: ["tag_1"] } });
    await callMock(api, "DELETE", "/v1/convai/tags/tag_1");
    expect(api.assignedTagIds("conv_1")).toEqual([]);
  });
});

describe("createMockTagsApi: routing and auth", () => {
  it("answers FastAPI's 404 for an unknown path", async () => {
    const api = createMockTagsApi();
    for (const path of ["/v1/convai/agents", "/v1/convai/tags/a/b", "/elsewhere"]) {
      expect(await callMock(api, "GET", path)).toMatchObject({ status: 404, body: { detail: "Not Found" } });
    }
  });

  it("answers 405 with Allow for a method the path does not serve", async () => {
    const { status, body, headers } = await callMock(createMockTagsApi(), "PUT", "/v1/convai/tags/tag_1");
    expect(status).toBe(405);
    expect(body).toEqual({ detail: "Method Not Allowed" });
    expect(headers.get("allow")).toBe("GET, PATCH, DELETE");
  });

  it("redirects a trailing slash with 307, as Starlette does", async () => {
    const { status, headers } = await callMock(createMockTagsApi(), "GET", "/api/v1/convai/tags/?page_size=2");
    expect(status).toBe(307);
    expect(headers.get("location")).toBe("http://127.0.0.1/api/v1/convai/tags?page_size=2");
  });

  it("answers 401 invalid_api_key without the right xi-api-key, and serves the right one", async () => {
    const api = createMockTagsApi({ apiKey: "sk_right", tags: [seed(1)] });
    const unauthorized = { status: 401, body: { detail: { status: "invalid_api_key", message: "Invalid API key" } } };
    expect(await callMock(api, "GET", "/v1/convai/tags")).toMatchObject(unauthorized);
    const wrong = await callMock(api, "POST", "/v1/convai/tags", { json: { title: "x" }, headers: { "xi-api-key": "sk_wrong" } });
    expect(wrong).toMatchObject(unauthorized);
    expect(api.tags()).toHaveLength(1);
    const right = await callMock(api, "GET", "/v1/convai/tags/tag_1", { headers: { "xi-api-key": "sk_right" } });
    expect(right.status).toBe(200);
  });
});
