/**
 * Conversations for the bench's conversations page (issue 21), generated here (the bench never
 * imports `test/`): newest first, a unique title each, spread over three agents with varied
 * durations, statuses and outcomes. Tags follow a fixed plan so the bench knows what a filter
 * returns: every conversation carries one of the first {@link POPULAR_TAGS} tags (`i % 8`, so each
 * of those is on 1 in 8 conversations, more than a page of 100 out of 1,000), and every third one
 * also carries one of the rest.
 */
import type { ConversationSummary, ConversationTag } from "../../src";

/** How many of the workspace's first tags each sit on one in eight conversations. */
export const POPULAR_TAGS = 8;

const AGENTS = [
  { agent_id: "agent_support", agent_name: "Support line" },
  { agent_id: "agent_billing", agent_name: "Billing desk" },
  { agent_id: "agent_sales", agent_name: "Sales assistant" },
];
const TOPICS = [
  "Refund for the annual plan",
  "Card declined at checkout",
  "Question about opening hours",
  "Late delivery follow-up",
  "Upgrade to the team plan",
  "Password reset did not arrive",
  "Invoice address change",
];
const STATUSES = ["done", "done", "done", "failed", "processing"] as const;
const OUTCOMES = ["success", "success", "failure", "unknown"] as const;

/** The title of conversation `index` (0-based, newest first): unique, so a row can be found by it. */
export function conversationTitle(index: number): string {
  return `Call ${String(index + 1).padStart(4, "0")}: ${TOPICS[index % TOPICS.length] ?? ""}`;
}

/** `count` conversations, newest first, tagged from `tags` as the module says (`tags` needs more than 8). */
export function benchConversations(count: number, tags: readonly ConversationTag[]): ConversationSummary[] {
  const newest = Math.floor(Date.parse("2026-11-01T00:00:00Z") / 1000);
  const rare = tags.length - POPULAR_TAGS;
  if (rare <= 0) throw new Error(`benchConversations needs more than ${POPULAR_TAGS} tags`);
  return Array.from({ length: count }, (_, i) => {
    const agent = AGENTS[i % AGENTS.length] ?? AGENTS[0];
    const tagIds = [tags[i % POPULAR_TAGS]?.tag_id ?? ""];
    if (i % 3 === 0) tagIds.push(tags[POPULAR_TAGS + ((i * 7) % rare)]?.tag_id ?? "");
    return {
      agent_id: agent?.agent_id ?? "agent_support",
      agent_name: agent?.agent_name ?? null,
      conversation_id: `conv_${String(i + 1).padStart(5, "0")}`,
      start_time_unix_secs: newest - i * 900,
      call_duration_secs: 45 + ((i * 97) % 600),
      message_count: 4 + ((i * 5) % 30),
      status: STATUSES[i % STATUSES.length] ?? "done",
      call_successful: OUTCOMES[i % OUTCOMES.length] ?? "unknown",
      call_summary_title: conversationTitle(i),
      transcript_summary: `The caller asked about ${(TOPICS[i % TOPICS.length] ?? "").toLowerCase()}.`,
      tag_ids: tagIds,
    };
  });
}

/** Index (newest first) of the conversations that carry popular tag `k`: `k`, `k + 8`, `k + 16`, … */
export function firstWithPopularTag(k: number): number {
  return k % POPULAR_TAGS;
}
