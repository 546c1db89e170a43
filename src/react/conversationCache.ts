/**
 * Where one conversation's tags live in the react-query cache: `tagKeys.conversation(id)` (a
 * `string[]` the host or the picker seeds) and the conversation's row in every cached conversations
 * list (`tag_ids`). An assign, an unassign or a tag's delete changes them all at once, as one
 * {@link LedgerSlot}.
 */
import type { InfiniteData, Query, QueryClient } from "@tanstack/react-query";
import type { ConversationSummary, ListConversationsPage } from "../core/conversation.js";
import { tagKeys } from "../core/keys.js";
import { idListSlot, type IdList } from "./idListSlot.js";
import type { LedgerSlot } from "./writeLedger.js";

/** What a cached conversations list holds: `useConversations`' infinite query data. */
export type ConversationListData = InfiniteData<ListConversationsPage, string | null>;

function conversationLists(queryClient: QueryClient): Query[] {
  return queryClient.getQueryCache().findAll({ queryKey: tagKeys.conversationLists() });
}

function rowsOf(query: Query): ConversationSummary[] {
  const data = query.state.data as ConversationListData | undefined;
  return data?.pages.flatMap((page) => page.conversations) ?? [];
}

/** One conversation's row in one cached list, as an id list: absent when the list lacks the row. */
function rowIds(queryClient: QueryClient, query: Query, conversationId: string): IdList {
  const find = () => rowsOf(query).find((row) => row.conversation_id === conversationId);
  return {
    name: query.queryHash,
    // A row the list holds has known tags: none when the API left `tag_ids` out.
    get: () => {
      const row = find();
      return row ? (row.tag_ids ?? []) : undefined;
    },
    set: (ids) => {
      const data = query.state.data as ConversationListData | undefined;
      if (!data) return;
      const pages = data.pages.map((page) =>
        page.conversations.some((row) => row.conversation_id === conversationId)
          ? {
              ...page,
              conversations: page.conversations.map((row) =>
                row.conversation_id === conversationId ? { ...row, tag_ids: ids } : row,
              ),
            }
          : page,
      );
      queryClient.setQueryData(query.queryKey, { ...data, pages });
    },
  };
}

/**
 * Whether one tag id is on one conversation, everywhere the cache shows that conversation's tags:
 * `undefined` when it shows them nowhere (its other tags are not ours to guess, so nothing is written).
 */
export function conversationTagSlot(
  queryClient: QueryClient,
  conversationId: string,
  tagId: string,
): LedgerSlot<boolean | undefined> {
  const key = tagKeys.conversation(conversationId);
  const own: IdList = {
    name: "conversation",
    get: () => queryClient.getQueryData<string[]>(key),
    set: (ids) => queryClient.setQueryData<string[]>(key, ids),
  };
  return idListSlot(`conversation\u0000${conversationId}\u0000${tagId}`, tagId, () => [
    own,
    ...conversationLists(queryClient).map((query) => rowIds(queryClient, query, conversationId)),
  ]);
}

/**
 * The conversations whose tags the cache shows (their own ids, or a row in a list), or only those
 * that show `tagId`.
 */
export function cachedConversations(queryClient: QueryClient, tagId?: string): string[] {
  const found = new Set<string>();
  for (const [queryKey, ids] of queryClient.getQueriesData<string[]>({ queryKey: tagKeys.conversations() })) {
    if (ids !== undefined && (tagId === undefined || ids.includes(tagId))) found.add(String(queryKey.at(-1)));
  }
  for (const query of conversationLists(queryClient)) {
    for (const row of rowsOf(query)) {
      if (tagId === undefined || (row.tag_ids ?? []).includes(tagId)) found.add(row.conversation_id);
    }
  }
  return [...found];
}

/**
 * Cancels the conversations lists being fetched that already show rows, so an answer sent before a
 * write cannot land after it with the conversation's old tags. A list's first fetch is left alone:
 * cancelling it would leave the list with nothing to show.
 */
export async function cancelConversationLists(queryClient: QueryClient): Promise<void> {
  await queryClient.cancelQueries({
    queryKey: tagKeys.conversationLists(),
    predicate: (query) => query.state.data !== undefined,
  });
}
