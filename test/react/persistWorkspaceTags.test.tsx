/**
 * The README's recipe that keeps the walked tags in sessionStorage across reloads: react-query's
 * persister, dehydrating only the kit's workspace tags. A reload shows every tag at once, with no list
 * request before the refresh behind it.
 */
import { createAsyncStoragePersister } from "@tanstack/query-async-storage-persister";
import { hashKey, QueryClient } from "@tanstack/react-query";
import { PersistQueryClientProvider } from "@tanstack/react-query-persist-client";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it } from "vitest";
import { ConversationTagPicker, TagsApiProvider, tagKeys } from "../../src";
import { tags } from "../support/fixtures";
import { baseUrl, startMockNetwork } from "../support/mockNetwork";
import { fakeIdle, watchTagPages } from "../support/tagPageHolds";

const network = startMockNetwork({ tags: tags(250) });
const pages = watchTagPages(network);
const idle = fakeIdle();

afterEach(() => {
  sessionStorage.clear();
});

// The recipe, as the README gives it.
const workspaceTags = hashKey(tagKeys.workspace());
const persister = createAsyncStoragePersister({ storage: window.sessionStorage, key: "convai-tag-kit" });

function newQueryClient() {
  const queryClient = new QueryClient();
  // Kept (in memory, and so in storage) for the session's hour, not react-query's five minutes.
  queryClient.setQueryDefaults(tagKeys.workspace(), { gcTime: 60 * 60 * 1000 });
  return queryClient;
}

function App({ queryClient, children }: { queryClient: QueryClient; children: ReactNode }) {
  return (
    <PersistQueryClientProvider
      client={queryClient}
      persistOptions={{
        persister,
        maxAge: 60 * 60 * 1000,
        dehydrateOptions: {
          shouldDehydrateQuery: (query) => query.queryHash === workspaceTags && query.state.status === "success",
        },
      }}
      // Shown at once from storage, then walked again behind what shows.
      onSuccess={() => queryClient.invalidateQueries({ queryKey: tagKeys.workspace() })}
    >
      <TagsApiProvider baseUrl={baseUrl}>{children}</TagsApiProvider>
    </PersistQueryClientProvider>
  );
}

describe("persisting the workspace's tags for a session", () => {
  it("shows every tag after a reload with no list request, then refreshes behind them", async () => {
    const first = render(
      <App queryClient={newQueryClient()}>
        <ConversationTagPicker conversationId="conv_1" defaultTagIds={[]} />
      </App>,
    );
    await waitFor(() => {
      expect(idle.waiting()).toBeGreaterThan(0);
    });
    idle.run();
    await waitFor(
      () => {
        const stored = sessionStorage.getItem("convai-tag-kit") ?? "";
        expect(stored).toContain('"Tag 1"');
      },
      { timeout: 5000 },
    );
    expect(pages.requests).toHaveLength(3);
    const stored = JSON.parse(sessionStorage.getItem("convai-tag-kit") ?? "{}") as { clientState: { queries: unknown[] } };
    // Only the kit's workspace tags are kept.
    expect(stored.clientState.queries).toHaveLength(1);
    first.unmount();

    // The reload: a new QueryClient, every list request held from now on.
    pages.requests.length = 0;
    pages.hold();
    const user = userEvent.setup({ delay: null });
    render(
      <App queryClient={newQueryClient()}>
        <ConversationTagPicker conversationId="conv_1" defaultTagIds={["tag_1"]} />
      </App>,
    );
    // The oldest tag, from the last page, is on its chip at once.
    expect(await screen.findByText("Tag 1", { selector: '[data-slot="chip-label"]' })).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Add tags" }));
    expect(screen.getByText("200 more tags match — keep typing")).toBeInTheDocument();
    expect(screen.queryByText(/Loading tags|still loading/)).not.toBeInTheDocument();
    expect(pages.requests.filter((request) => request.answered)).toHaveLength(0);

    // The refresh behind them: the newest page first, then the rest, and the tags never leave.
    await waitFor(() => {
      expect(pages.requests).toHaveLength(1);
    });
    expect(pages.requests[0]?.cursor).toBeNull();
    pages.releaseAll();
    await waitFor(() => {
      expect(pages.requests.filter((request) => request.answered)).toHaveLength(3);
    });
    expect(screen.getByText("200 more tags match — keep typing")).toBeInTheDocument();
  });
});
