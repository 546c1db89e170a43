import { useMutation, useQueryClient, type UseMutationOptions, type UseMutationResult } from "@tanstack/react-query";
import type { TagsApiError } from "../api/errors.js";
import { tagKeys } from "../api/keys.js";
import type { ConversationTag, CreateTagRequest } from "../tag.js";
import { useTagsClient } from "./TagsApiProvider.js";

/** Options of {@link useCreateTag}: any `useMutation` option except the function itself. */
export type UseCreateTagOptions<TContext = unknown> = Omit<
  UseMutationOptions<ConversationTag, TagsApiError, CreateTagRequest, TContext>,
  "mutationFn"
>;

function isClientError(error: TagsApiError): boolean {
  return error.kind === "invalid_response" || (error.status !== null && error.status >= 400 && error.status < 500);
}

function allowsRetry(
  retry: UseCreateTagOptions["retry"],
  failureCount: number,
  error: TagsApiError,
): boolean {
  if (typeof retry === "function") return retry(failureCount, error);
  if (typeof retry === "number") return failureCount < retry;
  return retry === true;
}

/** Retries only failures a retry can fix: never a 4xx, at most twice otherwise. */
export function shouldRetryTagRequest(failureCount: number, error: TagsApiError): boolean {
  return !isClientError(error) && failureCount < 2;
}

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
    retry: (failureCount, error) => !isClientError(error) && allowsRetry(options.retry, failureCount, error),
    mutationFn: (request) => client.createTag(request),
    onSuccess: async (tag, ...rest) => {
      queryClient.setQueryData(tagKeys.detail(tag.tag_id), tag);
      await queryClient.invalidateQueries({ queryKey: tagKeys.lists() });
      await options.onSuccess?.(tag, ...rest);
    },
  });
}
