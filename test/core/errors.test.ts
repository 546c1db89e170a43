import { describe, expect, it } from "vitest";
import { TAG_TITLE_MAX_LENGTH, TagsApiError, createTagsClient } from "../../src";
import { createTagsHandlers } from "../../src/msw";
import { baseUrl, startMockNetwork } from "../support/mockNetwork";
import { createMockTagsApi } from "../../src/server";

const { api, server } = startMockNetwork();
const client = createTagsClient({ baseUrl });

/** The TagsApiError a call rejects with (fails the test when it resolves or rejects otherwise). */
async function failure(call: Promise<unknown>): Promise<TagsApiError> {
  const error: unknown = await call.then(
    () => new Error("expected the call to fail"),
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(TagsApiError);
  return error as TagsApiError;
}

describe("createTagsClient errors through createTagsHandlers", () => {
  it("puts the server's 422 title message under fieldErrors.title", async () => {
    const error = await failure(client.createTag({ title: "x".repeat(TAG_TITLE_MAX_LENGTH + 1) }));
    expect(error).toMatchObject({
      kind: "validation",
      status: 422,
      fieldErrors: { title: [`String should have at most ${String(TAG_TITLE_MAX_LENGTH)} characters`] },
      formErrors: [],
    });
  });

  it("puts 422 errors not about a shown field into formErrors, with their path", async () => {
    const missingBody = { detail: [{ type: "missing", loc: ["body"], msg: "Field required", input: null }] };
    api.failNext({ kind: "status", status: 422, body: missingBody });
    expect(await failure(client.createTag({ title: "x" }))).toMatchObject({ fieldErrors: {}, formErrors: ["Field required"] });
    const assign = await failure(client.assignTags("conv_1", { tag_ids: [] }));
    expect(assign.formErrors).toEqual(["tag_ids: List should have at least 1 item after validation, not 0"]);
  });

  it("reads a 401 detail object", async () => {
    server.use(...createTagsHandlers({ api: createMockTagsApi({ apiKey: "sk_test" }), baseUrl }));
    const error = await failure(client.listTags());
    expect(error).toMatchObject({ kind: "unauthorized", status: 401, formErrors: ["Invalid API key"] });
    const keyed = createTagsClient({ baseUrl, headers: { "xi-api-key": "sk_test" } });
    await expect(keyed.listTags()).resolves.toMatchObject({ conversation_tags: [] });
  });

  it("reports an unknown tag as not_found with the server's message", async () => {
    const error = await failure(client.getTag("tag_missing"));
    expect(error).toMatchObject({ kind: "not_found", status: 404 });
    expect(error.formErrors).toEqual([(error.body as { detail: { message: string } }).detail.message]);
  });

  it("reads the newer {type, code, message, request_id, param} detail", async () => {
    const detail = { type: "rate_limit_error", code: "too_many", message: "Slow down", request_id: "req_1", param: null };
    api.failNext({ kind: "status", status: 429, body: { detail }, headers: { "Retry-After": "7" } });
    const error = await failure(client.listTags());
    expect(error).toMatchObject({ kind: "rate_limited", status: 429, retryAfterSeconds: 7, formErrors: ["Slow down"], body: { detail } });
    expect(error.code).toBe("too_many");
  });

  it("puts a newer-shape detail with param \"title\" or \"description\" under that field", async () => {
    const detail = { type: "invalid_request_error", code: "duplicate_title", message: "A tag with this title exists", request_id: "req_2", param: "title" };
    api.failNext({ kind: "status", status: 400, body: { detail } });
    expect(await failure(client.createTag({ title: "Refund" }))).toMatchObject({
      kind: "validation",
      status: 400,
      code: "duplicate_title",
      fieldErrors: { title: ["A tag with this title exists"] },
      formErrors: [],
    });
    const onDescription = { ...detail, code: "too_rude", message: "Too rude", param: "description" };
    api.failNext({ kind: "status", status: 409, body: { detail: onDescription } });
    expect(await failure(client.createTag({ title: "Refund" }))).toMatchObject({
      kind: "server",
      fieldErrors: { description: ["Too rude"] },
      formErrors: [],
    });
  });

  it("puts a newer-shape detail with an unknown param into formErrors, naming the param", async () => {
    const detail = { type: "invalid_request_error", code: "bad", message: "Not allowed", request_id: "req_3", param: "color" };
    api.failNext({ kind: "status", status: 400, body: { detail } });
    expect(await failure(client.createTag({ title: "Refund" }))).toMatchObject({ fieldErrors: {}, formErrors: ["color: Not allowed"] });
  });

  it("keeps the words of 422 items of an unexpected shape in formErrors", async () => {
    const detail = [
      { type: "value_error", msg: "Title is reserved" },
      { type: "value_error", loc: "title", msg: "Loc is not a list" },
      { message: "Said as message" },
      "A plain string",
      { loc: ["body", "title"], msg: "Normal one", type: "value_error" },
      42,
    ];
    api.failNext({ kind: "status", status: 422, body: { detail } });
    expect(await failure(client.createTag({ title: "Refund" }))).toMatchObject({
      kind: "validation",
      fieldErrors: { title: ["Normal one"] },
      formErrors: ["Title is reserved", "Loc is not a list", "Said as message", "A plain string"],
    });
  });

  it("carries the proxy's reason as code, and none when the body has none", async () => {
    const detail = { status: "forbidden_origin", message: "Cross-site requests to the tags API are refused." };
    api.failNext({ kind: "status", status: 403, body: { detail } });
    expect(await failure(client.createTag({ title: "x" }))).toMatchObject({ kind: "forbidden", code: "forbidden_origin" });
    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    expect((await failure(client.listTags())).code).toBeNull();
  });

  it("reads a plain-string detail, and a 403 and a 504 as their kinds", async () => {
    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    expect(await failure(client.listTags())).toMatchObject({ kind: "server", status: 500, formErrors: ["boom"] });
    api.failNext({ kind: "status", status: 403, body: { detail: "Not yours" } });
    expect(await failure(client.deleteTag("tag_1"))).toMatchObject({ kind: "forbidden", formErrors: ["Not yours"] });
    api.failNext({ kind: "status", status: 504 });
    expect(await failure(client.listTags())).toMatchObject({ kind: "timeout", status: 504 });
  });

  it("keeps a gateway's HTML page in body only, never in formErrors", async () => {
    api.failNext({ kind: "html" });
    const error = await failure(client.createTag({ title: "x" }));
    expect(error).toMatchObject({ kind: "server", status: 502, formErrors: [], fieldErrors: {} });
    expect(error.body).toEqual(expect.stringContaining("<h1>502 Bad Gateway</h1>"));
    expect(error.message).not.toContain("<");
  });

  it("reports an empty 503 as a server error with a null body", async () => {
    api.failNext({ kind: "status", status: 503 });
    expect(await failure(client.listTags())).toMatchObject({ kind: "server", status: 503, body: null, formErrors: [] });
  });

  it("reports a network failure as kind network, with no status", async () => {
    api.failNext({ kind: "network" });
    expect(await failure(client.createTag({ title: "x" }))).toMatchObject({ kind: "network", status: null });
    expect(api.tags()).toEqual([]);
  });

  it("reports a hung request as kind timeout after timeoutMs", async () => {
    api.failNext({ kind: "hang" });
    const impatient = createTagsClient({ baseUrl, timeoutMs: 50 });
    expect(await failure(impatient.listTags())).toMatchObject({ kind: "timeout", status: null });
  });

  it("rejects with the abort reason itself, not a TagsApiError, when the caller aborts", async () => {
    api.failNext({ kind: "hang" });
    const controller = new AbortController();
    const reason = new Error("navigated away");
    const pending = client.listTags({}, { signal: controller.signal });
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
  });

  it("reports a 200 that is not JSON, or not a tag, as invalid_response", async () => {
    api.failNext({ kind: "status", status: 200, body: "not json" });
    expect(await failure(client.getTag("tag_1"))).toMatchObject({ kind: "invalid_response", status: 200, body: "not json" });
    api.failNext({ kind: "status", status: 200, body: { tag_id: 5 } });
    expect(await failure(client.getTag("tag_1"))).toMatchObject({ kind: "invalid_response", body: { tag_id: 5 } });
  });
});

describe("TagsApiError", () => {
  it("reads Retry-After given as an HTTP date", async () => {
    const inTwoMinutes = new Date(Date.now() + 120_000).toUTCString();
    api.failNext({ kind: "status", status: 429, body: { detail: "slow down" }, headers: { "Retry-After": inTwoMinutes } });
    const error = await failure(client.listTags());
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(118);
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(120);
  });

  it("stays instanceof-safe for an error made by another copy of the kit", () => {
    // A second copy has its own class, but brands its instances with the same global symbol.
    const fromOtherCopy = Object.setPrototypeOf(new TagsApiError({ kind: "server" }), Error.prototype) as unknown;
    expect(fromOtherCopy).toBeInstanceOf(TagsApiError);
    expect(new Error("plain")).not.toBeInstanceOf(TagsApiError);
    expect({ kind: "server" }).not.toBeInstanceOf(TagsApiError);
  });
});
