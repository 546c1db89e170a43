import { getResponse } from "msw";
import { describe, expect, it } from "vitest";
import { createTagsClient, type ConversationSummary, type ListConversationsPage } from "../../src";
import { createTagsHandlers } from "../../src/msw";
import { createMockTagsApi, type MockTagsApi, type MockTagsApiOptions } from "../../src/server";
import { callMock, MOCK_ORIGIN, type Answer } from "../support/callMock";
import { sampleConversations, storyClock, tags } from "../support/fixtures";

const TAG_IDS = ["tag_1", "tag_2", "tag_3"];
/**
 * conv_001 [], conv_002 [tag_1], conv_003 [tag_2, tag_3], conv_004 [], conv_005 [tag_1],
 * conv_006 [tag_2, tag_3], conv_007 [], conv_008 [tag_1]; agents cycle support, sales, billing.
 */
const seeded = () => sampleConversations(8, { tagIds: TAG_IDS });

function mockApi(options: MockTagsApiOptions = {}): MockTagsApi {
  return createMockTagsApi({ tags: tags(3), conversations: seeded(), ...options });
}

/** `GET /v1/convai/conversations?<query>` straight to the mock. */
function list(api: MockTagsApi, query = ""): Promise<Answer> {
  return callMock(api, "GET", `/v1/convai/conversations${query === "" ? "" : `?${query}`}`);
}

/** The ids a successful list answer carries, in order. */
async function idsOf(api: MockTagsApi, query = ""): Promise<string[]> {
  const { status, body } = await list(api, query);
  expect(status).toBe(200);
  return (body as ListConversationsPage).conversations.map((c) => c.conversation_id);
}

/** The `tag_ids` the list shows for each conversation, by id. */
async function tagIdsListed(api: MockTagsApi): Promise<Record<string, unknown>> {
  const { body } = await list(api, "page_size=100");
  return Object.fromEntries((body as ListConversationsPage).conversations.map((c) => [c.conversation_id, c.tag_ids]));
}

/** Start time of `conv_00<n>` in the seeded set. */
const startOf = (n: number) => storyClock() / 1000 - 900 * n;

