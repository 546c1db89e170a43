// @ts-check
/**
 * The kit's mock ElevenLabs tags API on loopback, for running this example without a real key.
 * `MOCK_PORT` (default 8787); when `ELEVENLABS_API_KEY` is set, the mock requires that key, so it
 * also proves the proxy and the server component send it.
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

const api = createMockTagsApi({
  apiKey: process.env.ELEVENLABS_API_KEY || undefined,
  tags: [
    tag("tag_billing", "Billing", "Invoices, refunds and payment methods.", 60),
    tag("tag_escalate", "Escalate to a human", null, 120),
  ],
});

serve({ fetch: api.fetch, hostname: "127.0.0.1", port }, (info) => {
  console.log(`Mock ElevenLabs tags API on http://127.0.0.1:${info.port}`);
});
