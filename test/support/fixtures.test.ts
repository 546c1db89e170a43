/**
 * The shared fixtures are what the API would say: pages as the mock API pages them, conversations as
 * it stores them, a 422 the client reads as field errors. And the stories' sample tags stay exactly
 * what the visual tests' reference images show.
 */
import { describe, expect, it } from "vitest";
import { createTagsClient, type ListTagsPage } from "../../src";
import { createMockTagsApi } from "../../src/server";
import { callMock } from "./callMock";
import { conversations, listPage, sampleTags, storyClock, tag, tags, tagsTitled, titlesIn, unprocessable } from "./fixtures";

describe("test fixtures", () => {
  it("names tags predictably: tag_<n>, Tag <n>, a higher n newer", () => {
    expect(tag(2)).toMatchObject({ tag_id: "tag_2", title: "Tag 2", description: null });
    expect(tag(2).created_at_unix_secs).toBeGreaterThan(tag(1).created_at_unix_secs);
    expect(tags(3).map((t) => t.tag_id)).toEqual(["tag_1", "tag_2", "tag_3"]);
    expect(tagsTitled(["Billing", "Refund"])).toEqual([tag(1, "Billing"), tag(2, "Refund")]);
  });

  it("builds the pages the mock API answers for the same tags", async () => {
    const api = createMockTagsApi({ tags: tags(3) });
    const first = (await callMock(api, "GET", "/v1/convai/tags?page_size=2")).body as ListTagsPage;
    expect(first.next_cursor).toEqual(expect.any(String));
    expect(first).toEqual(listPage([tag(3), tag(2)], first.next_cursor));
    const last = (await callMock(api, "GET", `/v1/convai/tags?page_size=2&cursor=${first.next_cursor ?? ""}`)).body;
    expect(last).toEqual(listPage([tag(1)]));
    expect(titlesIn({ pages: [first, listPage([tag(1)])] })).toEqual(["Tag 3", "Tag 2", "Tag 1"]);
  });

  it("gives conversations conv_<n> ids whose tag ids the mock API stores as given", async () => {
    const api = createMockTagsApi({ tags: tags(3) });
    const seeded = conversations(["tag_2", "tag_1"], ["tag_3"]);
    expect(seeded.map((c) => c.conversation_id)).toEqual(["conv_1", "conv_2"]);
    for (const { conversation_id, tag_ids } of seeded) {
      const { status } = await callMock(api, "POST", `/v1/convai/conversations/${conversation_id}/tags`, { json: { tag_ids } });
      expect(status).toBe(204);
      expect(api.assignedTagIds(conversation_id)).toEqual(tag_ids);
    }
  });

  it("words a 422 so the client reads it as field errors", async () => {
    const api = createMockTagsApi();
    api.failNext(unprocessable({ loc: ["body", "title"], msg: "Title is taken" }));
    const client = createTagsClient({ baseUrl: "http://127.0.0.1:9", fetch: (input, init) => api.fetch(new Request(input, init)) });
    await expect(client.createTag({ title: "Billing" })).rejects.toMatchObject({ status: 422, fieldErrors: { title: ["Title is taken"] } });
  });

  it("keeps the stories' sample tags as the reference images show them", () => {
    expect(sampleTags(2)).toEqual([
      {
        tag_id: "tag_sample_001",
        workspace_id: "workspace_mock",
        owner_user_id: "user_mock",
        title: "Billing 1",
        description: "Added by the support team.",
        created_at_unix_secs: Date.UTC(2026, 10, 25, 12, 0, 0) / 1000,
      },
      {
        tag_id: "tag_sample_002",
        workspace_id: "workspace_mock",
        owner_user_id: "user_mock",
        title: "Refund 2",
        description: null,
        created_at_unix_secs: Date.UTC(2026, 10, 25, 11, 59, 0) / 1000,
      },
    ]);
    expect(sampleTags(8).map((t) => t.title).at(-1)).toBe("Billing 8");
    expect(storyClock()).toBe(Date.UTC(2026, 10, 25, 12, 1, 0));
  });
});
