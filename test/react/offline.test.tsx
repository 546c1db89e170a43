/**
 * Offline, a kit write is sent and fails with the network message at once, instead of waiting in
 * react-query's paused state with no end (issue 19).
 */
import { onlineManager, QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { http, HttpResponse } from "msw";
import { afterEach, describe, expect, it } from "vitest";
import { useCreateTag } from "../../src";
import { seedTags, startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";

const network = startMockNetwork();

afterEach(() => {
  onlineManager.setOnline(true);
});

describe("kit writes while the browser is offline", () => {
  it("fail at once with kind network rather than pausing", async () => {
    seedTags(network, 1);
    network.server.use(http.post(/\/v1\/convai\/tags$/, () => HttpResponse.error()));
    onlineManager.setOnline(false);
    const { result } = renderHook(() => useCreateTag(), { wrapper: withProvider(new QueryClient()) });

    let outcome: unknown;
    await act(async () => {
      outcome = await result.current.mutateAsync({ title: "Refund", description: null }).catch((error: unknown) => error);
    });

    expect(outcome).toMatchObject({ kind: "network" });
    await waitFor(() => {
      expect(result.current.isError).toBe(true);
    });
    expect(result.current.isPaused).toBe(false);
  });
});
