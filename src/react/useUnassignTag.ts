import type { UseMutationResult } from "@tanstack/react-query";
import type { TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import { useTagsClient } from "./TagsApiProvider.js";
import { cancelConversationLists, conversationTagSlot } from "./conversationCache.js";
import { ledgerOf } from "./tagCache.js";
import { useTagMutation, type TagMutationOptions } from "./useTagMutation.js";

/** What {@link useUnassignTag} mutates: a conversation and the one tag id to take off it. */
export interface UnassignTagVariables {
  conversationId: string;
  tagId: string;
}

/** Options of {@link useUnassignTag}: any `useMutation` option except the function itself. */
export type UseUnassignTagOptions<TContext = unknown> = TagMutationOptions<void, UnassignTagVariables, TContext>;

/**
 * Removes one tag from a conversation. The id leaves `tagKeys.conversation(conversationId)` (a
 * `string[]`) and the conversation's `tag_ids` in every cached conversations list at once, and returns
 * to its place if the API refuses. The row stays in a list filtered by that tag until the list is
 * fetched again, so rows never move under the pointer. Never retried unless you pass
 * `retry`, and never on a 4xx.
 */
export function useUnassignTag<TContext = unknown>(
  options: UseUnassignTagOptions<TContext> = {},
): UseMutationResult<void, TagsApiError, UnassignTagVariables, TContext> {
  const client = useTagsClient();
  return useTagMutation(options, {
    mutationFn: ({ conversationId, tagId }) => client.unassignTag(conversationId, tagId),
    begin: async (queryClient, { conversationId, tagId }) => {
      await Promise.all([
        queryClient.cancelQueries({ queryKey: tagKeys.conversation(conversationId), exact: true }),
        cancelConversationLists(queryClient),
      ]);
      const write = ledgerOf(queryClient).begin(conversationTagSlot(queryClient, conversationId, tagId), false);
      return {
        succeeded: () => {
          write.succeeded();
        },
        // The tag itself is gone (deleted elsewhere): it is off the conversation either way.
        failed: (error) => {
          if (error.kind === "not_found") write.succeeded();
          else write.failed();
        },
      };
    },
    refresh: ({ conversationId }) => [tagKeys.conversation(conversationId)],
  });
}
