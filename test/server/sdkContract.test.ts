import { ElevenLabs, ElevenLabsClient, ElevenLabsError } from "@elevenlabs/elevenlabs-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TAG_TITLE_MAX_LENGTH } from "../../src";
import { createMockTagsApi } from "../../src/server";
import { sampleConversations, tags as tagFixtures } from "../support/fixtures";
import { serveOnLoopback, type LoopbackServer } from "../support/serveOnLoopback";

// The official SDK is the judge of the mock's wire format: it builds the requests and parses the answers.
const API_KEY = "test-key";
const api = createMockTagsApi({ apiKey: API_KEY, now: () => 1_764_000_000_000 });
let served: LoopbackServer;
let sdk: ElevenLabsClient;

beforeAll(async () => {
  served = await serveOnLoopback(api.fetch);
  sdk = new ElevenLabsClient({ apiKey: API_KEY, baseUrl: served.url, maxRetries: 0 });
});
afterEach(() => {
  api.reset();
});
afterAll(async () => {
  await served.close();
});

const tags = () => sdk.conversationalAi.conversations.tags;

/** What the SDK threw (fails the test when the call succeeds). */
async function sdkError(call: Promise<unknown>): Promise<ElevenLabsError> {
  const error: unknown = await call.then(
    () => new Error("expected the call to fail"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(ElevenLabsError);
  return error as ElevenLabsError;
}

describe("the mock API, judged by @elevenlabs/elevenlabs-js", () => {
  it("creates, gets, updates and deletes a tag", async () => {
    const created = await tags().create({ title: "Refund request", description: "Money back" });
    expect(created).toEqual({
      tagId: expect.stringMatching(/^tag_/) as unknown,
      workspaceId: expect.any(String) as unknown,
      ownerUserId: expect.any(String) as unknown,
      title: "Refund request",
      description: "Money back",
      createdAtUnixSecs: 1_764_000_000,
    });
    expect(await tags().get(created.tagId)).toEqual(created);
    const updated = await tags().update(created.tagId, { title: "Refunds" });
    expect(updated).toEqual({ ...created, title: "Refunds" });
    await tags().delete(created.tagId);
    expect(api.tags()).toEqual([]);
  });

  it("lists two pages newest first with pageSize and cursor", async () => {
    for (const title of ["One", "Two", "Three"]) await tags().create({ title });
    const first = await tags().list({ pageSize: 2 });
    expect(first.conversationTags.map((tag) => tag.title)).toEqual(["Three", "Two"]);
    expect(first.hasMore).toBe(true);
    expect(typeof first.nextCursor).toBe("string");
    const second = await tags().list({ pageSize: 2, cursor: first.nextCursor });
    expect(second.conversationTags.map((tag) => tag.title)).toEqual(["One"]);
    expect(second.hasMore).toBe(false);
    expect(second.nextCursor ?? null).toBeNull();
  });

  it("assigns tags to a conversation and unassigns one", async () => {
    const a = await tags().create({ title: "A" });
    const b = await tags().create({ title: "B" });
    await tags().assign("conv_1", { tagIds: [a.tagId, b.tagId] });
    expect(api.assignedTagIds("conv_1")).toEqual([a.tagId, b.tagId]);
    await tags().unassign("conv_1", a.tagId);
    expect(api.assignedTagIds("conv_1")).toEqual([b.tagId]);
  });

  it("answers a too-long title with the 422 the SDK raises as UnprocessableEntityError", async () => {
    const title = "x".repeat(TAG_TITLE_MAX_LENGTH + 1);
    const error = await sdkError(tags().create({ title }));
    expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError);
    expect(error.statusCode).toBe(422);
    expect(error.body).toEqual({
      detail: [
        {
          type: "string_too_long",
          loc: ["body", "title"],
          msg: `String should have at most ${String(TAG_TITLE_MAX_LENGTH)} characters`,
          input: title,
          ctx: { max_length: TAG_TITLE_MAX_LENGTH },
        },
      ],
    });
  });

  it("answers a wrong API key with 401 invalid_api_key", async () => {
    const error = await sdkError(tags().list({}, { apiKey: "wrong-key" }));
    expect(error.statusCode).toBe(401);
    expect(error.body).toEqual({ detail: { status: "invalid_api_key", message: "Invalid API key" } });
  });

  it("answers an unknown tag with 404 tag_not_found on get, update, delete, assign and unassign", async () => {
    const calls = [
      () => tags().get("tag_missing"),
      () => tags().update("tag_missing", { title: "x" }),
      () => tags().delete("tag_missing"),
      () => tags().assign("conv_1", { tagIds: ["tag_missing"] }),
      () => tags().unassign("conv_1", "tag_missing"),
    ];
    for (const call of calls) {
      const error = await sdkError(call());
      expect(error.statusCode).toBe(404);
      expect(error.body).toMatchObject({ detail: { status: "tag_not_found" } });
    }
  });
});

describe("the mock API's conversations list, judged by @elevenlabs/elevenlabs-js", () => {
  // Its own mock, seeded with conversations, so the tag tests above keep an empty one.
  const seeds = sampleConversations(8, { tagIds: ["tag_1", "tag_2", "tag_3"] });
  const withConversations = createMockTagsApi({ apiKey: API_KEY, tags: tagFixtures(3), conversations: seeds });
  let server: LoopbackServer;
  let client: ElevenLabsClient;
  const conversations = () => client.conversationalAi.conversations;

  beforeAll(async () => {
    server = await serveOnLoopback(withConversations.fetch);
    client = new ElevenLabsClient({ apiKey: API_KEY, baseUrl: server.url, maxRetries: 0 });
  });
  afterEach(() => {
    withConversations.reset();
  });
  afterAll(async () => {
    await server.close();
  });

  it("lists pages filtered by repeated tagIds, with pageSize and cursor", async () => {
    // Any of tag_1 or tag_3: conv_002, 003, 005, 006, 008. Were tagIds sent joined, none would match.
    const first = await conversations().list({ tagIds: ["tag_1", "tag_3"], pageSize: 3 });
    expect(first.conversations.map((c) => c.conversationId)).toEqual(["conv_002", "conv_003", "conv_005"]);
    expect(first.hasMore).toBe(true);
    expect(typeof first.nextCursor).toBe("string");
    const second = await conversations().list({ tagIds: ["tag_1", "tag_3"], pageSize: 3, cursor: first.nextCursor ?? undefined });
    expect(second.conversations.map((c) => c.conversationId)).toEqual(["conv_006", "conv_008"]);
    expect(second.hasMore).toBe(false);
    expect(second.nextCursor ?? null).toBeNull();
  });

  it("parses every field of a summary, tagIds included, as the SDK names them", async () => {
    const [conv001, conv002, conv003] = seeds;
    if (!conv001 || !conv002 || !conv003) throw new Error("no seeds");
    await conversations().tags.assign("conv_001", { tagIds: ["tag_2"] });
    const page = await conversations().list({ pageSize: 3, summaryMode: "include" });
    expect(page.conversations[0]).toEqual({
      agentId: conv001.agent_id,
      agentName: conv001.agent_name,
      conversationId: "conv_001",
      startTimeUnixSecs: conv001.start_time_unix_secs,
      callDurationSecs: conv001.call_duration_secs,
      messageCount: conv001.message_count,
      status: conv001.status,
      callSuccessful: conv001.call_successful,
      transcriptSummary: conv001.transcript_summary,
      callSummaryTitle: conv001.call_summary_title,
      rating: conv001.rating,
      tagIds: ["tag_2"],
    });
    expect(page.conversations.slice(1).map((c) => c.tagIds)).toEqual([conv002.tag_ids, conv003.tag_ids]);
    const withoutSummaries = await conversations().list({ pageSize: 1 });
    expect(withoutSummaries.conversations[0]?.transcriptSummary).toBeUndefined();
  });

  it("answers a page size past 100 with the 422 the SDK raises as UnprocessableEntityError", async () => {
    const error = await sdkError(conversations().list({ pageSize: 101 }));
    expect(error).toBeInstanceOf(ElevenLabs.UnprocessableEntityError);
    expect(error.body).toMatchObject({ detail: [{ type: "less_than_equal", loc: ["query", "page_size"] }] });
  });
});
