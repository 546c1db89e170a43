/**
 * The Conversations panel's tag filter, kept in the page's URL: `?tags=id1,id2` (in the order chosen).
 * Read on load and on back/forward (`popstate`); repeated `tags` or `tag` parameters are read too
 * (`?tag=id1&tag=id2`), so a link written either way works. Other parameters and the hash are kept.
 */
import { useCallback, useEffect, useState } from "react";
import { CONVERSATION_TAG_FILTER_MAX } from "../src";

/** The tag ids in `search` (a `location.search`), deduplicated, in order, at most the API's 50. */
export function readTagIds(search: string): string[] {
  const params = new URLSearchParams(search);
  const ids = [...params.getAll("tags"), ...params.getAll("tag")]
    .flatMap((value) => value.split(","))
    .map((id) => id.trim())
    .filter((id) => id !== "");
  return [...new Set(ids)].slice(0, CONVERSATION_TAG_FILTER_MAX);
}

/** `search` with its tag filter replaced by `tagIds` (`?tags=id1,id2`, none when empty). */
export function writeTagIds(search: string, tagIds: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete("tags");
  params.delete("tag");
  const rest = params.toString();
  // Commas left as they are: API ids are letters, digits, `_` and `-`, and `%2C` only hides them.
  const tags = tagIds.length > 0 ? `tags=${tagIds.map(encodeURIComponent).join(",")}` : "";
  const query = [tags, rest].filter((part) => part !== "").join("&");
  return query === "" ? "" : `?${query}`;
}

/** How a change enters the history: a new entry (back undoes it) or in place of the current one. */
export type HistoryMode = "push" | "replace";

/**
 * The filter's tag ids as the URL holds them, and a setter that writes them back with
 * `history.pushState` or `history.replaceState`. Back and forward bring the filter of that entry back.
 */
export function useTagIdsInUrl(): [string[], (tagIds: string[], mode: HistoryMode) => void] {
  const [tagIds, setTagIds] = useState(() => readTagIds(window.location.search));

  useEffect(() => {
    const onPopState = () => {
      setTagIds(readTagIds(window.location.search));
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      window.removeEventListener("popstate", onPopState);
    };
  }, []);

  const update = useCallback((next: string[], mode: HistoryMode) => {
    const { pathname, search, hash } = window.location;
    const nextSearch = writeTagIds(search, next);
    if (nextSearch !== search) {
      const url = `${pathname}${nextSearch}${hash}`;
      if (mode === "push") window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    }
    setTagIds(next);
  }, []);

  return [tagIds, update];
}
