import type { UseMutationResult } from "@tanstack/react-query";
import type { TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import { useTagsClient } from "./TagsApiProvider.js";
import { cancelConversationLists, conversationTagSlot } from "./conversationCache.js";
import { ledgerOf } from "./tagCache.js";
import { settleAll } from "./writeLedger.js";
import { useTagMutation, type TagMutationOptions } from "./useTagMutation.js";

/** What {@link useAssignTags} mutates: a conversation and 1 to 50 tag ids to add to it. */
export interface AssignTagsVariables {
  conversationId: string;
  tagIds: string[];
}

/** Options of {@link useAssignTags}: any `useMutation` option except the function itself. */
export type UseAssignTagsOptions<TContext = unknown> = TagMutationOptions<void, AssignTagsVariables, TContext>;

/**
 * Assigns tags to a conversation. The ids join `tagKeys.conversation(conversationId)` (a `string[]`)
 * when that query has data, and the conversation's `tag_ids` in every cached conversations list, at
 * once, and leave them again if the API refuses; ids already assigned
 * are ignored, as the API ignores them. Never retried unless you pass `retry`, and never on a 4xx.
 */
export function useAssignTags<TContext = unknown>(
  options: UseAssignTagsOptions<TContext> = {},
): UseMutationResult<void, TagsApiError, AssignTagsVariables, TContext> {
  const client = useTagsClient();
  return useTagMutation(options, {
    mutationFn: ({ conversationId, tagIds }) => client.assignTags(conversationId, { tag_ids: tagIds }),
    begin: async (queryClient, { conversationId, tagIds }) => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: tagKeys.conversation(conversationId), exact: true }),
        cancelConversationLists(queryClient),
      ]);
      const ledger = ledgerOf(queryClient);
      const writes = [...new Set(tagIds)].map((tagId) =>
        ledger.begin(conversationTagSlot(queryClient, conversationId, tagId), true),
      );
      return settleAll(writes);
    },
    refresh: ({ conversationId }) => [tagKeys.conversation(conversationId)],
  });
}
