import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import { tagListQueryOptions } from "convai-tag-kit/core";
import Link from "next/link";
import { connection } from "next/server";
import { serverTagsClient } from "@/lib/server-client";
import { TAG_PAGE_SIZE } from "@/lib/tag-page-size";
import { Providers } from "./providers";
import { QuickAddTag } from "./quick-add-tag";
import { TagsDashboard } from "./tags-dashboard";

/**
 * A server component: it fetches the first page of tags with the key (server to API, no proxy hop)
 * and hands it to the browser's cache, so the list is in the first HTML and not fetched again.
 */
export default async function Page() {
  // Rendered per request: the tags (and the key) exist at run time, not at build time.
  await connection();
  const queryClient = new QueryClient();
  // Same options and params as `useTags({ page_size })` in the browser, so the key matches. A failure
  // is not fatal: only successful queries are handed over, and the browser then asks for itself.
  await queryClient
    .infiniteQuery(tagListQueryOptions(serverTagsClient(), { page_size: TAG_PAGE_SIZE }))
    .catch(() => undefined);

  return (
    <main>
      <h1>Conversation tags</h1>
      <nav aria-label="Pages">
        <Link href="/conversations">Conversations by tag</Link>
      </nav>
      <Providers>
        <HydrationBoundary state={dehydrate(queryClient)}>
          <TagsDashboard />
        </HydrationBoundary>
      </Providers>
      <QuickAddTag />
    </main>
  );
}