describe("createMockTagsApi: listing conversations", () => {
  it("lists newest first by start time whatever order they were seeded in, 30 a page by default", async () => {
    const api = createMockTagsApi({ conversations: sampleConversations(35).reverse() });
    const { status, headers, body } = await list(api);
    expect(status).toBe(200);
    expect(headers.get("content-type")).toBe("application/json");
    const page = body as ListConversationsPage;
    expect(page.conversations.map((c) => c.conversation_id)).toEqual(
      Array.from({ length: 30 }, (_, i) => `conv_${String(i + 1).padStart(3, "0")}`),
    );
    expect(page).toMatchObject({ has_more: true, next_cursor: expect.any(String) as unknown });
  });

  it("passes every field it does not read through untouched, and leaves transcript_summary out by default", async () => {
    const [first] = sampleConversations(1);
    if (!first) throw new Error("no sample");
    const extra = {
      branch_id: "agtbrch_1",
      termination_reason: "end_call tool",
      data_collection_results: { order_id: { value: "A-17", rationale: "said so" } },
      unknown_future_field: [1, { nested: true }],
    };
    const api = createMockTagsApi({ tags: tags(1), conversations: [{ ...first, ...extra, tag_ids: ["tag_1"] }] });
    const withoutSummary: Record<string, unknown> = { ...first };
    delete withoutSummary.transcript_summary;
    expect((await list(api)).body).toEqual({
      conversations: [{ ...withoutSummary, ...extra, tag_ids: ["tag_1"] }],
      next_cursor: null,
      has_more: false,
    });
    expect(first.rating).toBe(5);
    expect((await list(api, "summary_mode=include")).body).toMatchObject({
      conversations: [{ ...first, ...extra, tag_ids: ["tag_1"] }],
    });
  });

  it("includes transcript_summary with summary_mode=include and leaves it out with exclude", async () => {
    const api = mockApi();
    const included = (await list(api, "summary_mode=include")).body as ListConversationsPage;
    expect(included.conversations.map((c) => c.transcript_summary)).toEqual(seeded().map((c) => c.transcript_summary));
    const excluded = (await list(api, "summary_mode=exclude")).body as ListConversationsPage;
    expect(excluded.conversations.filter((c) => "transcript_summary" in c)).toEqual([]);
  });

  it("shows tag_ids as an empty array for a conversation seeded without any", async () => {
    const [first] = sampleConversations(1);
    if (!first) throw new Error("no sample");
    const untagged = { ...first };
    delete untagged.tag_ids;
    const api = createMockTagsApi({ conversations: [untagged, { ...first, conversation_id: "conv_null", tag_ids: null }] });
    expect(await tagIdsListed(api)).toEqual({ conv_001: [], conv_null: [] });
  });

  it("pages with the cursor until has_more is false, each conversation exactly once", async () => {
    const api = mockApi();
    const seen: string[] = [];
    const hasMore: boolean[] = [];
    let cursor: string | null | undefined = null;
    do {
      const { body } = await list(api, `page_size=3${cursor ? `&cursor=${cursor}` : ""}`);
      const page = body as ListConversationsPage;
      seen.push(...page.conversations.map((c) => c.conversation_id));
      hasMore.push(page.has_more);
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toEqual(seeded().map((c) => c.conversation_id));
    expect(hasMore).toEqual([true, true, false]);
  });

  it("keeps conversations that started in the same second in the order given, across pages", async () => {
    const [a, b, c] = sampleConversations(3);
    if (!a || !b || !c) throw new Error("no samples");
    const same = a.start_time_unix_secs;
    const api = createMockTagsApi({
      conversations: [{ ...c, start_time_unix_secs: same }, a, { ...b, start_time_unix_secs: same }],
    });
    expect(await idsOf(api)).toEqual(["conv_003", "conv_001", "conv_002"]);
    const first = (await list(api, "page_size=2")).body as ListConversationsPage;
    expect(await idsOf(api, `page_size=2&cursor=${first.next_cursor ?? ""}`)).toEqual(["conv_002"]);
  });

  it("continues after the last conversation sent, though the filter's matches changed between pages", async () => {
    const api = mockApi();
    const first = (await list(api, "tag_ids=tag_1&page_size=1")).body as ListConversationsPage;
    expect(first.conversations.map((c) => c.conversation_id)).toEqual(["conv_002"]);
    // conv_001 is newer than the cursor, conv_004 older: only the latter joins the next pages.
    await callMock(api, "POST", "/v1/convai/conversations/conv_001/tags", { json: { tag_ids: ["tag_1"] } });
    await callMock(api, "POST", "/v1/convai/conversations/conv_004/tags", { json: { tag_ids: ["tag_1"] } });
    expect(await idsOf(api, `tag_ids=tag_1&page_size=10&cursor=${first.next_cursor ?? ""}`)).toEqual([
      "conv_004",
      "conv_005",
      "conv_008",
    ]);
  });

  it("answers a cursor it did not issue with 400 invalid_cursor, and a bare cursor= with the first page", async () => {
    const api = mockApi();
    for (const cursor of ["garbage", btoa("{}"), btoa(JSON.stringify({ before: 1.5 }))]) {
      const { status, body } = await list(api, `cursor=${encodeURIComponent(cursor)}`);
      expect(status).toBe(400);
      expect(body).toEqual({ detail: { status: "invalid_cursor", message: "The cursor is not valid" } });
    }
    expect(await idsOf(api, "cursor=")).toEqual(await idsOf(api));
  });
});

describe("createMockTagsApi: conversation filters", () => {
  it("filters by one tag id", async () => {
    expect(await idsOf(mockApi(), "tag_ids=tag_1")).toEqual(["conv_002", "conv_005", "conv_008"]);
  });

  it("keeps conversations with any of several tag ids by default", async () => {
    const api = mockApi();
    expect(await idsOf(api, "tag_ids=tag_1&tag_ids=tag_3")).toEqual(["conv_002", "conv_003", "conv_005", "conv_006", "conv_008"]);
    expect(await idsOf(mockApi({ tagFilterMatch: "any" }), "tag_ids=tag_1&tag_ids=tag_3")).toHaveLength(5);
  });

  it("keeps only conversations with all of the tag ids when tagFilterMatch is all", async () => {
    const api = mockApi({ tagFilterMatch: "all" });
    expect(await idsOf(api, "tag_ids=tag_3&tag_ids=tag_2")).toEqual(["conv_003", "conv_006"]);
    expect(await idsOf(api, "tag_ids=tag_1&tag_ids=tag_3")).toEqual([]);
    expect(await idsOf(api, "tag_ids=tag_1")).toEqual(["conv_002", "conv_005", "conv_008"]);
  });

  it("matches no conversation for a tag id no conversation carries", async () => {
    expect(await idsOf(mockApi(), "tag_ids=tag_unknown")).toEqual([]);
  });

  it("takes up to 50 tag ids and answers 51 with pydantic's too_long 422", async () => {
    const api = mockApi();
    const ids = (n: number) => Array.from({ length: n }, (_, i) => `tag_${String(i + 1)}`);
    const query = (n: number) => ids(n).map((id) => `tag_ids=${id}`).join("&");
    expect(await idsOf(api, query(50))).toHaveLength(5);
    const { status, body } = await list(api, query(51));
    expect(status).toBe(422);
    expect(body).toEqual({
      detail: [
        {
          type: "too_long",
          loc: ["query", "tag_ids"],
          msg: "List should have at most 50 items after validation, not 51",
          input: ids(51),
          ctx: { field_type: "List", max_length: 50, actual_length: 51 },
        },
      ],
    });
  });

  it("filters by the exact agent_id", async () => {
    const api = mockApi();
    expect(await idsOf(api, "agent_id=agent_sales")).toEqual(["conv_002", "conv_005", "conv_008"]);
    expect(await idsOf(api, "agent_id=agent_sale")).toEqual([]);
    expect(await idsOf(api, "agent_id=AGENT_SALES")).toEqual([]);
    expect(await idsOf(api, "agent_id=")).toHaveLength(8);
  });

  it("searches title, transcript summary and agent name as case-insensitive substrings", async () => {
    const api = mockApi();
    expect(await idsOf(api, "search=REFUND")).toEqual(["conv_001"]);
    // Words only in conv_007's summary, which the default summary_mode leaves out of the answer.
    expect(await idsOf(api, "search=bug%20report%20was%20filed")).toEqual(["conv_007"]);
    expect(await idsOf(api, "search=billing%20desk")).toEqual(["conv_003", "conv_006"]);
    expect(await idsOf(api, "search=no%20call%20says%20this")).toEqual([]);
  });

  it("filters by start time: after is exclusive, before inclusive", async () => {
    const api = mockApi();
    expect(await idsOf(api, `call_start_after_unix=${String(startOf(3))}`)).toEqual(["conv_001", "conv_002"]);
    expect(await idsOf(api, `call_start_before_unix=${String(startOf(6))}`)).toEqual(["conv_006", "conv_007", "conv_008"]);
    const between = `call_start_after_unix=${String(startOf(5))}&call_start_before_unix=${String(startOf(3))}`;
    expect(await idsOf(api, between)).toEqual(["conv_003", "conv_004"]);
  });

  it("combines filters, and pages what they keep", async () => {
    const api = mockApi();
    // Tagged tag_1 or tag_2: conv_002, 003, 005, 006, 008; about a plan: conv_003 and conv_008.
    const query = "tag_ids=tag_1&tag_ids=tag_2&search=plan&page_size=1";
    const first = (await list(api, query)).body as ListConversationsPage;
    expect(first).toMatchObject({ conversations: [{ conversation_id: "conv_003" }], has_more: true });
    expect(await idsOf(api, `${query}&cursor=${first.next_cursor ?? ""}`)).toEqual(["conv_008"]);
    expect(await idsOf(api, `${query}&agent_id=agent_sales`)).toEqual(["conv_008"]);
    expect(await idsOf(api, `${query}&call_start_before_unix=${String(startOf(4))}`)).toEqual(["conv_008"]);
  });
});

describe("createMockTagsApi: the conversations list's 422s", () => {
  const intError = (name: string, input: string) => ({
    type: "int_parsing",
    loc: ["query", name],
    msg: "Input should be a valid integer, unable to parse string as an integer",
    input,
  });

  it("refuses start times that are not integers", async () => {
    const api = mockApi();
    for (const [name, input] of [["call_start_after_unix", "soon"], ["call_start_before_unix", "1.5"], ["call_start_after_unix", ""]] as const) {
      const { status, body } = await list(api, `${name}=${input}`);
      expect(status).toBe(422);
      expect(body).toEqual({ detail: [intError(name, input)] });
    }
  });

  it("refuses a page_size outside 1..100 as the tags list does", async () => {
    const api = mockApi();
    expect((await list(api, "page_size=0")).body).toEqual({
      detail: [{ type: "greater_than_equal", loc: ["query", "page_size"], msg: "Input should be greater than or equal to 1", input: "0", ctx: { ge: 1 } }],
    });
    expect((await list(api, "page_size=101")).body).toEqual({
      detail: [{ type: "less_than_equal", loc: ["query", "page_size"], msg: "Input should be less than or equal to 100", input: "101", ctx: { le: 100 } }],
    });
    expect(await idsOf(api, "page_size=100")).toHaveLength(8);
  });

  it("refuses a summary_mode other than include or exclude with pydantic's literal_error", async () => {
    const { status, body } = await list(mockApi(), "summary_mode=full");
    expect(status).toBe(422);
    expect(body).toEqual({
      detail: [
        {
          type: "literal_error",
          loc: ["query", "summary_mode"],
          msg: "Input should be 'exclude' or 'include'",
          input: "full",
          ctx: { expected: "'exclude' or 'include'" },
        },
      ],
    });
  });

  it("reports every invalid parameter at once, in the API's parameter order, before reading the cursor", async () => {
    const { status, body } = await list(mockApi(), "summary_mode=x&page_size=a&call_start_after_unix=b&call_start_before_unix=c&cursor=bad");
    expect(status).toBe(422);
    const { detail } = body as { detail: { loc: string[] }[] };
    expect(detail.map((issue) => issue.loc[1])).toEqual(["call_start_before_unix", "call_start_after_unix", "page_size", "summary_mode"]);
  });
});

describe("createMockTagsApi: conversations and tag writes", () => {
  it("shows assigned tags after the ones a conversation had, and drops unassigned ones", async () => {
    const api = mockApi();
    await callMock(api, "POST", "/v1/convai/conversations/conv_002/tags", { json: { tag_ids: ["tag_3", "tag_1"] } });
    await callMock(api, "POST", "/v1/convai/conversations/conv_001/tags", { json: { tag_ids: ["tag_2"] } });
    await callMock(api, "DELETE", "/v1/convai/conversations/conv_003/tags/tag_2");
    expect(await tagIdsListed(api)).toMatchObject({ conv_001: ["tag_2"], conv_002: ["tag_1", "tag_3"], conv_003: ["tag_3"] });
    expect(await idsOf(api, "tag_ids=tag_2")).toEqual(["conv_001", "conv_006"]);
    expect(api.conversations().find((c) => c.conversation_id === "conv_002")?.tag_ids).toEqual(["tag_1", "tag_3"]);
  });

  it("assigns to a conversation it does not list, which stays unlisted", async () => {
    const api = mockApi();
    const { status } = await callMock(api, "POST", "/v1/convai/conversations/conv_elsewhere/tags", { json: { tag_ids: ["tag_1"] } });
    expect(status).toBe(204);
    expect(api.assignedTagIds("conv_elsewhere")).toEqual(["tag_1"]);
    expect(await idsOf(api, "tag_ids=tag_1")).toEqual(["conv_002", "conv_005", "conv_008"]);
  });

  it("takes a deleted tag off every conversation", async () => {
    const api = mockApi();
    expect((await callMock(api, "DELETE", "/v1/convai/tags/tag_2")).status).toBe(204);
    expect(await tagIdsListed(api)).toMatchObject({ conv_003: ["tag_3"], conv_006: ["tag_3"] });
    expect(await idsOf(api, "tag_ids=tag_2")).toEqual([]);
    expect(api.conversations().flatMap((c) => c.tag_ids ?? [])).not.toContain("tag_2");
    expect(api.assignedTagIds("conv_003")).toEqual(["tag_3"]);
  });

  it("reset() brings back the seeded conversations and their tags", async () => {
    const api = mockApi();
    const initial = api.conversations();
    await callMock(api, "POST", "/v1/convai/conversations/conv_001/tags", { json: { tag_ids: ["tag_1"] } });
    await callMock(api, "DELETE", "/v1/convai/conversations/conv_002/tags/tag_1");
    await callMock(api, "DELETE", "/v1/convai/tags/tag_3");
    expect(api.conversations()).not.toEqual(initial);
    api.reset();
    expect(api.conversations()).toEqual(initial);
    expect(await tagIdsListed(api)).toMatchObject({ conv_001: [], conv_002: ["tag_1"], conv_003: ["tag_2", "tag_3"] });
  });

  it("conversations() gives copies, newest first, with every field and the current tag_ids", async () => {
    const seeds = seeded();
    const api = createMockTagsApi({ tags: tags(3), conversations: [...seeds].reverse() });
    expect(api.conversations()).toEqual(seeds);
    await callMock(api, "POST", "/v1/convai/conversations/conv_001/tags", { json: { tag_ids: ["tag_3"] } });
    expect(api.conversations()[0]?.tag_ids).toEqual(["tag_3"]);
    // Changing a copy, or the seeds themselves, changes nothing the mock serves.
    const copy = api.conversations()[1] as ConversationSummary & { call_summary_title: string };
    copy.call_summary_title = "Changed";
    copy.tag_ids?.push("tag_1");
    if (seeds[2]) seeds[2].call_summary_title = "Changed too";
    expect(api.conversations().map((c) => c.call_summary_title)).not.toContain("Changed");
    expect(api.conversations().map((c) => c.call_summary_title)).not.toContain("Changed too");
    expect(api.conversations()[1]?.tag_ids).toEqual(["tag_1"]);
  });
});

describe("the conversations list through the kit's client and MSW", () => {
  it("reads filtered pages with createTagsClient", async () => {
    const api = mockApi({ apiKey: "key" });
    const client = createTagsClient({
      baseUrl: MOCK_ORIGIN,
      headers: { "xi-api-key": "key" },
      fetch: (input, init) => api.fetch(new Request(input, init)),
    });
    const first = await client.listConversations({ tag_ids: ["tag_3", "tag_1"], page_size: 3, summary_mode: "include" });
    expect(first.conversations.map((c) => [c.conversation_id, c.tag_ids, c.rating])).toEqual([
      ["conv_002", ["tag_1"], 4],
      ["conv_003", ["tag_2", "tag_3"], 3],
      ["conv_005", ["tag_1"], 1],
    ]);
    expect(first.conversations[0]?.transcript_summary).toEqual(expect.any(String));
    const rest = await client.listConversations({ tag_ids: ["tag_1", "tag_3"], page_size: 3, cursor: first.next_cursor ?? null });
    expect(rest).toMatchObject({ has_more: false, next_cursor: null });
    expect(rest.conversations.map((c) => c.conversation_id)).toEqual(["conv_006", "conv_008"]);
    await expect(createTagsClient({ baseUrl: MOCK_ORIGIN, fetch: (input, init) => api.fetch(new Request(input, init)) }).listConversations()).rejects.toMatchObject({ status: 401 });
  });

  it("is served by the MSW handlers too", async () => {
    const api = mockApi();
    const handlers = createTagsHandlers({ api, baseUrl: "http://127.0.0.1:9/api/elevenlabs" });
    const response = await getResponse(handlers, new Request("http://127.0.0.1:9/api/elevenlabs/v1/convai/conversations?tag_ids=tag_2"));
    expect(response?.status).toBe(200);
    const page = (await response?.json()) as ListConversationsPage;
    expect(page.conversations.map((c) => c.conversation_id)).toEqual(["conv_003", "conv_006"]);
  });
});

describe("sampleConversations", () => {
  it("is deterministic: conv_001 onwards, 15 minutes apart before storyClock(), three agents, tags round-robin", () => {
    const sample = sampleConversations(7, { tagIds: ["a", "b"] });
    expect(sample).toEqual(sampleConversations(7, { tagIds: ["a", "b"] }));
    expect(sample.map((c) => c.conversation_id)).toEqual(["conv_001", "conv_002", "conv_003", "conv_004", "conv_005", "conv_006", "conv_007"]);
    expect(sample.map((c) => c.start_time_unix_secs)).toEqual([1, 2, 3, 4, 5, 6, 7].map(startOf));
    expect(new Set(sample.map((c) => c.agent_name))).toEqual(new Set(["Support Agent", "Sales Assistant", "Billing Desk"]));
    expect(sample.map((c) => c.tag_ids)).toEqual([[], ["a"], ["b", "a"], [], ["b"], ["a", "b"], []]);
    expect(new Set(sample.map((c) => c.status)).size).toBeGreaterThan(1);
    expect(new Set(sample.map((c) => c.call_successful)).size).toBeGreaterThan(1);
    expect(new Set(sample.map((c) => c.call_duration_secs)).size).toBe(7);
    expect(sampleConversations(2).map((c) => c.tag_ids)).toEqual([[], []]);
  });
});
