import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CreateTagForm, tagKeys, useCreateTag, useTags } from "../../src";
import { titlesIn } from "../support/fixtures";
import { holdNext, seedTags, startMockNetwork } from "../support/mockNetwork";
import { renderWithApi, withProvider } from "../support/renderWithApi";

const network = startMockNetwork();

describe("creating a tag updates the cached lists at once", () => {
  it("puts the new tag first in every cached list before the caller's onSuccess", async () => {
    seedTags(network, 2);
    const queryClient = new QueryClient();
    const seen: string[][] = [];
    const { result } = renderHook(
      () => ({
        list: useTags({ page_size: 1 }),
        create: useCreateTag({
          onSuccess: () => {
            seen.push(titlesIn(queryClient.getQueryData(tagKeys.list({ page_size: 1 }))));
          },
        }),
      }),
      { wrapper: withProvider(queryClient) },
    );
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 2"]);
    });
    await act(async () => {
      await result.current.create.mutateAsync({ title: "Billing" });
    });
    expect(seen).toEqual([["Billing", "Tag 2"]]);
  });

  it("shows the form's success while a slow list refetch is still running", async () => {
    const api = seedTags(network, 1);
    const queryClient = new QueryClient();
    function Lists() {
      useTags();
      return null;
    }
    const { user } = renderWithApi(
      <>
        <Lists />
        <CreateTagForm />
      </>,
      { queryClient },
    );
    await waitFor(() => {
      expect(titlesIn(queryClient.getQueryData(tagKeys.list()))).toEqual(["Tag 1"]);
    });
    const slowRefetch = holdNext(network, api, "get", "/v1/convai/tags");

    await user.type(screen.getByRole("textbox", { name: "Title" }), "Refunds");
    await user.click(screen.getByRole("button", { name: /create tag/i }));
    await slowRefetch.arrived;

    // The refetch is still held at the network edge, yet the form already says it is done.
    expect(await screen.findByRole("status")).toHaveTextContent("Tag “Refunds” created");
    expect(screen.getByRole("button", { name: "Create tag" })).toBeInTheDocument();
    expect(titlesIn(queryClient.getQueryData(tagKeys.list()))).toEqual(["Refunds", "Tag 1"]);
    slowRefetch.release();
  });

  it("does not refetch the lists after a refused create: nothing changed", async () => {
    const api = seedTags(network, 1);
    const queryClient = new QueryClient();
    const { result } = renderHook(() => ({ list: useTags(), create: useCreateTag() }), {
      wrapper: withProvider(queryClient),
    });
    await waitFor(() => {
      expect(titlesIn(result.current.list.data)).toEqual(["Tag 1"]);
    });
    const listGets: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      if (request.method === "GET") listGets.push(request.url);
    };
    network.server.events.on("request:start", onRequest);
    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    await act(async () => {
      await result.current.create.mutateAsync({ title: "Nope" }).catch(() => undefined);
    });
    await act(async () => {
      await result.current.create.mutateAsync({ title: "Yes" });
    });
    // Only the successful create refreshed the lists.
    await waitFor(() => {
      expect(listGets.length).toBeGreaterThan(0);
      expect(queryClient.isFetching()).toBe(0);
    });
    expect(listGets).toHaveLength(1);
    network.server.events.removeListener("request:start", onRequest);
  });
});
