import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagKeys, useTag, useTags, useUpdateTag } from "../../src";
import { titlesIn } from "../support/fixtures";
import { holdNext, seedTags, startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";

const network = startMockNetwork();

describe("useUpdateTag", () => {
  it("patches the tag in every cached list and its detail without waiting for a refetch", async () => {
    seedTags(network, 3);
    const queryClient = new QueryClient();
    const seen: unknown[] = [];
    // The caller's onSuccess runs before any refetch is started: what it sees is the kit's patch.
    const { result } = renderHook(
      () => ({
        small: useTags({ page_size: 2 }),
        big: useTags({ page_size: 50 }),
        detail: useTag("tag_3"),
        update: useUpdateTag({
          onSuccess: () => {
            seen.push(
              titlesIn(queryClient.getQueryData(tagKeys.list({ page_size: 2 }))),
              titlesIn(queryClient.getQueryData(tagKeys.list({ page_size: 50 }))),
              queryClient.getQueryData<{ title: string }>(tagKeys.detail("tag_3"))?.title,
            );
          },
        }),
      }),
      { wrapper: withProvider(queryClient) },
    );
    await waitFor(() => {
      expect(result.current.detail.data?.title).toBe("Tag 3");
      expect(titlesIn(result.current.small.data)).toEqual(["Tag 3", "Tag 2"]);
      expect(titlesIn(result.current.big.data)).toEqual(["Tag 3", "Tag 2", "Tag 1"]);
    });

    await act(async () => {
      await result.current.update.mutateAsync({ tagId: "tag_3", changes: { title: "Billing" } });
    });
    expect(seen).toEqual([["Billing", "Tag 2"], ["Billing", "Tag 2", "Tag 1"], "Billing"]);
  });

  it("drops a tag the API says is gone (404) from the lists", async () => {
    const api = seedTags(network, 2);
    const { result } = renderHook(() => ({ list: useTags(), update: useUpdateTag() }), {
      wrapper: withProvider(new QueryClient()),
    });
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 2", "Tag 1"]);
    });
    await api.fetch(new Request("http://api.test/v1/convai/tags/tag_2", { method: "DELETE" }));

    await act(async () => {
      await result.current.update.mutateAsync({ tagId: "tag_2", changes: { title: "x" } }).catch(() => undefined);
    });
    expect(result.current.update.error?.kind).toBe("not_found");
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 1"]);
    });
  });

  it("lets two updates on different tags at once both land", async () => {
    const api = seedTags(network, 2);
    const queryClient = new QueryClient();
    const { result } = renderHook(() => ({ list: useTags(), a: useUpdateTag(), b: useUpdateTag() }), {
      wrapper: withProvider(queryClient),
    });
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 2", "Tag 1"]);
    });
    const slow = holdNext(network, api, "patch", "/v1/convai/tags/tag_2");
    let first: Promise<unknown> = Promise.resolve();
    act(() => {
      first = result.current.a.mutateAsync({ tagId: "tag_2", changes: { title: "Two" } });
    });
    await slow.arrived;
    await act(async () => {
      await result.current.b.mutateAsync({ tagId: "tag_1", changes: { title: "One" } });
    });
    slow.release();
    await act(async () => {
      await first;
    });
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Two", "One"]);
    });
  });
});

describe("useTag", () => {
  it("passes react-query's options through (select, enabled)", async () => {
    seedTags(network, 1);
    const queryClient = new QueryClient();
    const { result, rerender } = renderHook(
      ({ enabled }: { enabled: boolean }) => useTag("tag_1", { enabled, select: (t) => t.title.toUpperCase() }),
      { wrapper: withProvider(queryClient), initialProps: { enabled: false } },
    );
    expect(result.current.fetchStatus).toBe("idle");
    expect(queryClient.getQueryState(tagKeys.detail("tag_1"))?.dataUpdateCount ?? 0).toBe(0);
    rerender({ enabled: true });
    await waitFor(() => {
      expect(result.current.data).toBe("TAG 1");
    });
  });

  it("reports a deleted tag as not_found and drops it from the lists", async () => {
    const api = seedTags(network, 2);
    const queryClient = new QueryClient();
    const list = renderHook(() => useTags(), { wrapper: withProvider(queryClient) });
    await waitFor(() => {
      expect(titlesIn(list.result.current.data)).toEqual(["Tag 2", "Tag 1"]);
    });
    await api.fetch(new Request("http://api.test/v1/convai/tags/tag_2", { method: "DELETE" }));

    const { result } = renderHook(() => useTag("tag_2"), { wrapper: withProvider(queryClient) });
    await waitFor(() => {
      expect(result.current.error?.kind).toBe("not_found");
    });
    expect(titlesIn(queryClient.getQueryData(tagKeys.list()))).toEqual(["Tag 1"]);
  });
});
