/**
 * Every optimistic write the kit makes to the react-query cache, and its undo, in one place. Each
 * write touches only the one tag (or conversation id) it is about, and each undo puts back only
 * that, so two mutations on different tags at once both land.
 */
import type { InfiniteData, QueryClient } from "@tanstack/react-query";
import { tagKeys } from "../core/keys.js";
import type { ConversationTag, ListTagsPage } from "../core/tag.js";

/** What a cached tag list holds: `useTags`' infinite query data. */
export type TagListData = InfiniteData<ListTagsPage, string | null>;

/** Puts a cache write back the way it was. */
export type Rollback = () => void;

function hasTag(data: TagListData, tagId: string): boolean {
  return data.pages.some((page) => page.conversation_tags.some((tag) => tag.tag_id === tagId));
}

function mapTags(data: TagListData, map: (tags: ConversationTag[]) => ConversationTag[]): TagListData {
  return { ...data, pages: data.pages.map((page) => ({ ...page, conversation_tags: map(page.conversation_tags) })) };
}

/**
 * Cancels the tag queries in flight, so a refetch that started before a write cannot land after it
 * with older data (and, say, bring back a tag just deleted).
 */
export async function cancelTagQueries(queryClient: QueryClient, tagId?: string): Promise<void> {
  await Promise.all([
    queryClient.cancelQueries({ queryKey: tagKeys.lists() }),
    tagId === undefined ? undefined : queryClient.cancelQueries({ queryKey: tagKeys.detail(tagId), exact: true }),
  ]);
}

/** Puts a new tag at the top of every cached list (newest first) and seeds its detail. */
export function insertTag(queryClient: QueryClient, tag: ConversationTag): void {
  queryClient.setQueriesData<TagListData>({ queryKey: tagKeys.lists() }, (data) => {
    if (!data || data.pages.length === 0 || hasTag(data, tag.tag_id)) return data;
    const [first, ...rest] = data.pages as [ListTagsPage, ...ListTagsPage[]];
    return { ...data, pages: [{ ...first, conversation_tags: [tag, ...first.conversation_tags] }, ...rest] };
  });
  queryClient.setQueryData(tagKeys.detail(tag.tag_id), tag);
}

/** Replaces a tag wherever it is cached: every list it is in, and its detail. */
export function patchTag(queryClient: QueryClient, tag: ConversationTag): void {
  queryClient.setQueriesData<TagListData>({ queryKey: tagKeys.lists() }, (data) =>
    data && hasTag(data, tag.tag_id)
      ? mapTags(data, (tags) => tags.map((t) => (t.tag_id === tag.tag_id ? tag : t)))
      : data,
  );
  queryClient.setQueryData(tagKeys.detail(tag.tag_id), tag);
}

/**
 * Takes a tag out of every cached list. The rollback puts it back where it was in each list (same
 * page, same index), unless that list has it again by then.
 */
export function removeTag(queryClient: QueryClient, tagId: string): Rollback {
  const positions: { queryKey: readonly unknown[]; page: number; index: number; tag: ConversationTag }[] = [];
  for (const [queryKey, data] of queryClient.getQueriesData<TagListData>({ queryKey: tagKeys.lists() })) {
    if (!data || !hasTag(data, tagId)) continue;
    data.pages.forEach((page, pageIndex) => {
      const index = page.conversation_tags.findIndex((tag) => tag.tag_id === tagId);
      const tag = page.conversation_tags[index];
      if (tag) positions.push({ queryKey, page: pageIndex, index, tag });
    });
    queryClient.setQueryData<TagListData>(queryKey, mapTags(data, (tags) => tags.filter((t) => t.tag_id !== tagId)));
  }
  return () => {
    for (const { queryKey, page, index, tag } of positions) {
      queryClient.setQueryData<TagListData>(queryKey, (data) => {
        if (!data || hasTag(data, tagId) || !data.pages[page]) return data;
        const pages = data.pages.map((p, i) => {
          if (i !== page) return p;
          const tags = [...p.conversation_tags];
          tags.splice(Math.min(index, tags.length), 0, tag);
          return { ...p, conversation_tags: tags };
        });
        return { ...data, pages };
      });
    }
  };
}

/**
 * Adds tag ids to a conversation's cached ids (a conversation the cache knows nothing of stays
 * unknown: its other tags are not ours to guess). The rollback removes only the ids it added.
 */
export function addConversationTags(queryClient: QueryClient, conversationId: string, tagIds: readonly string[]): Rollback {
  const key = tagKeys.conversation(conversationId);
  const before = queryClient.getQueryData<string[]>(key);
  if (!before) return () => {};
  const added = [...new Set(tagIds)].filter((id) => !before.includes(id));
  if (added.length > 0) queryClient.setQueryData<string[]>(key, [...before, ...added]);
  return () => {
    queryClient.setQueryData<string[]>(key, (ids) => ids?.filter((id) => !added.includes(id)));
  };
}

/** Removes one tag id from a conversation's cached ids; the rollback puts it back where it was. */
export function removeConversationTag(queryClient: QueryClient, conversationId: string, tagId: string): Rollback {
  const key = tagKeys.conversation(conversationId);
  const before = queryClient.getQueryData<string[]>(key);
  const index = before?.indexOf(tagId) ?? -1;
  if (!before || index < 0) return () => {};
  queryClient.setQueryData<string[]>(key, before.filter((id) => id !== tagId));
  return () => {
    queryClient.setQueryData<string[]>(key, (ids) => {
      if (!ids || ids.includes(tagId)) return ids;
      const next = [...ids];
      next.splice(Math.min(index, next.length), 0, tagId);
      return next;
    });
  };
}
