import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  tagKeys,
  useAssignTags,
  useConversations,
  useDeleteTag,
  useUnassignTag,
  type ConversationFilters,
  type ConversationSummary,
} from "../../src";
import { createTagsHandlers } from "../../src/msw";
import { createMockTagsApi } from "../../src/server";
import { sampleConversations, tags } from "../support/fixtures";
import { baseUrl, holdNext, startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";

const network = startMockNetwork();

// tag_1..tag_4; conv_001 has no tags, conv_002 [tag_1], conv_003 [tag_2, tag_3], conv_004 none, …
function setUp(count = 9) {
  const api = createMockTagsApi({ tags: tags(4), conversations: sampleConversations(count, { tagIds: ["tag_1", "tag_2", "tag_3"] }) });
  network.server.use(...createTagsHandlers({ api, baseUrl }));
  const requests: string[] = [];
  network.server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    if (url.pathname.endsWith("/v1/convai/conversations")) requests.push(url.search);
  });
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return { api, queryClient, requests };
}

function renderLists(queryClient: QueryClient, filters: ConversationFilters[]) {
  return renderHook(
    () => ({
      lists: filters.map((f) => useConversations(f)),
      assign: useAssignTags(),
      unassign: useUnassignTag(),
      remove: useDeleteTag(),
    }),
    { wrapper: withProvider(queryClient) },
  );
}

type ListData = { pages: { conversations: ConversationSummary[] }[] } | undefined;
/** A list as the cache holds it now (a render may still be on its way). */
const cached = (queryClient: QueryClient, filters: ConversationFilters): ListData =>
  queryClient.getQueryData(tagKeys.conversationList(filters));
const rows = (data: { pages: { conversations: ConversationSummary[] }[] } | undefined) =>
  data?.pages.flatMap((page) => page.conversations) ?? [];
const tagsOf = (data: Parameters<typeof rows>[0], id: string) => rows(data).find((row) => row.conversation_id === id)?.tag_ids;

