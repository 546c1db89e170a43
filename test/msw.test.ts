import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createTagsClient } from "../src";
import { createTagsHandlers } from "../src/msw";
import { tag } from "./support/fixtures";
import { baseUrl, startMockNetwork } from "./support/mockNetwork";

const { api, server } = startMockNetwork();
const client = createTagsClient({ baseUrl });

describe("createTagsHandlers with createTagsClient", () => {
  it("creates, gets, updates and deletes a tag", async () => {
    const created = await client.createTag({ title: "Refund request", description: "Money back" });
    expect(created).toMatchObject({ title: "Refund request", description: "Money back" });
    expect(await client.getTag(created.tag_id)).toEqual(created);
    const updated = await client.updateTag(created.tag_id, { description: null });
    expect(updated).toEqual({ ...created, description: null });
    await expect(client.deleteTag(created.tag_id)).resolves.toBeUndefined();
    expect(api.tags()).toEqual([]);
  });

  it("lists newest first across pages with the cursor", async () => {
    for (const title of ["One", "Two", "Three"]) await client.createTag({ title });
    const first = await client.listTags({ page_size: 2 });
    expect(first.conversation_tags.map((tag) => tag.title)).toEqual(["Three", "Two"]);
    expect(first.has_more).toBe(true);
    const second = await client.listTags({ page_size: 2, cursor: first.next_cursor ?? null });
    expect(second.conversation_tags.map((tag) => tag.title)).toEqual(["One"]);
    expect(second).toMatchObject({ has_more: false, next_cursor: null });
  });

  it("assigns tags to a conversation and unassigns one", async () => {
    const a = await client.createTag({ title: "A" });
    const b = await client.createTag({ title: "B" });
    await expect(client.assignTags("conv 1", { tag_ids: [a.tag_id, b.tag_id] })).resolves.toBeUndefined();
    expect(api.assignedTagIds("conv 1")).toEqual([a.tag_id, b.tag_id]);
    await expect(client.unassignTag("conv 1", a.tag_id)).resolves.toBeUndefined();
    expect(api.assignedTagIds("conv 1")).toEqual([b.tag_id]);
  });

  it("passes an unknown extra field of a tag through to the caller", async () => {
    const known = tag(1, "T");
    api.failNext({ kind: "status", status: 200, body: { ...known, color: "teal" } });
    expect(await client.getTag("tag_1")).toEqual({ ...known, color: "teal" });
  });

  it("creates a fresh mock API when none is given", async () => {
    server.use(...createTagsHandlers({ baseUrl: "http://127.0.0.1:9/fresh" }));
    const fresh = createTagsClient({ baseUrl: "http://127.0.0.1:9/fresh" });
    await fresh.createTag({ title: "Only here" });
    expect((await fresh.listTags()).conversation_tags.map((tag) => tag.title)).toEqual(["Only here"]);
    expect(api.tags()).toEqual([]);
  });
});

describe("createTagsHandlers matching", () => {
  const request = (url: string) => new Request(url);
  const handled = async (options: Parameters<typeof createTagsHandlers>[0], url: string) =>
    (await getResponse(createTagsHandlers(options), request(url)))?.status;

  it("matches only under an absolute baseUrl", async () => {
    expect(await handled({ baseUrl }, `${baseUrl}/v1/convai/tags`)).toBe(200);
    expect(await handled({ baseUrl: `${baseUrl}/` }, `${baseUrl}/v1/convai/tags`)).toBe(200);
    expect(await handled({ baseUrl }, "http://127.0.0.1:9/elsewhere/v1/convai/tags")).toBeUndefined();
    expect(await handled({ baseUrl }, "http://127.0.0.1:10/api/elevenlabs/v1/convai/tags")).toBeUndefined();
  });

  it("matches a relative baseUrl on any origin", async () => {
    const options = { baseUrl: "/api/elevenlabs" };
    expect(await handled(options, "http://localhost:5173/api/elevenlabs/v1/convai/tags")).toBe(200);
    expect(await handled(options, "https://app.example/api/elevenlabs/v1/convai/tags/tag_x")).toBe(404);
    expect(await handled(options, "https://app.example/api/other/v1/convai/tags")).toBeUndefined();
  });

  it("matches /v1/convai/* on any origin and prefix by default, and nothing else", async () => {
    expect(await handled({}, "https://api.elevenlabs.io/v1/convai/tags")).toBe(200);
    expect(await handled(undefined, "http://127.0.0.1:3000/proxy/v1/convai/tags")).toBe(200);
    expect(await handled({}, "https://api.elevenlabs.io/v1/voices")).toBeUndefined();
  });
});
