/**
 * What the demo's embedded mock API starts with: three tags and sixty conversations of three agents,
 * deterministic, dated back from `now` (the server's start, in Unix seconds). The end-to-end tests'
 * upstream serves the same conversations without tags (`tagged: false`).
 *
 * Runs in Node inside the Vite dev server (and the tests), never in the browser.
 */
import type { ConversationStatus, ConversationSuccess, ConversationSummary, ConversationTag } from "../src/index.js";

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

/** The demo's tags: `demo_tag_1` Refund request, `demo_tag_2` Escalated, `demo_tag_3` Happy customer 🎉. */
export function seedTags(now: number): ConversationTag[] {
  const seeds: [string, string | null][] = [
    ["Refund request", "The caller asked for their money back."],
    ["Escalated", "Handed over to a person."],
    ["Happy customer 🎉", null],
  ];
  return seeds.map(([title, description], i) => ({
    tag_id: `demo_tag_${i + 1}`,
    workspace_id: "demo_workspace",
    owner_user_id: "demo_user",
    title,
    description,
    created_at_unix_secs: now - (seeds.length - i) * DAY,
  }));
}

const REFUND = "demo_tag_1";
const ESCALATED = "demo_tag_2";
const HAPPY = "demo_tag_3";
/** A tag deleted elsewhere: a conversation may still carry its id (the picker shows "Deleted tag"). */
const REMOVED = "demo_tag_removed";

const AGENTS = [
  { agent_id: "demo_agent_support", agent_name: "Support line" },
  { agent_id: "demo_agent_billing", agent_name: "Billing desk" },
  { agent_id: "demo_agent_orders", agent_name: "Order assistant" },
] as const;

/** Twenty calls, each a title, a summary and the tags its first call carries. */
const TOPICS: readonly (readonly [title: string, summary: string, tagIds: readonly string[]])[] = [
  ["Caller wants a refund for the annual plan", "Asked to cancel the annual plan and get the rest of the year back.", [REFUND]],
  ["Agent handed over to billing", "A question about a charge the agent could not answer; passed to billing.", []],
  ["Follow-up call about a late delivery", "The parcel arrived a week late; the caller thanked the agent for the update.", [HAPPY, REMOVED]],
  ["Question about opening hours", "Asked whether the shop opens on public holidays.", []],
  ["Charged twice for one order", "Two identical charges on the card; one refunded, the case escalated to finance.", [REFUND, ESCALATED]],
  ["Thanks for the quick fix", "Called back to say the login problem is solved.", [HAPPY]],
  ["Cancel the subscription", "Wants the monthly plan stopped and the last payment back.", [REFUND]],
  ["Password reset loop", "The reset link keeps sending the caller back to the start; handed to support staff.", [ESCALATED]],
  ["Upgrade to the team plan", "Upgraded three seats and was happy with the price.", [HAPPY]],
  ["Wrong item delivered", "Received blue shoes instead of black; refund agreed, caller satisfied.", [REFUND, HAPPY]],
  ["Change the invoice address", "Moved offices; the new address is on the next invoice.", []],
  ["Complaint about the hold time", "Waited forty minutes before reaching anyone; asked for a manager.", [ESCALATED]],
  ["Where is my order?", "Tracking had not moved for three days; the agent found the parcel.", []],
  ["Damaged package", "The box arrived crushed; replacement refused, refund and escalation.", [REFUND, ESCALATED]],
  ["Loves the new app", "Called to praise the redesigned app.", [HAPPY]],
  ["Price match request", "Found the same model cheaper elsewhere; difference refunded.", [REFUND]],
  ["Account locked after travelling", "Locked out after logging in abroad; identity check by a person.", [ESCALATED]],
  ["Gift card balance", "Checked the balance of two gift cards.", []],
  ["Return label never arrived", "No return label in the email; a refund issued without the return.", [REFUND]],
  ["Compliment for the agent", "Asked to pass on thanks to the agent of the last call.", [HAPPY]],
];

/** Each topic comes back twice, older; the calls of later rounds carry fewer tags. */
const ROUNDS = [
  (title: string) => title,
  (title: string) => `Second call: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  (title: string) => `Third call: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
] as const;

function statusOf(index: number): ConversationStatus {
  if (index === 0) return "in-progress";
  if (index % 11 === 5) return "failed";
  if (index % 13 === 7) return "processing";
  return "done";
}

function successOf(index: number): ConversationSuccess {
  if (index % 5 === 2) return "failure";
  if (index % 9 === 4) return "unknown";
  return "success";
}

/** Options of {@link seedConversations}. */
export interface SeedConversationsOptions {
  /** `false`: every conversation without tags (for an upstream that has none of the demo's tags). */
  tagged?: boolean;
}

/**
 * Sixty conversations as the API lists them, newest first: ids `conv_demo_1`…`conv_demo_60`, the
 * newest started 10 minutes before `now` and each next one 2 h 37 min earlier (the oldest about
 * six and a half days ago), the three agents in turn. The first four are the demo's earlier samples.
 */
export function seedConversations(now: number, { tagged = true }: SeedConversationsOptions = {}): ConversationSummary[] {
  return Array.from({ length: TOPICS.length * ROUNDS.length }, (_, index) => {
    const topic = TOPICS[index % TOPICS.length];
    if (!topic) throw new Error("unreachable: the index is taken modulo the topics");
    const [title, summary, tagIds] = topic;
    const round = Math.floor(index / TOPICS.length);
    const agent = AGENTS[index % AGENTS.length] ?? AGENTS[0];
    const titled = ROUNDS[round] ?? ROUNDS[0];
    // Round 0 carries the topic's tags; later rounds drop the last one now and then.
    const kept = round === 0 || (index + round) % 3 !== 0 ? tagIds : tagIds.slice(0, -1);
    return {
      conversation_id: `conv_demo_${index + 1}`,
      agent_id: agent.agent_id,
      agent_name: agent.agent_name,
      start_time_unix_secs: now - 10 * MINUTE - index * (2 * 60 + 37) * MINUTE,
      call_duration_secs: 45 + ((index * 97) % 600),
      message_count: 4 + ((index * 5) % 30),
      status: statusOf(index),
      call_successful: successOf(index),
      transcript_summary: summary,
      call_summary_title: titled(title),
      tag_ids: tagged ? kept.filter((id) => round === 0 || id !== REMOVED) : [],
    };
  });
}
