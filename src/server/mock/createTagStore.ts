/** The mock API's memory: tags newest first, pages with opaque cursors, and assignments. */
import type { ConversationTag, ListTagsPage } from "../../core/tag.js";

/** What {@link createTagStore} needs. */
export interface TagStoreOptions {
  /** Tags present at the start and after `reset()`, in any order. */
  initialTags: readonly ConversationTag[];
  /** Milliseconds since the epoch, for `created_at_unix_secs`. */
  now: () => number;
}

/** Fields a PATCH may change; absent means unchanged. */
export interface TagChanges {
  title?: string;
  description?: string | null;
}

/** In-memory tags and assignments; every tag it returns is a copy. */
export interface TagStore {
  /** A page newest first, or `null` when the cursor is not one this store made. */
  list(pageSize: number, cursor: string | null): ListTagsPage | null;
  create(title: string, description: string | null): ConversationTag;
  get(tagId: string): ConversationTag | undefined;
  update(tagId: string, changes: TagChanges): ConversationTag | undefined;
  remove(tagId: string): boolean;
  /** The ids among `tagIds` the store does not know; when none, the tags are assigned. */
  assign(conversationId: string, tagIds: readonly string[]): string[];
  unassign(conversationId: string, tagId: string): void;
  assigned(conversationId: string): string[];
  snapshot(): ConversationTag[];
  reset(): void;
}

const WORKSPACE_ID = "workspace_mock";
const OWNER_USER_ID = "user_mock";
const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

// getRandomValues, unlike randomUUID, also exists on plain-http pages, where MSW may run.
function randomId(length = 20): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (byte) => ID_ALPHABET.charAt(byte % ID_ALPHABET.length)).join("");
}

function encodeCursor(seq: number): string {
  return btoa(JSON.stringify({ before: seq })).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeCursor(cursor: string): number | null {
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")));
    const before = (parsed as { before?: unknown } | null)?.before;
    return Number.isSafeInteger(before) ? (before as number) : null;
  } catch {
    return null;
  }
}

/** Creates the store. Order is by creation sequence, so tags made in the same second stay ordered. */
export function createTagStore({ initialTags, now }: TagStoreOptions): TagStore {
  let entries: { seq: number; tag: ConversationTag }[] = [];
  let nextSeq = 0;
  const assignments = new Map<string, Set<string>>();

  const find = (tagId: string) => entries.find((entry) => entry.tag.tag_id === tagId);

  function reset() {
    // Newest first by creation time; ties keep the order they were given in.
    const sorted = [...initialTags].sort((a, b) => b.created_at_unix_secs - a.created_at_unix_secs);
    nextSeq = sorted.length;
    entries = sorted.map((tag, index) => ({ seq: sorted.length - index, tag: { ...tag } }));
    assignments.clear();
  }
  reset();

  return {
    list(pageSize, cursor) {
      const before = cursor === null ? Infinity : decodeCursor(cursor);
      if (before === null) return null;
      const rest = entries.filter((entry) => entry.seq < before);
      const page = rest.slice(0, pageSize);
      const last = page.at(-1);
      const hasMore = rest.length > page.length;
      return {
        conversation_tags: page.map((entry) => ({ ...entry.tag })),
        next_cursor: hasMore && last ? encodeCursor(last.seq) : null,
        has_more: hasMore,
      };
    },
    create(title, description) {
      const tag: ConversationTag = {
        tag_id: `tag_${randomId()}`,
        workspace_id: WORKSPACE_ID,
        owner_user_id: OWNER_USER_ID,
        title,
        description,
        created_at_unix_secs: Math.floor(now() / 1000),
      };
      entries.unshift({ seq: ++nextSeq, tag });
      return { ...tag };
    },
    get(tagId) {
      const entry = find(tagId);
      return entry && { ...entry.tag };
    },
    update(tagId, changes) {
      const entry = find(tagId);
      if (!entry) return undefined;
      entry.tag = { ...entry.tag, ...changes };
      return { ...entry.tag };
    },
    remove(tagId) {
      const before = entries.length;
      entries = entries.filter((entry) => entry.tag.tag_id !== tagId);
      for (const tagIds of assignments.values()) tagIds.delete(tagId);
      return entries.length < before;
    },
    assign(conversationId, tagIds) {
      const unknown = tagIds.filter((tagId) => !find(tagId));
      if (unknown.length > 0) return unknown;
      const assigned = assignments.get(conversationId) ?? new Set<string>();
      for (const tagId of tagIds) assigned.add(tagId);
      assignments.set(conversationId, assigned);
      return [];
    },
    unassign(conversationId, tagId) {
      assignments.get(conversationId)?.delete(tagId);
    },
    assigned: (conversationId) => [...(assignments.get(conversationId) ?? [])],
    snapshot: () => entries.map((entry) => ({ ...entry.tag })),
    reset,
  };
}
