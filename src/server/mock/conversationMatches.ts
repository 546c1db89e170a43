/**
 * Which conversations a list request's filters keep. The real API documents what each filter is
 * for but not its edges (several tag ids, search, the time bounds), so each edge here is the mock's
 * stated choice.
 */
import type { ConversationSummary } from "../../core/conversation.js";

/**
 * How several `tag_ids` filter: `"any"` keeps a conversation carrying at least one of them, `"all"`
 * one carrying every one. The real API does not document which it does.
 */
export type TagFilterMatch = "any" | "all";

/** The filters of one list request, read and validated. Absent means no filter. */
export interface ConversationQuery {
  /** The repeated `tag_ids`, as sent; empty means no tag filter. */
  tagIds: readonly string[];
  /** Exact `agent_id`. */
  agentId?: string;
  /** `search`, matched case-insensitively as a substring of the title, the summary or the agent's name. */
  search?: string;
  /** `call_start_after_unix`: calls that started strictly after it. */
  startAfter?: number;
  /** `call_start_before_unix`: calls that started up to it, inclusive ("up to this start date"). */
  startBefore?: number;
}

// The fields a person would search for a call by: what it was about and who took it. The API
// searches transcripts, which summaries do not carry; these are the nearest text they do.
const SEARCHED = ["call_summary_title", "transcript_summary", "agent_name"] as const;

function matchesTags(assigned: readonly string[], wanted: readonly string[], match: TagFilterMatch): boolean {
  if (wanted.length === 0) return true;
  return match === "all" ? wanted.every((id) => assigned.includes(id)) : wanted.some((id) => assigned.includes(id));
}

function matchesSearch(conversation: ConversationSummary, search: string): boolean {
  const needle = search.toLowerCase();
  return SEARCHED.some((field) => {
    const text = conversation[field];
    return typeof text === "string" && text.toLowerCase().includes(needle);
  });
}

/** Whether `conversation`, currently carrying the tags `assigned`, passes every filter of `query`. */
export function conversationMatches(
  conversation: ConversationSummary,
  assigned: readonly string[],
  query: ConversationQuery,
  match: TagFilterMatch,
): boolean {
  const { agentId, search, startAfter, startBefore } = query;
  const start = conversation.start_time_unix_secs;
  return (
    matchesTags(assigned, query.tagIds, match) &&
    (agentId === undefined || conversation.agent_id === agentId) &&
    (search === undefined || matchesSearch(conversation, search)) &&
    (startAfter === undefined || start > startAfter) &&
    (startBefore === undefined || start <= startBefore)
  );
}
