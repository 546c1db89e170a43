import { hashKey } from "@tanstack/react-query";
import { useCallback, useMemo, useState } from "react";
import { normalizeConversationFilters, type ConversationFilters } from "../core/conversation.js";
import type { TagsApiError } from "../core/errors.js";
import { tagKeys } from "../core/keys.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { useConversations } from "../react/useConversations.js";
import { useWorkspaceTags } from "../react/useWorkspaceTags.js";
import { conversationRow, type ConversationListRow, type RowCache } from "./conversationListRow.js";
import { defaultConversationListMessages, type ConversationListMessages } from "./messages.js";
import { useFetchedFilterTags } from "./useFetchedFilterTags.js";

/** Options of {@link useConversationList}. */
export interface UseConversationListOptions {
  /** Which conversations: tags, agent, search, time bounds, page size. Default: all, newest first. */
  filters?: ConversationFilters;
  /** The locale times and durations are shown in, e.g. `"en-US"`; default the browser's. */
  locale?: string;
  /** The time zone start times are shown in, e.g. `"UTC"`; default the browser's. */
  timeZone?: string;
  /** Text overrides on top of `defaultConversationListMessages`. Keep the object stable. */
  messages?: Partial<ConversationListMessages>;
}

/** Everything a host needs to render its own conversation rows or table; see {@link useConversationList}. */
export interface UseConversationListResult {
  /** `loading` until the first page arrives; `error` when it failed; then `empty` or `ready`. */
  state: "loading" | "error" | "empty" | "ready";
  /** Every row loaded so far, newest first. */
  rows: ConversationListRow[];
  /** The last read's failure (the first page, a refresh or the next page), or `null`. */
  error: TagsApiError | null;
  /** `true` when `error` is the next page's (the rows shown are still current). */
  isLoadMoreError: boolean;
  /** Tries the failed read again (the next page, or the whole list), and the tags' titles if they failed. */
  retry: () => void;
  /** More conversations match than are loaded. */
  hasMore: boolean;
  /** Loads the next page; does nothing while one loads. */
  loadMore: () => void;
  isLoadingMore: boolean;
  /**
   * Fetches the list again (and the tags' titles if they failed): rows that no longer match leave,
   * and no row is "no longer tagged".
   */
  refresh: () => void;
  /** A refresh (or a retry of the whole list) is running while rows are shown. */
  isRefreshing: boolean;
  /** How many rows show `noLongerTagged`. */
  noLongerTaggedCount: number;
  /** The titles of the filter's tags, in the filter's order; unknown ones are left out until known. */
  filterTagTitles: string[];
  /** The tag filter in words ("Tagged: Refund, VIP"), or `null` without one. */
  filterDescription: string | null;
  /** The messages in use: the defaults with the overrides on top. */
  messages: ConversationListMessages;
}

/**
 * The conversations that match `filters`, newest first, as display-ready rows: title, start time
 * and duration in the given locale and time zone, status and success in words, and the tags by
 * title. Tagging anywhere in the kit updates rows at once; a row that lost a tag of the filter stays
 * in place with `noLongerTagged` until the list is fetched again (`refresh`), so nothing moves under
 * the person. Needs a `TagsApiProvider` above it.
 */
export function useConversationList(options: UseConversationListOptions = {}): UseConversationListResult {
  const { filters, locale, timeZone } = options;
  const messages = useMemo(() => mergeMessages(defaultConversationListMessages, options.messages), [options.messages]);
  const query = useConversations(filters);
  // The chips' titles: the workspace's tags every picker and filter on the page share, walked once.
  const { byId: titles, error: tagsError, retry: retryTags } = useWorkspaceTags();
  // Tags that failed to load come back with the list's own retry or refresh: no second button.
  const retryIfFailed = useCallback(() => {
    if (tagsError) retryTags();
  }, [tagsError, retryTags]);
  const queryHash = hashKey(tagKeys.conversationList(filters));
  const filterTagIds = useMemo(
    () => normalizeConversationFilters(filters).tag_ids ?? [],
    // The hash holds the normalized filters: a new but equal filters object changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryHash],
  );
  const fetched = useFetchedFilterTags(queryHash, query.data, filterTagIds);
  const [cache] = useState<RowCache>(() => new WeakMap());
  const pages = query.data?.pages;

  const rows = useMemo(() => {
    const context = { titles, fetched, messages, format: { locale, timeZone } };
    return pages?.flatMap((page) => page.conversations.map((summary) => conversationRow(summary, context, cache))) ?? [];
  }, [pages, titles, fetched, messages, locale, timeZone, cache]);

  // In the host's order, each once.
  const filterTagTitles = useMemo(
    () => [...new Set(filters?.tag_ids ?? [])].flatMap((id) => titles.get(id)?.title ?? []),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [queryHash, titles],
  );

  const { refetch, fetchNextPage, isFetchingNextPage, hasNextPage, isFetchNextPageError } = query;
  const refresh = useCallback(() => {
    retryIfFailed();
    void refetch();
  }, [refetch, retryIfFailed]);
  const loadMore = useCallback(() => {
    if (!isFetchingNextPage) void fetchNextPage();
  }, [isFetchingNextPage, fetchNextPage]);
  const retry = useCallback(() => {
    retryIfFailed();
    void (isFetchNextPageError ? fetchNextPage() : refetch());
  }, [isFetchNextPageError, fetchNextPage, refetch, retryIfFailed]);

  const noLongerTaggedCount = useMemo(() => rows.filter((row) => row.noLongerTagged.length > 0).length, [rows]);

  let state: UseConversationListResult["state"] = "ready";
  if (query.isPending) state = "loading";
  else if (query.data === undefined) state = "error";
  else if (rows.length === 0) state = "empty";
  return {
    state,
    rows,
    error: query.error,
    isLoadMoreError: isFetchNextPageError,
    retry,
    hasMore: hasNextPage,
    loadMore,
    isLoadingMore: isFetchingNextPage,
    refresh,
    isRefreshing: query.isRefetching && !isFetchingNextPage,
    noLongerTaggedCount,
    filterTagTitles,
    filterDescription: filterTagTitles.length > 0 ? messages.filterDescription(filterTagTitles) : null,
    messages,
  };
}
