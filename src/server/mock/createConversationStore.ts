/**
 * The mock API's conversations: the summaries it was seeded with, newest first, each listed with
 * the tags it carries now. The store never changes a conversation; which tags one carries lives in
 * the tag store (the one record of assignments), so assigning, unassigning and deleting a tag show
 * up here without a second copy to keep in step.
 */
import type { ConversationSummary, ListConversationsPage } from "../../core/conversation.js";
import { conversationMatches, type ConversationQuery, type TagFilterMatch } from "./conversationMatches.js";
import { cursorPage } from "./cursorPage.js";

/** What {@link createConversationStore} needs. */
export interface ConversationStoreOptions {
  /** The conversations, in any order; every field is kept as given. */
  conversations: readonly ConversationSummary[];
  /** Ids of the tags a conversation carries now, in assignment order. */
  assigned: (conversationId: string) => string[];
  /** How several `tag_ids` filter. */
  tagFilterMatch: TagFilterMatch;
}

/** One list request: the filters, the page and whether summaries keep `transcript_summary`. */
export interface ConversationListRequest {
  query: ConversationQuery;
  pageSize: number;
  cursor: string | null;
  includeSummary: boolean;
}

/** The conversations, read-only; every summary it returns is a copy. */
export interface ConversationStore {
  /** A page newest first, or `null` when the cursor is not one the mock made. */
  list(request: ConversationListRequest): ListConversationsPage | null;
  /** Every conversation newest first, with all its fields and its current `tag_ids`. */
  snapshot(): ConversationSummary[];
}

/** Creates the store. Newest first by `start_time_unix_secs`; calls that started together keep the order given. */
export function createConversationStore({
  conversations,
  assigned,
  tagFilterMatch,
}: ConversationStoreOptions): ConversationStore {
  // Sorting is stable, so ties keep the order given; `seq` then fixes each one's place for cursors.
  const sorted = [...conversations].sort((a, b) => b.start_time_unix_secs - a.start_time_unix_secs);
  // A deep copy: a test that changes its seed objects (or nested fields) afterwards changes nothing here.
  const entries = sorted.map((conversation, index) => ({
    seq: sorted.length - index,
    conversation: structuredClone(conversation),
  }));

  // The seed's own `tag_ids` were only the initial assignments; what the tag store says now wins.
  const current = (conversation: ConversationSummary): ConversationSummary => ({
    ...structuredClone(conversation),
    tag_ids: assigned(conversation.conversation_id),
  });

  return {
    list({ query, pageSize, cursor, includeSummary }) {
      const kept = entries.filter(({ conversation }) =>
        conversationMatches(conversation, assigned(conversation.conversation_id), query, tagFilterMatch),
      );
      const page = cursorPage(kept, pageSize, cursor);
      if (!page) return null;
      return {
        conversations: page.entries.map(({ conversation }) => {
          const summary: Record<string, unknown> = current(conversation);
          // `summary_mode=exclude` leaves the field out rather than sending it empty.
          if (!includeSummary) delete summary.transcript_summary;
          return summary as ConversationSummary;
        }),
        next_cursor: page.nextCursor,
        has_more: page.hasMore,
      };
    },
    snapshot: () => entries.map(({ conversation }) => current(conversation)),
  };
}
