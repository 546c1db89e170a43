/**
 * Query options as plain objects, with no React: a server component prefetches with exactly what the
 * browser's hooks read, so `queryClient.infiniteQuery(...)` (`prefetchInfiniteQuery` before react-query 5.108
 * deprecated it) + `HydrationBoundary` hand the data over by key.
 */
import type { TagsClient } from "./client.js";
import { shouldRetryTagRequest, type TagsApiError } from "./errors.js";
import { tagKeys } from "./keys.js";
import type { ConversationFilters, ListConversationsPage } from "./conversation.js";
import type { ListTagsPage, ListTagsParams } from "./tag.js";
import { walkWorkspaceTags, type WorkspaceTagsData } from "./walkWorkspaceTags.js";

/** Parameters of a tag list query: the page size; cursors are the query's business. */
export type TagListParams = Omit<ListTagsParams, "cursor">;

/**
 * The options of the workspace's tag list, newest first, one cursor page at a time: what `useTags`
 * runs, and what `queryClient.infiniteQuery(tagListQueryOptions(client, params))` warms on a server.
 */
export function tagListQueryOptions(client: TagsClient, params: TagListParams = {}) {
  return {
    queryKey: tagKeys.list(params),
    queryFn: ({ pageParam, signal }: { pageParam: string | null; signal?: AbortSignal }) =>
      client.listTags({ ...params, cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page: ListTagsPage): string | undefined =>
      page.has_more && page.next_cursor ? page.next_cursor : undefined,
    retry: (failureCount: number, error: TagsApiError): boolean => shouldRetryTagRequest(failureCount, error),
  };
}

/** The key of the workspace's tags query (`tagKeys.workspace()`). */
type WorkspaceKey = ReturnType<typeof tagKeys.workspace>;

/**
 * The QueryClient react-query hands a query function (5.62 and later), as far as the walk uses it:
 * core imports no react-query.
 */
export interface WorkspaceWalkQueryClient {
  getQueryData: (queryKey: WorkspaceKey) => unknown;
  setQueryData: (queryKey: WorkspaceKey, data: WorkspaceTagsData) => unknown;
  getQueryState: (queryKey: WorkspaceKey) => { isInvalidated: boolean } | undefined;
}

/**
 * The options of every tag of the workspace, walked page by page (100 a page) to the end, under
 * `tagKeys.workspace()`: the one cache entry every picker, `TagFilter` and tag chip reads.
 * `queryClient.query(workspaceTagsQueryOptions(client))` (`fetchQuery` before react-query 5.108) walks
 * it on a server, so the browser starts with every tag; in the browser (on hover, say) each page shows
 * as it arrives. A walk that was stopped resumes where it stopped; an invalidated one starts again
 * from the newest page, keeping the cached pages until it passes them.
 */
export function workspaceTagsQueryOptions(client: TagsClient) {
  const queryKey = tagKeys.workspace();
  return {
    queryKey,
    queryFn: ({ signal, client: queryClient }: { signal?: AbortSignal; client?: WorkspaceWalkQueryClient }) =>
      walkWorkspaceTags(
        client,
        {
          read: () => queryClient?.getQueryData(queryKey) as WorkspaceTagsData | undefined,
          publish: (data) => queryClient?.setQueryData(queryKey, data),
        },
        { signal, restart: queryClient?.getQueryState(queryKey)?.isInvalidated ?? true },
      ),
    retry: (failureCount: number, error: TagsApiError): boolean => shouldRetryTagRequest(failureCount, error),
  };
}

/** The options of one tag by id: what `useTag` runs, and what a server can `prefetchQuery`. */
export function tagQueryOptions(client: TagsClient, tagId: string) {
  return {
    queryKey: tagKeys.detail(tagId),
    queryFn: ({ signal }: { signal?: AbortSignal }) => client.getTag(tagId, { signal }),
    retry: (failureCount: number, error: TagsApiError): boolean => shouldRetryTagRequest(failureCount, error),
  };
}

/**
 * The options of a filtered conversations list, newest first, one cursor page at a time: what
 * `useConversations` runs, and what `queryClient.infiniteQuery(conversationListQueryOptions(client,
 * filters))` warms on a server so the first page is in its HTML.
 */
export function conversationListQueryOptions(client: TagsClient, filters: ConversationFilters = {}) {
  return {
    queryKey: tagKeys.conversationList(filters),
    queryFn: ({ pageParam, signal }: { pageParam: string | null; signal?: AbortSignal }) =>
      client.listConversations({ ...filters, cursor: pageParam }, { signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (page: ListConversationsPage): string | undefined =>
      page.has_more && page.next_cursor ? page.next_cursor : undefined,
    retry: (failureCount: number, error: TagsApiError): boolean => shouldRetryTagRequest(failureCount, error),
  };
}
