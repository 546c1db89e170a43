import { normalizeConversationFilters, type ConversationFilters } from "./conversation.js";
import type { ListTagsParams } from "./tag.js";

/**
 * Query keys for tags, in the TanStack key-factory pattern: invalidate `tagKeys.lists()` to
 * refetch every list, `tagKeys.all` to refetch everything the kit cached. `tagKeys.workspace()` holds
 * every tag of the workspace, walked page by page and shared by every picker, filter and chip on the
 * page; it is a list too, so the kit's writes patch it and invalidating the lists refreshes it.
 * `tagKeys.conversation(id)` holds the ids of the tags assigned to one conversation (`string[]`),
 * which the assign and unassign hooks update optimistically. `tagKeys.conversationList(filters)`
 * holds the pages of one filtered conversations list; filters that mean the same (tag ids in another
 * order) share a key.
 */
export const tagKeys = {
  all: ["convai-tags"] as const,
  lists: () => [...tagKeys.all, "list"] as const,
  list: (params: ListTagsParams = {}) => [...tagKeys.lists(), params] as const,
  workspace: () => [...tagKeys.lists(), "workspace"] as const,
  details: () => [...tagKeys.all, "detail"] as const,
  detail: (tagId: string) => [...tagKeys.details(), tagId] as const,
  conversations: () => [...tagKeys.all, "conversation"] as const,
  conversation: (conversationId: string) => [...tagKeys.conversations(), conversationId] as const,
  conversationLists: () => [...tagKeys.all, "conversation-list"] as const,
  conversationList: (filters: ConversationFilters = {}) =>
    [...tagKeys.conversationLists(), normalizeConversationFilters(filters)] as const,
};
