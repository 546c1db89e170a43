import { useQuery, useQueryClient, type UseQueryOptions, type UseQueryResult } from "@tanstack/react-query";
import { TagsApiError } from "../core/errors.js";
import type { tagKeys } from "../core/keys.js";
import { tagQueryOptions } from "../core/queries.js";
import type { ConversationTag } from "../core/tag.js";
import { useTagsClient } from "./TagsApiProvider.js";
import { ledgerOf, tagSlot } from "./tagCache.js";

/** Options of {@link useTag}: any `useQuery` option except the key and the function (`enabled`, `select`, `staleTime`...). */
export type UseTagOptions<TData = ConversationTag> = Omit<
  UseQueryOptions<ConversationTag, TagsApiError, TData, ReturnType<typeof tagKeys.detail>>,
  "queryKey" | "queryFn"
>;

/**
 * One tag by id. A 404 means it was deleted: the error has `kind: "not_found"` and the tag leaves
 * every cached list. Retries only failures a retry can fix, unless you pass `retry`.
 */
export function useTag<TData = ConversationTag>(
  tagId: string,
  options: UseTagOptions<TData> = {},
): UseQueryResult<TData, TagsApiError> {
  const client = useTagsClient();
  const queryClient = useQueryClient();
  const base = tagQueryOptions(client, tagId);
  return useQuery({
    retry: base.retry,
    ...options,
    queryKey: base.queryKey,
    queryFn: async (context) => {
      try {
        return await base.queryFn(context);
      } catch (error) {
        if (error instanceof TagsApiError && error.kind === "not_found") ledgerOf(queryClient).confirm(tagSlot(queryClient, tagId), null);
        throw error;
      }
    },
  });
}
