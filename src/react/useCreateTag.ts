import type { UseMutationResult } from "@tanstack/react-query";
import type { TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import type { ConversationTag, CreateTagRequest } from "../core/tag.js";
import { useTagsClient } from "./TagsApiProvider.js";
import { cancelTagQueries, insertCreatedTag } from "./tagCache.js";
import { useTagMutation, type TagMutationOptions } from "./useTagMutation.js";

/** Options of {@link useCreateTag}: any `useMutation` option except the function itself. */
export type UseCreateTagOptions<TContext = unknown> = TagMutationOptions<ConversationTag, CreateTagRequest, TContext>;

/**
 * Creates a tag. On success it puts the tag at the top of every cached tag list and seeds its
 * detail query at once, then refreshes the lists in the background (the mutation does not wait for
 * that); your own `onSuccess` runs after the cache is updated. It does not retry unless you pass
 * `retry`, and never retries a 4xx: the same request would fail the same way.
 */
export function useCreateTag<TContext = unknown>(
  options: UseCreateTagOptions<TContext> = {},
): UseMutationResult<ConversationTag, TagsApiError, CreateTagRequest, TContext> {
  const client = useTagsClient();
  return useTagMutation(options, {
    mutationFn: (request) => client.createTag(request),
    begin: (queryClient) => ({
      succeeded: async (tag) => {
        // A list refetch that started before the create must not land after the insert without it.
        await cancelTagQueries(queryClient);
        insertCreatedTag(queryClient, tag);
      },
      failed: () => {},
    }),
    // A refused create changed nothing; an unreadable answer may hide a created tag, so look.
    refresh: (_request, error) => (error === null || error.kind === "invalid_response" ? [tagKeys.lists()] : []),
  });
}
