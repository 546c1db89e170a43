import { useQuery, useQueryClient, type Query, type QueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import { workspaceTagsQueryOptions } from "../core/queries.js";
import type { ConversationTag, ListTagsPage } from "../core/tag.js";
import { isWorkspaceWalkComplete, walkWorkspaceTags, type WorkspaceTagsData } from "../core/walkWorkspaceTags.js";
import { pendingWrites } from "./pendingWrites.js";
import { useTagsClient } from "./TagsApiProvider.js";
import { whenIdle } from "./whenIdle.js";
import { workspaceHeadOnly } from "./workspaceRefresh.js";

/** How long a complete walk counts as fresh when the host's QueryClient says nothing: five minutes. */
const DEFAULT_STALE_TIME_MS = 5 * 60 * 1000;

/** Options of {@link useWorkspaceTags}. */
export interface UseWorkspaceTagsOptions {
  /**
   * Start the walk now rather than when the browser is next idle: someone is waiting for the tags
   * (the picker passes `true` once its popup opens).
   */
  immediate?: boolean;
}

/** Every tag of the workspace, as far as walked; see {@link useWorkspaceTags}. */
export interface WorkspaceTags {
  /** The tags loaded so far, newest first. */
  tags: readonly ConversationTag[];
  /** The pages loaded so far; a page's object stays the same until that page changes. */
  pages: readonly ListTagsPage[];
  /** The loaded tags by id. */
  byId: ReadonlyMap<string, ConversationTag>;
  /** How many tags are loaded so far (`tags.length`). */
  loadedCount: number;
  /** `true` once the walk has reached the last page, so an id that is not loaded was deleted. */
  complete: boolean;
  /** `true` until the walk is complete, unless it failed. */
  loading: boolean;
  /** A refresh walks the pages again while every tag still shows. */
  refreshing: boolean;
  /** The failure that stopped the walk, if any; the tags loaded before it stay. */
  error: TagsApiError | null;
  /** Walks on from where the walk stopped. */
  retry: () => void;
}

interface Derived {
  tags: readonly ConversationTag[];
  byId: ReadonlyMap<string, ConversationTag>;
}

const none: Derived = { tags: [], byId: new Map() };
const noPages: readonly ListTagsPage[] = [];
// Per cached data, not per component: a hundred pickers on a page share one array and one map.
const derived = new WeakMap<WorkspaceTagsData, Derived>();

function derive(data: WorkspaceTagsData | undefined): Derived {
  if (!data) return none;
  let result = derived.get(data);
  if (!result) {
    const tags = data.pages.flatMap((page) => page.conversation_tags);
    result = { tags, byId: new Map(tags.map((tag) => [tag.tag_id, tag])) };
    derived.set(data, result);
  }
  return result;
}

type WorkspaceQuery = Query<WorkspaceTagsData, TagsApiError>;

/**
 * How long a walk stays fresh: the host's `staleTime` for `tagKeys.workspace()` (or its QueryClient's
 * default), else five minutes; a walk that stopped before its end is stale at once, so it resumes.
 */
function staleTimeOf(queryClient: QueryClient) {
  const configured =
    queryClient.getQueryDefaults(tagKeys.workspace()).staleTime ??
    queryClient.getDefaultOptions().queries?.staleTime ??
    DEFAULT_STALE_TIME_MS;
  return (query: WorkspaceQuery) => {
    if (!isWorkspaceWalkComplete(query.state.data)) return 0;
    return typeof configured === "function" ? configured(query as unknown as Query) : configured;
  };
}

/**
 * `true` once the browser has been idle since mount. `onIdle` runs in that idle moment itself: work
 * sent from the render that `idle` causes (and the effect after it) went out up to 120 ms later on a
 * page still busy mounting (measured in the bench's cold opens).
 */
function useIdle(onIdle: () => void): boolean {
  const [idle, setIdle] = useState(false);
  const latest = useRef(onIdle);
  useEffect(() => {
    latest.current = onIdle;
  });
  useEffect(
    () =>
      idle
        ? undefined
        : whenIdle(() => {
            latest.current();
            setIdle(true);
          }),
    [idle],
  );
  return idle;
}

/**
 * Every tag of the workspace, walked 100 a page from newest to oldest, shared by every consumer of
 * one `QueryClient` (pickers, `TagFilter`, `ConversationList`'s chips) under `tagKeys.workspace()`:
 * a hundred consumers cause one walk. It starts when the browser is first idle after a consumer
 * mounts (or at once with `immediate`), shows each page as it arrives, and is cancelled when the last
 * consumer unmounts (the request in flight is aborted); the next consumer resumes it. It respects
 * `staleTime` (default five minutes); a refresh (an invalidation, or a kit write that failed) reads the
 * newest page first, so tags created elsewhere appear after one request, then walks on without ever
 * emptying the list. The kit's writes patch it at once, as every tag list, and once they succeed the
 * refresh reads the newest page alone. A server can walk it beforehand with `workspaceTagsQueryOptions`.
 */
export function useWorkspaceTags(options: UseWorkspaceTagsOptions = {}): WorkspaceTags {
  const client = useTagsClient();
  const queryClient = useQueryClient();
  const queryKey = tagKeys.workspace();
  const walk = {
    ...workspaceTagsQueryOptions(client),
    queryFn: ({ signal }: { signal?: AbortSignal }) =>
      walkWorkspaceTags(
        client,
        {
          read: () => queryClient.getQueryData<WorkspaceTagsData>(queryKey),
          publish: (data: WorkspaceTagsData) => {
            queryClient.setQueryData(queryKey, data);
            // A page read while a write is pending predates it: the write's effect goes back on top.
            pendingWrites.get(queryClient)?.reapply();
          },
        },
        {
          signal,
          restart: queryClient.getQueryState(queryKey)?.isInvalidated ?? true,
          headOnly: workspaceHeadOnly.has(queryClient),
        },
      ),
    staleTime: staleTimeOf(queryClient),
  };
  // What mounting an enabled query does (fetch unless fresh, join a walk in flight), done in the idle
  // moment itself rather than in the render and effect that `idle` causes. `prefetchQuery`, not
  // `query` (react-query 5.108+): the kit supports every react-query 5.
  // eslint-disable-next-line @typescript-eslint/no-deprecated
  const idle = useIdle(() => void queryClient.prefetchQuery(walk));
  const started = idle || options.immediate === true;
  const query = useQuery({ ...walk, enabled: started });
  const { data, isError, isFetching, refetch } = query;
  const complete = isWorkspaceWalkComplete(data);

  // Without `cancelRefetch`, a hundred consumers calling this at once start one walk, not a hundred.
  const walkOn = useCallback(() => void refetch({ cancelRefetch: false }), [refetch]);
  // A write cancels the walk (so no page read before it lands after it); nothing else may restart it.
  useEffect(() => {
    if (started && !complete && !isFetching && !isError) walkOn();
  }, [started, complete, isFetching, isError, walkOn]);

  const { tags, byId } = derive(data);
  const error = query.error;
  return {
    tags,
    pages: data?.pages ?? noPages,
    byId,
    loadedCount: tags.length,
    complete,
    loading: !complete && error === null,
    refreshing: complete && isFetching,
    error,
    retry: walkOn,
  };
}
