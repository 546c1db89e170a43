import { useCallback, useEffect, useMemo } from "react";
import { useTags } from "../react/useTags.js";

/**
 * The API's largest page. The same parameters as the tag picker's, so the list, every picker on the
 * page and the filter share one cache entry and load the workspace's tags once.
 */
const ALL_TAGS_PAGE_SIZE = 100;

/** The workspace's tag titles; see {@link useTagTitles}. */
export interface TagTitles {
  /** Titles by tag id, as far as loaded. */
  titles: ReadonlyMap<string, string>;
  /** Loads again if loading failed; does nothing otherwise. */
  retryIfFailed: () => void;
}

/**
 * The titles of the workspace's tags by id, as far as loaded: every page is fetched in turn, and a
 * created, renamed or deleted tag changes the map at once (the kit's writes patch this cache).
 * A missing id is unknown (not loaded yet, or deleted): callers hide it rather than guess.
 */
export function useTagTitles(): TagTitles {
  const query = useTags({ page_size: ALL_TAGS_PAGE_SIZE });
  const { hasNextPage, isFetchingNextPage, isError, isFetchNextPageError, fetchNextPage, refetch } = query;
  const pages = query.data?.pages;

  // Keyed on the pages too: react-query may deliver "fetching" and "fetched" in one render.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage, pages]);

  const titles = useMemo(
    () => new Map(pages?.flatMap((page) => page.conversation_tags.map((tag) => [tag.tag_id, tag.title] as const))),
    [pages],
  );
  // Tags that failed to load come back with the list's own retry or refresh: no second button.
  const retryIfFailed = useCallback(() => {
    if (isError) void (isFetchNextPageError ? fetchNextPage() : refetch());
  }, [isError, isFetchNextPageError, fetchNextPage, refetch]);
  return { titles, retryIfFailed };
}