describe("useConversations", () => {
  it("lists the conversations carrying the filter's tags newest first, page by page, sending each tag id", async () => {
    const { api, queryClient, requests } = setUp();
    const { result } = renderLists(queryClient, [{ tag_ids: ["tag_3", "tag_1"], page_size: 2 }]);
    await waitFor(() => {
      expect(result.current.lists[0]?.isSuccess).toBe(true);
    });
    const expected = api
      .conversations()
      .filter((c) => (c.tag_ids ?? []).some((id) => id === "tag_1" || id === "tag_3"))
      .map((c) => c.conversation_id);
    expect(rows(result.current.lists[0]?.data).map((c) => c.conversation_id)).toEqual(expected.slice(0, 2));
    expect(new URLSearchParams(requests[0]).getAll("tag_ids")).toEqual(["tag_1", "tag_3"]);

    await act(async () => {
      await result.current.lists[0]?.fetchNextPage();
    });
    await waitFor(() => {
      expect(rows(result.current.lists[0]?.data).map((c) => c.conversation_id)).toEqual(expected.slice(0, 4));
    });
  });

  it("shares one cache entry and one request between filters that mean the same", async () => {
    const { queryClient, requests } = setUp();
    const { result } = renderLists(queryClient, [{ tag_ids: ["tag_2", "tag_1"] }, { tag_ids: ["tag_1", "tag_2", "tag_1"], search: "" }]);
    await waitFor(() => {
      expect(result.current.lists.every((list) => list.isSuccess)).toBe(true);
    });
    expect(requests).toHaveLength(1);
    expect(result.current.lists[0]?.data).toBe(result.current.lists[1]?.data);
  });

  it("shows an assign on the conversation's row in every cached list and in its own ids before the answer, and takes it back on a refusal", async () => {
    const { api, queryClient } = setUp();
    queryClient.setQueryData(tagKeys.conversation("conv_002"), ["tag_1"]);
    const { result } = renderLists(queryClient, [{}, { tag_ids: ["tag_1"] }]);
    await waitFor(() => {
      expect(result.current.lists.every((list) => list.isSuccess)).toBe(true);
    });
    const untouched = rows(result.current.lists[0]?.data).find((row) => row.conversation_id === "conv_001");

    const held = holdNext(network, api, "post", "/v1/convai/conversations/conv_002/tags");
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.assign.mutateAsync({ conversationId: "conv_002", tagIds: ["tag_4"] }).catch(() => undefined);
    });
    await held.arrived;
    await waitFor(() => {
      expect(tagsOf(result.current.lists[0]?.data, "conv_002")).toEqual(["tag_1", "tag_4"]);
    });
    expect(tagsOf(result.current.lists[1]?.data, "conv_002")).toEqual(["tag_1", "tag_4"]);
    expect(queryClient.getQueryData(tagKeys.conversation("conv_002"))).toEqual(["tag_1", "tag_4"]);
    // Rows the write did not touch keep their identity, so a memoised row does not render again.
    expect(rows(result.current.lists[0]?.data).find((row) => row.conversation_id === "conv_001")).toBe(untouched);

    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    held.release();
    await act(async () => {
      await done;
    });
    expect(tagsOf(cached(queryClient, {}), "conv_002")).toEqual(["tag_1"]);
    expect(tagsOf(cached(queryClient, { tag_ids: ["tag_1"] }), "conv_002")).toEqual(["tag_1"]);
    expect(queryClient.getQueryData(tagKeys.conversation("conv_002"))).toEqual(["tag_1"]);
  });

  it("keeps a row that lost the filter's tag in place until the list is fetched again", async () => {
    const { api, queryClient } = setUp();
    const { result } = renderLists(queryClient, [{ tag_ids: ["tag_1"] }]);
    await waitFor(() => {
      expect(result.current.lists[0]?.isSuccess).toBe(true);
    });
    const before = rows(result.current.lists[0]?.data).map((row) => row.conversation_id);
    expect(before).toContain("conv_002");

    await act(async () => {
      await result.current.unassign.mutateAsync({ conversationId: "conv_002", tagId: "tag_1" });
    });
    expect(api.assignedTagIds("conv_002")).toEqual([]);
    expect(rows(cached(queryClient, { tag_ids: ["tag_1"] })).map((row) => row.conversation_id)).toEqual(before);
    expect(tagsOf(cached(queryClient, { tag_ids: ["tag_1"] }), "conv_002")).toEqual([]);

    await act(async () => {
      await result.current.lists[0]?.refetch();
    });
    expect(rows(cached(queryClient, { tag_ids: ["tag_1"] })).map((row) => row.conversation_id)).toEqual(
      before.filter((id) => id !== "conv_002"),
    );
  });

  it("takes a deleted tag off every row at once", async () => {
    const { api, queryClient } = setUp();
    const { result } = renderLists(queryClient, [{}]);
    await waitFor(() => {
      expect(result.current.lists[0]?.isSuccess).toBe(true);
    });
    const carrying = rows(result.current.lists[0]?.data).filter((row) => row.tag_ids?.includes("tag_2"));
    expect(carrying.length).toBeGreaterThan(1);

    const held = holdNext(network, api, "delete", "/v1/convai/tags/tag_2");
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.remove.mutateAsync("tag_2");
    });
    await held.arrived;
    await waitFor(() => {
      expect(rows(result.current.lists[0]?.data).filter((row) => row.tag_ids?.includes("tag_2"))).toEqual([]);
    });
    held.release();
    await act(async () => {
      await done;
    });
    expect(rows(cached(queryClient, {})).filter((row) => row.tag_ids?.includes("tag_2"))).toEqual([]);
    expect(api.conversations().filter((row) => row.tag_ids?.includes("tag_2"))).toEqual([]);
  });
});
