import { useEffect, useMemo } from "react";
import { useTags } from "../react/useTags.js";

/**
 * The API's largest page. The same parameters as the tag picker's, so the list, every picker on the
 * page and the filter share one cache entry and load the workspace's tags once.
 */
const ALL_TAGS_PAGE_SIZE = 100;

/**
 * The titles of the workspace's tags by id, as far as loaded: every page is fetched in turn, and a
 * created, renamed or deleted tag changes the map at once (the kit's writes patch this cache).
 * A missing id is unknown (not loaded yet, or deleted): callers hide it rather than guess.
 */
export function useTagTitles(): ReadonlyMap<string, string> {
  const query = useTags({ page_size: ALL_TAGS_PAGE_SIZE });
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = query;
  const pages = query.data?.pages;

  // Keyed on the pages too: react-query may deliver "fetching" and "fetched" in one render.
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage();
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage, pages]);

  return useMemo(
    () => new Map(pages?.flatMap((page) => page.conversation_tags.map((tag) => [tag.tag_id, tag.title] as const))),
    [pages],
  );
}
