import type { UseMutationResult } from "@tanstack/react-query";
import { TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import { useTagsClient } from "./TagsApiProvider.js";
import { cachedConversations, cancelConversationLists, conversationTagSlot } from "./conversationCache.js";
import { cancelTagQueries, ledgerOf, tagSlot } from "./tagCache.js";
import { settleAll } from "./writeLedger.js";
import { useTagMutation, type TagMutationOptions } from "./useTagMutation.js";

/** Options of {@link useDeleteTag}: any `useMutation` option except the function itself. */
export type UseDeleteTagOptions<TContext = unknown> = TagMutationOptions<void, string, TContext>;

/**
 * Deletes a tag by id: `mutate(tagId)`. The tag leaves every cached list at once (queries in flight
 * are cancelled first, so a late refetch cannot bring it back) and returns to the same place if the
 * API refuses. It leaves every cached conversation's tags too (`tagKeys.conversation(id)` and the rows
 * of cached conversations lists). A 404 means it is already gone, which is what was asked: success.
 * Never retried unless you pass `retry`, and never on a 4xx.
 */
export function useDeleteTag<TContext = unknown>(
  options: UseDeleteTagOptions<TContext> = {},
): UseMutationResult<void, TagsApiError, string, TContext> {
  const client = useTagsClient();
  return useTagMutation(options, {
    mutationFn: async (tagId) => {
      try {
        await client.deleteTag(tagId);
      } catch (error) {
        if (!(error instanceof TagsApiError && error.kind === "not_found")) throw error;
      }
    },
    begin: async (queryClient, tagId) => {
      await Promise.all([cancelTagQueries(queryClient, tagId), cancelConversationLists(queryClient)]);
      const ledger = ledgerOf(queryClient);
      // A deleted tag is off every conversation too.
      const writes = [
        ledger.begin(tagSlot(queryClient, tagId), null),
        ...cachedConversations(queryClient, tagId).map((id) =>
          ledger.begin(conversationTagSlot(queryClient, id, tagId), false),
        ),
      ];
      const all = settleAll(writes);
      return {
        succeeded: () => {
          all.succeeded();
          // The server took it off every conversation, including ones tagged since the delete began
          // and ones where a pending unassign hides it now (its failure must not bring it back).
          for (const id of cachedConversations(queryClient)) {
            ledger.confirm(conversationTagSlot(queryClient, id, tagId), false);
          }
          queryClient.removeQueries({ queryKey: tagKeys.detail(tagId), exact: true });
        },
        failed: all.failed,
      };
    },
    refresh: () => [tagKeys.lists()],
  });
}
