import { useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useMemo } from "react";
import type { TagsApiError } from "../core/errors.js";
import { tagListQueryOptions } from "../core/queries.js";
import type { ConversationTag } from "../core/tag.js";
import { useTagsClient } from "../react/TagsApiProvider.js";
import { foldTitle } from "./matchTitle.js";

/** The API's largest page: the fewest round trips to load a workspace's tags. */
export const PICKER_PAGE_SIZE = 100;

/** A tag with its folded title, computed once per list rather than per keystroke. */
export interface IndexedTag {
  tag: ConversationTag;
  folded: string;
}

/** Every tag of the workspace, as far as loaded; see {@link useWorkspaceTags}. */
export interface WorkspaceTags {
  /** Loaded tags, newest first, each with its folded title. */
  indexed: IndexedTag[];
  /** Loaded tags by id. */
  byId: Map<string, ConversationTag>;
  /** `true` once every page has arrived (so a missing id means the tag was deleted). */
  complete: boolean;
  /** `true` while the first page or any later one loads. */
  loading: boolean;
  /** The failure that stopped loading, if any. */
  error: TagsApiError | null;
  /** Loads again after a failure. */
  retry: () => void;
}

/**
 * Loads all of the workspace's tags, 100 a page, once `enabled` turns on, following `next_cursor`
 * until the last page. It shares `useTags({ page_size: 100 })`'s cache entry, so every picker on a
 * page loads the list once and a created tag refreshes it.
 */
export function useWorkspaceTags(enabled: boolean): WorkspaceTags {
  const client = useTagsClient();
  const query = useInfiniteQuery({ ...tagListQueryOptions(client, { page_size: PICKER_PAGE_SIZE }), enabled });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  const pageCount = query.data?.pages.length ?? 0;

  // Keyed on the page count too: react-query may deliver "fetching" and "fetched" in one render.
  useEffect(() => {
    if (enabled && hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [enabled, hasNextPage, isFetchingNextPage, isError, fetchNextPage, pageCount]);

  const pages = query.data?.pages;
  const { indexed, byId } = useMemo(() => {
    const tags = pages?.flatMap((page) => page.conversation_tags) ?? [];
    return {
      indexed: tags.map((tag) => ({ tag, folded: foldTitle(tag.title) })),
      byId: new Map(tags.map((tag) => [tag.tag_id, tag])),
    };
  }, [pages]);

  return {
    indexed,
    byId,
    complete: query.isSuccess && !hasNextPage,
    loading: enabled && (query.isPending || hasNextPage) && !isError,
    error: query.error,
    retry: () => void (query.isFetchNextPageError ? fetchNextPage() : query.refetch()),
  };
}
