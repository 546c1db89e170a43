import { useQueryClient, type InfiniteData } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import type { ListConversationsPage } from "../core/conversation.js";

/** Per conversation in a list, the filter's tag ids it carried when the list was last fetched. */
export type FetchedFilterTags = ReadonlyMap<string, readonly string[]>;

type ListData = InfiniteData<ListConversationsPage, string | null>;

const none: readonly string[] = [];
const empty: FetchedFilterTags = new Map();

/** `kept` plus every row of `data` it lacks, each with the filter's tags it carries in `data`. */
function record(data: ListData, filterTagIds: readonly string[], kept: FetchedFilterTags | null): FetchedFilterTags {
  const byRow = new Map(kept);
  for (const page of data.pages) {
    for (const row of page.conversations) {
      if (byRow.has(row.conversation_id)) continue;
      const carried = filterTagIds.filter((id) => row.tag_ids?.includes(id));
      byRow.set(row.conversation_id, carried.length > 0 ? carried : none);
    }
  }
  return byRow;
}

/**
 * What each row of one conversations list carried of the filter's tags when it was fetched, so a
 * row whose tag was removed since (the kit patches cached rows at once, and leaves them in place)
 * can say "no longer tagged". A refetch starts over; "Load more" adds the new page's rows and keeps
 * the rest as they were fetched. Cache patches (`setQueryData`) never count as fetches.
 *
 * @param queryHash - the list's query hash: it changes with the filters.
 * @param data - the list's pages as the cache holds them now.
 */
export function useFetchedFilterTags(
  queryHash: string,
  data: ListData | undefined,
  filterTagIds: readonly string[],
): FetchedFilterTags {
  const queryClient = useQueryClient();
  const [state, setState] = useState<{ hash: string; byRow: FetchedFilterTags } | null>(null);
  let current = state;
  // The first data seen for these filters (cached, or prefetched on a server) counts as fetched.
  if (data && current?.hash !== queryHash) {
    current = { hash: queryHash, byRow: record(data, filterTagIds, null) };
    setState(current);
  }

  useEffect(
    () =>
      queryClient.getQueryCache().subscribe((event) => {
        if (event.type !== "updated" || event.query.queryHash !== queryHash) return;
        if (event.action.type !== "success" || event.action.manual) return;
        const fetched = event.query.state.data as ListData | undefined;
        if (!fetched) return;
        // The older pages of a "Load more" were not fetched again: they keep what they had.
        const more = event.query.state.fetchMeta?.fetchMore !== undefined;
        setState((previous) => ({
          hash: queryHash,
          byRow: record(fetched, filterTagIds, more && previous?.hash === queryHash ? previous.byRow : null),
        }));
      }),
    [queryClient, queryHash, filterTagIds],
  );

  return current?.hash === queryHash ? current.byRow : empty;
}
