import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ConversationFilters, ListConversationsPage } from "../core/conversation.js";
import type { TagsApiError } from "../core/errors.js";
import { conversationListQueryOptions } from "../core/queries.js";
import { useTagsClient } from "./TagsApiProvider.js";

/**
 * The conversations that match `filters` (`tag_ids`, `agent_id`, `search`, …), newest first, one
 * page at a time: `fetchNextPage()` follows `next_cursor`, and
 * `data.pages.flatMap((page) => page.conversations)` is every row loaded so far. Assigning or
 * unassigning a tag anywhere in the kit changes the rows' `tag_ids` at once; a row that stops
 * matching stays until the list is fetched again (`refetch()`), so rows never move under the
 * pointer. A server that prefetched `conversationListQueryOptions(client, filters)` with the same
 * filters hands its data over; filters that mean the same (tag ids in another order) share one cache.
 */
export function useConversations(
  filters: ConversationFilters = {},
): UseInfiniteQueryResult<InfiniteData<ListConversationsPage, string | null>, TagsApiError> {
  const client = useTagsClient();
  return useInfiniteQuery(conversationListQueryOptions(client, filters));
}
