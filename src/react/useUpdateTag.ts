import type { UseMutationResult } from "@tanstack/react-query";
import type { TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import type { ConversationTag, UpdateTagRequest } from "../core/tag.js";
import { useTagsClient } from "./TagsApiProvider.js";
import { cancelTagQueries, ledgerOf, tagSlot } from "./tagCache.js";
import { useTagMutation, type TagMutationOptions } from "./useTagMutation.js";

/** What {@link useUpdateTag} mutates: the tag and the fields to change (omit a field to keep it). */
export interface UpdateTagVariables {
  tagId: string;
  changes: UpdateTagRequest;
}

/** Options of {@link useUpdateTag}: any `useMutation` option except the function itself. */
export type UseUpdateTagOptions<TContext = unknown> = TagMutationOptions<ConversationTag, UpdateTagVariables, TContext>;

/**
 * Changes a tag's title or description (`PATCH`). On success the server's tag replaces the old one
 * in every cached list and in its detail at once; lists refresh in the background. A 404 means the
 * tag was deleted meanwhile: the error reaches you (`kind: "not_found"`) and the tag leaves the lists.
 * Never retried unless you pass `retry`, and never on a 4xx.
 */
export function useUpdateTag<TContext = unknown>(
  options: UseUpdateTagOptions<TContext> = {},
): UseMutationResult<ConversationTag, TagsApiError, UpdateTagVariables, TContext> {
  const client = useTagsClient();
  return useTagMutation(options, {
    mutationFn: ({ tagId, changes }) => client.updateTag(tagId, changes),
    begin: (queryClient, { tagId }) => {
      // Shows nothing until the answer, but holds the tag's place: a delete refused after this
      // update landed brings the tag back as the server now has it.
      const pending = ledgerOf(queryClient).begin(tagSlot(queryClient, tagId));
      return {
        succeeded: async (tag) => {
          await cancelTagQueries(queryClient, tag.tag_id);
          pending.succeeded(tag);
          queryClient.setQueryData(tagKeys.detail(tag.tag_id), tag);
        },
        failed: (error) => {
          if (error.kind === "not_found") pending.succeeded(null);
          else pending.failed();
        },
      };
    },
    refresh: ({ tagId }) => [tagKeys.lists(), tagKeys.detail(tagId)],
  });
}
