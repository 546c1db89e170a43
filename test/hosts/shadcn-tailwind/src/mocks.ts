import { createTagsHandlers } from "convai-tag-kit/msw";
import { createMockTagsApi } from "convai-tag-kit/server";
import { setupWorker } from "msw/browser";

/** The proxy path the items default to; here the kit's mock API answers it in a service worker. */
export const TAGS_API = "/api/elevenlabs";

/** Starts MSW with two tags in the workspace; resolves once requests are intercepted. */
export async function startMockApi(): Promise<void> {
  const now = Math.floor(Date.now() / 1000);
  const owner = { workspace_id: "ws_demo", owner_user_id: "user_demo" };
  const api = createMockTagsApi({
    tags: [
      { ...owner, tag_id: "tag_billing", title: "Billing", description: "Invoices and refunds", created_at_unix_secs: now - 60 },
      { ...owner, tag_id: "tag_escalation", title: "Escalation", description: null, created_at_unix_secs: now - 120 },
    ],
  });
  const worker = setupWorker(...createTagsHandlers({ api, baseUrl: TAGS_API }));
  await worker.start({ onUnhandledRequest: "error", quiet: true });
}
