import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from "@tanstack/react-query";
import type { TagsApiError } from "../core/errors.js";
import { tagListQueryOptions, type TagListParams } from "../core/queries.js";
import type { ListTagsPage } from "../core/tag.js";
import { useTagsClient } from "./TagsApiProvider.js";

/** Parameters of {@link useTags}: the page size; cursors are the hook's business. */
export type UseTagsParams = TagListParams;

/**
 * The workspace's tags, newest first, one page at a time: `fetchNextPage()` follows `next_cursor`.
 * `data.pages.flatMap((page) => page.conversation_tags)` is every tag loaded so far. A server that
 * prefetched `tagListQueryOptions(client, params)` with the same params hands its data over.
 */
export function useTags(
  params: UseTagsParams = {},
): UseInfiniteQueryResult<InfiniteData<ListTagsPage, string | null>, TagsApiError> {
  const client = useTagsClient();
  return useInfiniteQuery(tagListQueryOptions(client, params));
}
