/**
 * Where the kit's writes land in the react-query cache: one tag in every cached list (here), and one
 * tag id on one conversation (conversationCache.ts). Each is a {@link LedgerSlot}, so optimistic
 * writes and their undo go through the QueryClient's {@link WriteLedger} (see writeLedger.ts) and
 * settle in any order.
 */
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { tagKeys } from "../core/keys.js";
import type { ConversationTag, ListTagsPage } from "../core/tag.js";
import { pendingWrites } from "./pendingWrites.js";
import { createWriteLedger, type LedgerSlot, type WriteLedger } from "./writeLedger.js";

/** What a cached tag list holds: `useTags`' infinite query data. */
export type TagListData = InfiniteData<ListTagsPage, string | null>;

const ledgers = new WeakMap<QueryClient, WriteLedger>();

/** The pending writes on `queryClient`'s cache, shared by every kit hook that uses it. */
export function ledgerOf(queryClient: QueryClient): WriteLedger {
  let ledger = ledgers.get(queryClient);
  if (!ledger) {
    const created = createWriteLedger();
    // A fetch that lands while writes are pending (a component mounting, the window regaining focus)
    // brings the server's rows from before them: the pending writes go back on top, so a row being
    // deleted does not flash back in until its answer.
    queryClient.getQueryCache().subscribe((event) => {
      if (event.type === "updated" && event.action.type === "success" && event.action.manual !== true) created.reapply();
    });
    ledgers.set(queryClient, (ledger = created));
    pendingWrites.set(queryClient, created);
  }
  return ledger;
}

/**
 * Cancels the tag queries in flight, so a refetch that started before a write cannot land after it
 * with older data (and, say, bring back a tag just deleted).
 */
export async function cancelTagQueries(queryClient: QueryClient, tagId?: string): Promise<void> {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: tagKeys.lists() }),
    tagId === undefined ? undefined : queryClient.cancelQueries({ queryKey: tagKeys.detail(tagId), exact: true }),
  ]);
}

function findTag(data: TagListData, tagId: string): { page: number; index: number } | null {
  for (const [page, { conversation_tags: tags }] of data.pages.entries()) {
    const index = tags.findIndex((tag) => tag.tag_id === tagId);
    if (index >= 0) return { page, index };
  }
  return null;
}

function withPage(data: TagListData, page: number, edit: (tags: ConversationTag[]) => void): TagListData {
  const pages = data.pages.map((p, i) => {
    if (i !== page) return p;
    const tags = [...p.conversation_tags];
    edit(tags);
    return { ...p, conversation_tags: tags };
  });
  return { ...data, pages };
}

/**
 * Where a tag the list lacks goes: before the first tag that is not newer (lists are newest first),
 * or at the end when every page is loaded; `null` when it belongs to a page not loaded yet.
 */
function placeFor(data: TagListData, tag: ConversationTag): { page: number; index: number } | null {
  for (const [page, { conversation_tags: tags }] of data.pages.entries()) {
    const index = tags.findIndex((t) => t.created_at_unix_secs <= tag.created_at_unix_secs);
    if (index >= 0) return { page, index };
  }
  const last = data.pages.at(-1);
  return last && !last.has_more ? { page: data.pages.length - 1, index: last.conversation_tags.length } : null;
}

/**
 * Where a tag taken out of `data` goes back: before the first older row, or the first row made in the
 * same second that followed it when it left (`order`); else at the end of the loaded rows, where it was.
 */
function placeRestored(data: TagListData, tag: ConversationTag, order: readonly string[]): { page: number; index: number } {
  const followers = new Set(order.slice(order.indexOf(tag.tag_id) + 1));
  const created = tag.created_at_unix_secs;
  for (const [page, { conversation_tags: tags }] of data.pages.entries()) {
    const index = tags.findIndex(
      (t) => t.created_at_unix_secs < created || (t.created_at_unix_secs === created && followers.has(t.tag_id)),
    );
    if (index >= 0) return { page, index };
  }
  const last = data.pages.length - 1;
  return { page: last, index: data.pages[last]?.conversation_tags.length ?? 0 };
}

/**
 * `current` with the ids only `remembered` has put back after the id they followed there: a list's
 * order as last seen, rows taken out included.
 */
function mergeOrder(remembered: readonly string[], current: readonly string[]): string[] {
  const result = [...current];
  const present = new Set(current);
  let anchor = -1;
  for (const id of remembered) {
    if (present.has(id)) anchor = result.indexOf(id);
    else result.splice((anchor += 1), 0, id);
  }
  return result;
}

// Per QueryClient and list query: its rows in order, rows taken out by a pending write kept in
// place. Lists are newest first; this breaks ties between rows made in the same second.
const orders = new WeakMap<QueryClient, Map<string, string[]>>();

function ordersOf(queryClient: QueryClient): Map<string, string[]> {
  let map = orders.get(queryClient);
  if (!map) orders.set(queryClient, (map = new Map<string, string[]>()));
  return map;
}

/**
 * One tag in every cached list: the tag, or `null` when the lists do not show it. Taking a tag out
 * remembers the list's order with it, so putting it back restores it between the same neighbours.
 */
export function tagSlot(queryClient: QueryClient, tagId: string): LedgerSlot<ConversationTag | null> {
  const remembered = ordersOf(queryClient);
  const lists = () => queryClient.getQueryCache().findAll({ queryKey: tagKeys.lists() });
  return {
    key: `tag\u0000${tagId}`,
    read: () => {
      for (const query of lists()) {
        const data = query.state.data as TagListData | undefined;
        const at = data && findTag(data, tagId);
        if (data && at) return data.pages[at.page]?.conversation_tags[at.index] ?? null;
      }
      return null;
    },
    write: (tag) => {
      for (const query of lists()) {
        const data = query.state.data as TagListData | undefined;
        if (!data || data.pages.length === 0) continue;
        const at = findTag(data, tagId);
        let next = data;
        if (tag === null && at) {
          const rows = data.pages.flatMap((page) => page.conversation_tags.map((t) => t.tag_id));
          remembered.set(query.queryHash, mergeOrder(remembered.get(query.queryHash) ?? [], rows));
          next = withPage(data, at.page, (tags) => tags.splice(at.index, 1));
        } else if (tag !== null && at) {
          next = withPage(data, at.page, (tags) => tags.splice(at.index, 1, tag));
        } else if (tag !== null) {
          const order = remembered.get(query.queryHash);
          const place = order?.includes(tagId) ? placeRestored(data, tag, order) : placeFor(data, tag);
          if (place && data.pages[place.page]) {
            next = withPage(data, place.page, (tags) => tags.splice(Math.min(place.index, tags.length), 0, tag));
          }
        }
        if (next !== data) queryClient.setQueryData(query.queryKey, next);
      }
    },
  };
}

/**
 * Puts a tag just created on top of every cached list (it is the newest of all, even when the loaded
 * rows tell nothing) and seeds its detail. No write can be pending on an id the server just made, so
 * this needs no ledger, and a page with only the create form ships none.
 */
export function insertCreatedTag(queryClient: QueryClient, tag: ConversationTag): void {
  for (const query of queryClient.getQueryCache().findAll({ queryKey: tagKeys.lists() })) {
    const data = query.state.data as TagListData | undefined;
    if (!data || data.pages.length === 0 || findTag(data, tag.tag_id)) continue;
    queryClient.setQueryData(query.queryKey, withPage(data, 0, (tags) => tags.unshift(tag)));
  }
  queryClient.setQueryData(tagKeys.detail(tag.tag_id), tag);
}
