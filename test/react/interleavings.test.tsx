/**
 * Two writes at once with their answers in an order chosen by the test: the caches end where the
 * server is, without a refetch (issue 19, scenarios 1 and 2).
 */
import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagKeys, useAssignTags, useDeleteTag, useTag, useTags, useUpdateTag } from "../../src";
import { titlesIn } from "../support/fixtures";
import { holdNext, seedTags, startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";

const network = startMockNetwork();
const refused = { kind: "status", status: 500, body: { detail: "boom" } } as const;

// No background refresh may mend a wrong cache before the test looks.
const quietClient = () => new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });

describe("two writes at once", () => {
  it("keeps an id that a second assign added when the first assign of it fails afterwards", async () => {
    const api = seedTags(network, 3);
    const queryClient = quietClient();
    queryClient.setQueryData(tagKeys.conversation("c1"), ["tag_3"]);
    const { result } = renderHook(() => ({ first: useAssignTags(), second: useAssignTags() }), {
      wrapper: withProvider(queryClient),
    });
    // The handler registered last answers the first request.
    const secondHeld = holdNext(network, api, "post", "/v1/convai/conversations/c1/tags");
    const firstHeld = holdNext(network, api, "post", "/v1/convai/conversations/c1/tags");
    let first: Promise<unknown> = Promise.resolve();
    let second: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.first.mutateAsync({ conversationId: "c1", tagIds: ["tag_1"] }).catch(() => "failed");
    });
    await firstHeld.arrived;
    act(() => {
      second = result.current.second.mutateAsync({ conversationId: "c1", tagIds: ["tag_1"] });
    });
    await secondHeld.arrived;

    secondHeld.release();
    await act(async () => {
      await second;
    });
    api.failNext(refused);
    firstHeld.release();
    await act(async () => {
      expect(await first).toBe("failed");
    });

    expect(api.assignedTagIds("c1")).toEqual(["tag_1"]);
    expect(queryClient.getQueryData(tagKeys.conversation("c1"))).toEqual(["tag_3", "tag_1"]);
  });

  it("keeps a tag whose delete is pending out of a list refetched meanwhile", async () => {
    const api = seedTags(network, 3);
    const queryClient = quietClient();
    const { result } = renderHook(() => ({ list: useTags(), remove: useDeleteTag() }), {
      wrapper: withProvider(queryClient),
    });
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 3", "Tag 2", "Tag 1"]);
    });
    const held = holdNext(network, api, "delete", "/v1/convai/tags/tag_2");
    let deleted: Promise<unknown> = Promise.resolve();
    act(() => {
      deleted = result.current.remove.mutateAsync("tag_2");
    });
    await held.arrived;

    // Another part of the page refetches the list; the server still has the tag.
    await act(async () => {
      await queryClient.refetchQueries({ queryKey: tagKeys.lists() });
    });
    expect(titlesIn(queryClient.getQueryData(tagKeys.list()))).toEqual(["Tag 3", "Tag 1"]);

    held.release();
    await act(async () => {
      await deleted;
    });
    expect(titlesIn(queryClient.getQueryData(tagKeys.list()))).toEqual(["Tag 3", "Tag 1"]);
  });

  it("brings a tag back with its new title when a delete is refused after a rename landed", async () => {
    const api = seedTags(network, 3);
    const queryClient = quietClient();
    const { result } = renderHook(
      () => ({ list: useTags(), detail: useTag("tag_2"), update: useUpdateTag(), remove: useDeleteTag() }),
      { wrapper: withProvider(queryClient) },
    );
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 3", "Tag 2", "Tag 1"]);
      expect(result.current.detail.data?.title).toBe("Tag 2");
    });
    const updateHeld = holdNext(network, api, "patch", "/v1/convai/tags/tag_2");
    const deleteHeld = holdNext(network, api, "delete", "/v1/convai/tags/tag_2");
    let updated: Promise<unknown> = Promise.resolve();
    let deleted: Promise<unknown> = Promise.resolve();
    act(() => {
      updated = result.current.update.mutateAsync({ tagId: "tag_2", changes: { title: "New title" } });
      deleted = result.current.remove.mutateAsync("tag_2").catch(() => "refused");
    });
    await Promise.all([updateHeld.arrived, deleteHeld.arrived]);
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 3", "Tag 1"]);
    });

    updateHeld.release();
    await act(async () => {
      await updated;
    });
    api.failNext(refused);
    deleteHeld.release();
    let cached: { list: string[]; detail: string | undefined } | undefined;
    await act(async () => {
      expect(await deleted).toBe("refused");
      // Read at once: the background refresh has been asked for but has not answered yet.
      cached = {
        list: titlesIn(queryClient.getQueryData(tagKeys.list())),
        detail: queryClient.getQueryData<{ title: string }>(tagKeys.detail("tag_2"))?.title,
      };
    });

    expect(api.tags().map((tag) => tag.title)).toEqual(["Tag 3", "New title", "Tag 1"]);
    expect(cached).toEqual({ list: ["Tag 3", "New title", "Tag 1"], detail: "New title" });
  });
});
