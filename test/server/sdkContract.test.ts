import { ElevenLabs, ElevenLabsClient, ElevenLabsError } from "@elevenlabs/elevenlabs-js";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TAG_TITLE_MAX_LENGTH } from "../../src";
import { createMockTagsApi } from "../../src/server";
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
