/**
 * The conversations page's filter in its URL, `?tags=id1,id2`, read the same way by the server
 * component (from `searchParams`) and the client component (from `useSearchParams`), so both build
 * the same filters and the browser finds the server's prefetched page under the same query key.
 * A plain module on purpose: a function imported from a "use client" file is a client reference on
 * the server, not a function.
 */
import type { ConversationFilters } from "convai-tag-kit/core";

/** The tag ids of the `tags` parameter(s), e.g. `"id1,id2"`: in order, each once, no empty ones. */
export function tagIdsFromParam(value: string | readonly string[] | null | undefined): string[] {
  const values = typeof value === "string" ? [value] : (value ?? []);
  const ids = values.flatMap((part) => part.split(",")).map((id) => id.trim());
  return [...new Set(ids.filter((id) => id !== ""))];
}

/** The list's filters for these tags: what the server prefetches and `ConversationList` is given. */
export function conversationFilters(tagIds: readonly string[]): ConversationFilters {
  return { tag_ids: tagIds };
}

/** `search` (a query string) with `tags` set to these ids (`tags=id1,id2`), or left out when none. */
export function withTagIds(search: string, tagIds: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete("tags");
  // Commas kept as they are: API ids are letters, digits, `_` and `-`.
  const tags = tagIds.length > 0 ? `tags=${tagIds.map(encodeURIComponent).join(",")}` : "";
  const query = [tags, params.toString()].filter((part) => part !== "").join("&");
  return query === "" ? "" : `?${query}`;
}
