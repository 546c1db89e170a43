// @ts-check
/**
 * The kit's mock ElevenLabs tags API on loopback, for running this example without a real key: two
 * tags and eight conversations, some carrying them (several tags match conversations carrying any).
 * `MOCK_PORT` (default 8787); when `ELEVENLABS_API_KEY` is set, the mock requires that key, so it
 * also proves the proxy and the server components send it.
 */
import { serve } from "@hono/node-server";
import { createMockTagsApi } from "convai-tag-kit/server";

const port = Number(process.env.MOCK_PORT || 8787);
const now = Math.floor(Date.now() / 1000);
/** @param {string} id @param {string} title @param {string | null} description @param {number} age */
const tag = (id, title, description, age) => ({
  tag_id: id,
  workspace_id: "ws_example",
  owner_user_id: "user_example",
  title,
  description,
  created_at_unix_secs: now - age,
});

/**
 * @param {number} n 1 is the newest
 * @param {string} title
 * @param {string[]} tagIds
 * @returns {import("convai-tag-kit/core").ConversationSummary}
 */
const conversation = (n, title, tagIds) => ({
  conversation_id: `conv_example_${n}`,
  agent_id: n % 2 === 0 ? "agent_billing" : "agent_support",
  agent_name: n % 2 === 0 ? "Billing desk" : "Support line",
  start_time_unix_secs: now - n * 47 * 60,
  call_duration_secs: 60 + n * 37,
  message_count: 6 + n,
  status: "done",
  call_successful: n % 3 === 0 ? "failure" : "success",
  call_summary_title: title,
  tag_ids: tagIds,
});

const api = createMockTagsApi({
  apiKey: process.env.ELEVENLABS_API_KEY || undefined,
  tags: [
    tag("tag_billing", "Billing", "Invoices, refunds and payment methods.", 60),
    tag("tag_escalate", "Escalate to a human", null, 120),
  ],
  conversations: [
    conversation(1, "Refund for a double charge", ["tag_billing"]),
    conversation(2, "Invoice address change", ["tag_billing"]),
    conversation(3, "Angry about the hold time", ["tag_escalate"]),
    conversation(4, "Card declined at checkout", ["tag_billing", "tag_escalate"]),
    conversation(5, "Opening hours on holidays", []),
    conversation(6, "Cancel the annual plan", ["tag_billing"]),
    conversation(7, "Password reset does not arrive", ["tag_escalate"]),
    conversation(8, "Thanks for the quick help", []),
  ],
});

serve({ fetch: api.fetch, hostname: "127.0.0.1", port }, (info) => {
  console.log(`Mock ElevenLabs tags API on http://127.0.0.1:${info.port}`);
});
