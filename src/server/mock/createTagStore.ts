/**
 * The mock API's memory: tags newest first, pages with opaque cursors, and assignments. The one
 * record of which conversation carries which tag: the conversations list reads it, and deleting a
 * tag takes it off every conversation here.
 */
import type { ConversationTag, ListTagsPage } from "../../core/tag.js";
import { cursorPage } from "./cursorPage.js";

/** What {@link createTagStore} needs. */
export interface TagStoreOptions {
  /** Tags present at the start and after `reset()`, in any order. */
  initialTags: readonly ConversationTag[];
  /** Milliseconds since the epoch, for `created_at_unix_secs`. */
  now: () => number;
  /**
   * Tag ids per conversation id at the start and after `reset()`, in assignment order. Kept as
   * given, even ids of tags the store does not hold: seeding is the test's word, not a request.
   */
  initialAssignments?: ReadonlyMap<string, readonly string[]>;
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

/** Creates the store. Order is by creation sequence, so tags made in the same second stay ordered. */
export function createTagStore({ initialTags, now, initialAssignments = new Map() }: TagStoreOptions): TagStore {
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
    for (const [conversationId, tagIds] of initialAssignments) {
      if (tagIds.length > 0) assignments.set(conversationId, new Set(tagIds));
    }
  }
  reset();

  return {
    list(pageSize, cursor) {
      const page = cursorPage(entries, pageSize, cursor);
      if (!page) return null;
      return {
        conversation_tags: page.entries.map((entry) => ({ ...entry.tag })),
        next_cursor: page.nextCursor,
        has_more: page.hasMore,
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
      // "Conversations lose this tag": the list reads assignments from here, so this is the whole cascade.
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
