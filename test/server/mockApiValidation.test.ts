import { describe, expect, it } from "vitest";
import { TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH } from "../../src";
import { createMockTagsApi } from "../../src/server";
import { callMock, type CallInit } from "../support/callMock";
import { tag } from "../support/fixtures";

const api = createMockTagsApi({ tags: [tag(1, "T")] });

async function detail(method: string, path: string, init: CallInit): Promise<unknown> {
  const { status, body, headers } = await callMock(api, method, path, init);
  expect(status).toBe(422);
  expect(headers.get("content-type")).toBe("application/json");
  return (body as { detail: unknown }).detail;
}

const create = (init: CallInit) => detail("POST", "/v1/convai/tags", init);
const raw = (body: string): CallInit => ({ body, headers: { "content-type": "application/json" } });

describe("createMockTagsApi: pydantic's 422s", () => {
  it(`accepts a title of ${String(TAG_TITLE_MAX_LENGTH)} emoji, counting code points as Python does`, async () => {
    const title = "😀".repeat(TAG_TITLE_MAX_LENGTH);
    expect(await callMock(api, "POST", "/v1/convai/tags", { json: { title } })).toMatchObject({ status: 200, body: { title } });
  });

  it("refuses one emoji more with string_too_long", async () => {
    const title = "😀".repeat(TAG_TITLE_MAX_LENGTH + 1);
    expect(await create({ json: { title } })).toEqual([
      {
        type: "string_too_long",
        loc: ["body", "title"],
        msg: `String should have at most ${String(TAG_TITLE_MAX_LENGTH)} characters`,
        input: title,
        ctx: { max_length: TAG_TITLE_MAX_LENGTH },
      },
    ]);
  });

  it("refuses an empty title with string_too_short, but takes spaces as pydantic does not trim", async () => {
    expect(await create({ json: { title: "" } })).toEqual([
      { type: "string_too_short", loc: ["body", "title"], msg: "String should have at least 1 character", input: "", ctx: { min_length: 1 } },
    ]);
    expect((await callMock(api, "POST", "/v1/convai/tags", { json: { title: "   " } })).status).toBe(200);
  });

  it("reports a missing title with the whole body as input, and every bad field at once", async () => {
    const body = { description: 7 };
    expect(await create({ json: body })).toEqual([
      { type: "missing", loc: ["body", "title"], msg: "Field required", input: body },
      { type: "string_type", loc: ["body", "description"], msg: "Input should be a valid string", input: 7 },
    ]);
  });

  it("refuses a description past its limit on create and on patch", async () => {
    const description = "d".repeat(TAG_DESCRIPTION_MAX_LENGTH + 1);
    const expected = [
      {
        type: "string_too_long",
        loc: ["body", "description"],
        msg: `String should have at most ${String(TAG_DESCRIPTION_MAX_LENGTH)} characters`,
        input: description,
        ctx: { max_length: TAG_DESCRIPTION_MAX_LENGTH },
      },
    ];
    expect(await create({ json: { title: "x", description } })).toEqual(expected);
    expect(await detail("PATCH", "/v1/convai/tags/tag_1", { json: { description } })).toEqual(expected);
  });

  it("refuses a title with an unpaired surrogate with string_unicode", async () => {
    expect(await create(raw('{"title":"a\\ud800"}'))).toEqual([
      {
        type: "string_unicode",
        loc: ["body", "title"],
        msg: "Input should be a valid string, unable to parse raw data as a unicode string",
        input: "a\ud800",
      },
    ]);
  });

  it("reports broken JSON as json_invalid at Python's position, in code points", async () => {
    expect(await create(raw('{"title": "x",}'))).toEqual([
      {
        type: "json_invalid",
        loc: ["body", 14],
        msg: "JSON decode error",
        input: {},
        ctx: { error: "Expecting property name enclosed in double quotes" },
      },
    ]);
    expect(await create(raw('{"title":"😀" x}'))).toMatchObject([{ loc: ["body", 13], ctx: { error: "Expecting ',' delimiter" } }]);
    expect(await create(raw("  "))).toMatchObject([{ loc: ["body", 2], ctx: { error: "Expecting value" } }]);
  });

  it("answers 400 for a body that is not UTF-8", async () => {
    const body = new Uint8Array([0x7b, 0x22, 0xc0, 0x22, 0x7d]);
    const answer = await callMock(api, "POST", "/v1/convai/tags", { body, headers: { "content-type": "application/json" } });
    expect(answer).toMatchObject({ status: 400, body: { detail: "There was an error parsing the body" } });
  });

  it("refuses a body that is not an object with model_attributes_type, and no body with missing", async () => {
    const notObject = {
      type: "model_attributes_type",
      loc: ["body"],
      msg: "Input should be a valid dictionary or object to extract fields from",
    };
    expect(await create({ json: ["x"] })).toEqual([{ ...notObject, input: ["x"] }]);
    expect(await create({ body: '{"title":"x"}', headers: { "content-type": "text/plain" } })).toEqual([
      { ...notObject, input: '{"title":"x"}' },
    ]);
    const missing = [{ type: "missing", loc: ["body"], msg: "Field required", input: null }];
    expect(await create({ headers: { "content-type": "application/json" } })).toEqual(missing);
    expect(await create({ json: null })).toEqual(missing);
  });

  it("refuses a title that is not a string, on patch as well", async () => {
    expect(await detail("PATCH", "/v1/convai/tags/tag_1", { json: { title: 5 } })).toEqual([
      { type: "string_type", loc: ["body", "title"], msg: "Input should be a valid string", input: 5 },
    ]);
  });

  it("refuses an empty tag_ids with too_short and 51 with too_long", async () => {
    const path = "/v1/convai/conversations/conv_1/tags";
    expect(await detail("POST", path, { json: { tag_ids: [] } })).toEqual([
      {
        type: "too_short",
        loc: ["body", "tag_ids"],
        msg: "List should have at least 1 item after validation, not 0",
        input: [],
        ctx: { field_type: "List", min_length: 1, actual_length: 0 },
      },
    ]);
    const many = Array.from({ length: 51 }, () => "tag_1");
    expect(await detail("POST", path, { json: { tag_ids: many } })).toEqual([
      {
        type: "too_long",
        loc: ["body", "tag_ids"],
        msg: "List should have at most 50 items after validation, not 51",
        input: many,
        ctx: { field_type: "List", max_length: 50, actual_length: 51 },
      },
    ]);
    expect(await detail("POST", path, { json: { tag_ids: ["tag_1", 2] } })).toEqual([
      { type: "string_type", loc: ["body", "tag_ids", 1], msg: "Input should be a valid string", input: 2 },
    ]);
  });

  it("refuses a bad page_size with the query errors FastAPI gives", async () => {
    const loc = ["query", "page_size"];
    const list = (query: string) => detail("GET", `/v1/convai/tags?${query}`, {});
    expect(await list("page_size=abc")).toEqual([
      { type: "int_parsing", loc, msg: "Input should be a valid integer, unable to parse string as an integer", input: "abc" },
    ]);
    expect(await list("page_size=0")).toEqual([
      { type: "greater_than_equal", loc, msg: "Input should be greater than or equal to 1", input: "0", ctx: { ge: 1 } },
    ]);
    expect(await list("page_size=101")).toEqual([
      { type: "less_than_equal", loc, msg: "Input should be less than or equal to 100", input: "101", ctx: { le: 100 } },
    ]);
    expect((await callMock(api, "GET", "/v1/convai/tags?page_size=%201_0.0%20")).status).toBe(200);
  });
});

describe("createMockTagsApi({ titleMaxLength })", () => {
  const strict = createMockTagsApi({ titleMaxLength: 10, tags: [tag(1, "T")] });

  it("refuses a title the client would accept, on create and patch, with the stricter limit", async () => {
    const title = "x".repeat(11);
    const expected = {
      status: 422,
      body: { detail: [{ type: "string_too_long", msg: "String should have at most 10 characters", ctx: { max_length: 10 } }] },
    };
    expect(await callMock(strict, "POST", "/v1/convai/tags", { json: { title } })).toMatchObject(expected);
    expect(await callMock(strict, "PATCH", "/v1/convai/tags/tag_1", { json: { title } })).toMatchObject(expected);
    expect((await callMock(strict, "POST", "/v1/convai/tags", { json: { title: "x".repeat(10) } })).status).toBe(200);
  });
});
