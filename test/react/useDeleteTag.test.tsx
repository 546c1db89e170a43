import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagKeys, useDeleteTag, useTags } from "../../src";
import { titlesIn } from "../support/fixtures";
import { holdNext, seedTags, startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";

const network = startMockNetwork();

function renderList(queryClient = new QueryClient()) {
  const view = renderHook(() => ({ list: useTags({ page_size: 3 }), remove: useDeleteTag() }), {
    wrapper: withProvider(queryClient),
  });
  return { ...view, queryClient };
}

async function loaded(result: ReturnType<typeof renderList>["result"], titles: string[]) {
  await waitFor(() => {
    expect(titlesIn(result.current.list.data)).toEqual(titles);
  });
}

describe("useDeleteTag", () => {
  it("removes the tag from the cached list before the server answers", async () => {
    const api = seedTags(network, 3);
    const { result } = renderList();
    await loaded(result, ["Tag 3", "Tag 2", "Tag 1"]);
    const held = holdNext(network, api, "delete", "/v1/convai/tags/tag_2");

    act(() => {
      result.current.remove.mutate("tag_2");
    });
    await held.arrived;
    await loaded(result, ["Tag 3", "Tag 1"]);
    held.release();
    await waitFor(() => {
      expect(result.current.remove.isSuccess).toBe(true);
    });
    expect(api.tags().map((t) => t.title)).toEqual(["Tag 3", "Tag 1"]);
  });

  it("puts the tag back where it was when the API refuses", async () => {
    const api = seedTags(network, 3);
    const { result } = renderList();
    await loaded(result, ["Tag 3", "Tag 2", "Tag 1"]);

    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    await act(async () => {
      await result.current.remove.mutateAsync("tag_2").catch(() => undefined);
    });
    expect(result.current.remove.error?.kind).toBe("server");
    await loaded(result, ["Tag 3", "Tag 2", "Tag 1"]);
  });

  it("takes a 404 as success: the tag is already gone", async () => {
    const api = seedTags(network, 2);
    const { result } = renderList();
    await loaded(result, ["Tag 2", "Tag 1"]);
    // Someone else deleted it meanwhile: the API now answers 404.
    await api.fetch(new Request("http://api.test/v1/convai/tags/tag_2", { method: "DELETE" }));

    await act(async () => {
      await result.current.remove.mutateAsync("tag_2");
    });
    expect(result.current.remove.isSuccess).toBe(true);
    await loaded(result, ["Tag 1"]);
  });

  it("cancels a list refetch in flight, so it cannot bring the deleted tag back", async () => {
    const api = seedTags(network, 2);
    const { result, queryClient } = renderList();
    await loaded(result, ["Tag 2", "Tag 1"]);
    const staleList = holdNext(network, api, "get", "/v1/convai/tags");
    const refetch = queryClient.invalidateQueries({ queryKey: tagKeys.lists() });
    await staleList.arrived;

    await act(async () => {
      await result.current.remove.mutateAsync("tag_2");
    });
    // The held list answers now, with the state from before the delete: too late to count.
    staleList.release();
    await refetch;
    await loaded(result, ["Tag 1"]);
  });

  it("lets two deletes at once both land, even when one of them fails", async () => {
    const api = seedTags(network, 3);
    const queryClient = new QueryClient();
    const { result } = renderHook(
      () => ({ list: useTags({ page_size: 3 }), first: useDeleteTag(), second: useDeleteTag() }),
      { wrapper: withProvider(queryClient) },
    );
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 3", "Tag 2", "Tag 1"]);
    });
    const slow = holdNext(network, api, "delete", "/v1/convai/tags/tag_3");
    const refused = { kind: "status", status: 500, body: { detail: "boom" } } as const;

    let firstDone: Promise<unknown> = Promise.resolve();
    act(() => {
      firstDone = result.current.first.mutateAsync("tag_3").catch(() => undefined);
    });
    await slow.arrived;
    api.failNext(refused);
    await act(async () => {
      await result.current.second.mutateAsync("tag_1").catch(() => undefined);
    });
    // tag_1 came back; tag_3 is still gone while its delete runs.
    expect(titlesIn(queryClient.getQueryData(tagKeys.list({ page_size: 3 })))).toEqual(["Tag 2", "Tag 1"]);
    slow.release();
    await act(async () => {
      await firstDone;
    });
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 2", "Tag 1"]);
    });
  });

  it("runs the caller's callbacks after its own, with the caller's onMutate result", async () => {
    seedTags(network, 1);
    const queryClient = new QueryClient();
    const seen: unknown[] = [];
    const { result } = renderHook(
      () => ({
        list: useTags(),
        remove: useDeleteTag({
          onMutate: () => "mine",
          onSuccess: (_data, tagId, context) => {
            seen.push(tagId, context, titlesIn(queryClient.getQueryData(tagKeys.list())));
          },
        }),
      }),
      { wrapper: withProvider(queryClient) },
    );
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 1"]);
    });
    await act(async () => {
      await result.current.remove.mutateAsync("tag_1");
    });
    expect(seen).toEqual(["tag_1", "mine", []]);
  });
});
