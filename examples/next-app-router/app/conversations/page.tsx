import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { conversationListQueryOptions, workspaceTagsQueryOptions } from "convai-tag-kit/core";
import Link from "next/link";
import { conversationFilters, tagIdsFromParam } from "@/lib/conversation-filter";
import { serverTagsClient } from "@/lib/server-client";
import { Providers } from "../providers";
import { ConversationsBrowser } from "./conversations-browser";

/**
 * A server component: it reads the tag filter from the URL (`?tags=id1,id2`), fetches the first page
 * of the conversations carrying those tags and every tag of the workspace (their titles: the rows'
 * chips and the filter's) with the key (server to API, no proxy hop) and hands them to the browser's
 * cache, so the list is in the first HTML and not fetched again.
 */
export default async function ConversationsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Reading the search params renders the page per request: the list (and the key) exist at run time.
  const { tags } = await searchParams;
  const queryClient = new QueryClient();
  const client = serverTagsClient();
  // Exactly the filters the client component gives ConversationList, so the query key matches. A
  // failure is not fatal: only successful queries are handed over, and the browser then asks itself.
  await Promise.all([
    queryClient.infiniteQuery(conversationListQueryOptions(client, conversationFilters(tagIdsFromParam(tags)))).catch(() => undefined),
    queryClient.query(workspaceTagsQueryOptions(client)).catch(() => undefined),
  ]);

  return (
    <main>
      <h1>Conversations</h1>
      <nav aria-label="Pages">
        <Link href="/">Tags</Link>
      </nav>
      <Providers>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <ConversationsBrowser />
        </HydrationBoundary>
      </Providers>
    </main>
  );
}
