import { useInfiniteQuery, type InfiniteData, type UseInfiniteQueryResult } from "@tanstack/react-query";
import type { TagsApiError } from "../api/errors.js";
import { tagKeys } from "../api/keys.js";
import type { ListTagsPage, ListTagsParams } from "../tag.js";
import { shouldRetryTagRequest } from "./useCreateTag.js";
import { useTagsClient } from "./TagsApiProvider.js";

/** Parameters of {@link useTags}: the page size; cursors are the hook's business. */
export type UseTagsParams = Omit<ListTagsParams, "cursor">;

/**
 * The workspace's tags, newest first, one page at a time: `fetchNextPage()` follows `next_cursor`.
 * `data.pages.flatMap((page) => page.conversation_tags)` is every tag loaded so far.
 */
export function useTags(
  params: UseTagsParams = {},
): UseInfiniteQueryResult<InfiniteData<ListTagsPage, string | null>, TagsApiError> {
  const client = useTagsClient();
  return useInfiniteQuery({
    queryKey: tagKeys.list(params),
    queryFn: ({ pageParam, signal }) => client.listTags({ ...params, cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => (page.has_more && page.next_cursor ? page.next_cursor : undefined),
    retry: shouldRetryTagRequest,
  });
}
