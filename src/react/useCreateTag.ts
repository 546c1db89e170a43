import { useMutation, useQueryClient, type UseMutationOptions, type UseMutationResult } from "@tanstack/react-query";
import { retryWrite, type TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import type { ConversationTag, CreateTagRequest } from "../core/tag.js";
import { useTagsClient } from "./TagsApiProvider.js";

/** Options of {@link useCreateTag}: any `useMutation` option except the function itself. */
export type UseCreateTagOptions<TContext = unknown> = Omit<
  UseMutationOptions<ConversationTag, TagsApiError, CreateTagRequest, TContext>,
  "mutationFn"
>;

/**
 * Creates a tag. On success it refreshes every tag list and seeds the tag's detail query; your
 * own `onSuccess` runs after that. It does not retry unless you pass `retry`, and never retries a
 * 4xx: the same request would fail the same way.
 */
export function useCreateTag<TContext = unknown>(
  options: UseCreateTagOptions<TContext> = {},
): UseMutationResult<ConversationTag, TagsApiError, CreateTagRequest, TContext> {
  const client = useTagsClient();
  const queryClient = useQueryClient();
  return useMutation({
    ...options,
    retry: retryWrite(options.retry),
    mutationFn: (request) => client.createTag(request),
    onSuccess: async (tag, ...rest) => {
      queryClient.setQueryData(tagKeys.detail(tag.tag_id), tag);
      await queryClient.invalidateQueries({ queryKey: tagKeys.lists() });
      await options.onSuccess?.(tag, ...rest);
    },
  });
}
