/**
 * Shared set-up for the data-hook tests: a provider over a host QueryClient, seeded tags, and a way
 * to hold one request at the network edge so a test can look at the cache while it is in flight.
 */
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { http } from "msw";
import type { ReactNode } from "react";
import { TagsApiProvider, type ConversationTag } from "../../src";
import { createTagsHandlers } from "../../src/msw";
import { createMockTagsApi, type MockTagsApi } from "../../src/server";
import { baseUrl, type MockNetwork } from "../support/mockNetwork";

export { baseUrl, startMockNetwork } from "../support/mockNetwork";

/** A tag as the API returns it; higher `n` is newer. */
export function tag(n: number, title = `Tag ${String(n)}`): ConversationTag {
  return {
    tag_id: `tag_${String(n)}`,
    workspace_id: "ws_1",
    owner_user_id: "user_1",
    title,
    description: null,
    created_at_unix_secs: 1_700_000_000 + n,
  };
}

/** A wrapper rendering children in a TagsApiProvider over `queryClient`. */
export function withProvider(queryClient: QueryClient) {
  return function Wrapper({ children }: { children: ReactNode }) {
    return (
      <QueryClientProvider client={queryClient}>
        <TagsApiProvider baseUrl={baseUrl}>{children}</TagsApiProvider>
      </QueryClientProvider>
    );
  };
}

/** Answers this test from a mock API seeded with tags 1..count (reset after the test). */
export function seedTags(network: MockNetwork, count: number): MockTagsApi {
  const api = createMockTagsApi({ tags: Array.from({ length: count }, (_, i) => tag(i + 1)) });
  network.server.use(...createTagsHandlers({ api, baseUrl }));
  return api;
}

type Method = "get" | "post" | "patch" | "delete";

/**
 * Holds the next `method` request whose path ends with `path` until `release()`, then lets `api`
 * answer it. `arrived` resolves once the request reached the network edge.
 */
export function holdNext(network: MockNetwork, api: MockTagsApi, method: Method, path: string) {
  let release = () => {};
  let arrive = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  const arrived = new Promise<void>((done) => {
    arrive = done;
  });
  network.server.use(
    http[method](
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\?.*)?$`),
      async ({ request }) => {
        arrive();
        await released;
        return api.fetch(request);
      },
      { once: true },
    ),
  );
  return { release, arrived };
}

/** The titles in a cached tag list, in order. */
export function titlesIn(data: { pages: { conversation_tags: ConversationTag[] }[] } | undefined): string[] {
  return data?.pages.flatMap((page) => page.conversation_tags.map((t) => t.title)) ?? [];
}
