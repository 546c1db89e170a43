import { QueryClient, useQueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagKeys, useCreateTag, useTags, useTagsClient, type ConversationTag } from "../../src";
import { seedTags, startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";

const network = startMockNetwork();
const { api, createRequests } = network;

describe("TagsApiProvider", () => {
  it("uses the host's QueryClient when the host has one", () => {
    const host = new QueryClient();
    const { result } = renderHook(() => useQueryClient(), { wrapper: withProvider(host) });
    expect(result.current).toBe(host);
  });

  it("brings its own QueryClient when the host has none", async () => {
    const { result } = renderHook(() => useTags(), { wrapper: withProvider() });
    await waitFor(() => {
      expect(result.current.isSuccess).toBe(true);
    });
  });

  it("refuses to give a client outside the provider", () => {
    expect(() => renderHook(() => useTagsClient())).toThrow(/TagsApiProvider/);
  });
});

describe("useCreateTag", () => {
  it("creates a tag, seeds its detail query and refreshes the lists", async () => {
    const queryClient = new QueryClient();
    const { result } = renderHook(() => ({ create: useCreateTag(), list: useTags() }), {
      wrapper: withProvider(queryClient),
    });
    await waitFor(() => {
      expect(result.current.list.data?.pages[0]?.conversation_tags).toEqual([]);
    });

    let created: ConversationTag | undefined;
    await act(async () => {
      created = await result.current.create.mutateAsync({ title: "Billing", description: null });
    });

    expect(created?.title).toBe("Billing");
    expect(queryClient.getQueryData(tagKeys.detail(created?.tag_id ?? ""))).toEqual(created);
    await waitFor(() => {
      expect(result.current.list.data?.pages[0]?.conversation_tags.map((t) => t.title)).toEqual(["Billing"]);
    });
  });

  it("does not retry a 4xx even when the host asks for retries", async () => {
    api.failNext({ kind: "status", status: 429, body: { detail: "slow down" } }, 5);
    const { result } = renderHook(() => useCreateTag({ retry: 3, retryDelay: 0 }), { wrapper: withProvider() });
    await act(async () => {
      await result.current.mutateAsync({ title: "x" }).catch(() => undefined);
    });
    await waitFor(() => {
      expect(result.current.error?.kind).toBe("rate_limited");
    });
    expect(createRequests).toHaveLength(1);
  });

  it("retries a 5xx as often as the host asks", async () => {
    api.failNext({ kind: "status", status: 503, body: { detail: "busy" } }, 2);
    const { result } = renderHook(() => useCreateTag({ retry: 2, retryDelay: 0 }), { wrapper: withProvider() });
    await act(async () => {
      await result.current.mutateAsync({ title: "x" });
    });
    await waitFor(() => {
      expect(result.current.isSuccess).toBe(true);
    });
    expect(createRequests).toHaveLength(3);
  });

  it("does not retry by default, so a failed create is never sent twice", async () => {
    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    const { result } = renderHook(() => useCreateTag(), { wrapper: withProvider() });
    await act(async () => {
      await result.current.mutateAsync({ title: "x" }).catch(() => undefined);
    });
    await waitFor(() => {
      expect(result.current.error?.kind).toBe("server");
    });
    expect(createRequests).toHaveLength(1);
  });

  it("runs the caller's onSuccess after the cache is updated", async () => {
    const queryClient = new QueryClient();
    const seen: unknown[] = [];
    const { result } = renderHook(
      () =>
        useCreateTag({
          onSuccess: (t) => {
            seen.push(queryClient.getQueryData(tagKeys.detail(t.tag_id)));
          },
        }),
      { wrapper: withProvider(queryClient) },
    );
    await act(async () => {
      await result.current.mutateAsync({ title: "Refunds" });
    });
    expect(seen).toEqual([expect.objectContaining({ title: "Refunds" })]);
  });
});

describe("useTags", () => {
  it("pages newest first over next_cursor", async () => {
    seedTags(network, 5);
    const { result } = renderHook(() => useTags({ page_size: 2 }), { wrapper: withProvider() });
    await waitFor(() => {
      expect(result.current.hasNextPage).toBe(true);
    });
    await act(async () => {
      await result.current.fetchNextPage();
    });
    await act(async () => {
      await result.current.fetchNextPage();
    });
    await waitFor(() => {
      const titles = result.current.data?.pages.flatMap((page) => page.conversation_tags.map((t) => t.title));
      expect(titles).toEqual(["Tag 5", "Tag 4", "Tag 3", "Tag 2", "Tag 1"]);
    });
    expect(result.current.hasNextPage).toBe(false);
  });

  it("reports a failed list as a TagsApiError", async () => {
    api.failNext({ kind: "status", status: 401, body: { detail: { status: "invalid_api_key", message: "Invalid API key" } } });
    const { result } = renderHook(() => useTags(), { wrapper: withProvider() });
    await waitFor(() => {
      expect(result.current.error?.kind).toBe("unauthorized");
    });
    expect(result.current.error?.formErrors).toEqual(["Invalid API key"]);
  });
});
