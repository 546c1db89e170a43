/**
 * Chooses what the demo's `/api/elevenlabs` proxy talks to, from the dev server's environment:
 *
 * - `ELEVENLABS_API_KEY` unset or empty: the embedded mock API, reached through the same proxy code
 *   an adopter deploys (its `fetch` option), with a random key made up for this run, seeded with
 *   the demo's tags and sixty conversations (seed.ts).
 * - `ELEVENLABS_API_KEY` set: the real API, or `ELEVENLABS_BASE_URL` when that is set too.
 * - `ELEVENLABS_PROXY_TIMEOUT_MS`: how long the upstream may take before the proxy answers 504
 *   (the proxy's own default when unset); the end-to-end tests shorten it.
 *
 * Either way the proxy serves the conversations list too (`conversations: true`): with a real key,
 * the key must be allowed to read conversations.
 *
 * Runs in Node inside the Vite dev server, never in the browser.
 */
import { randomUUID } from "node:crypto";
import { createMockTagsApi, createTagsProxy, type TagsProxy } from "../src/server/node.js";
import { seedConversations, seedTags } from "./seed.js";

/** Where the demo mounts the proxy; the page's `TagsApiProvider` points here. */
export const DEMO_API_PATH = "/api/elevenlabs";

/** The proxy the dev server mounts and a description of its upstream that is safe to show. */
export interface DemoBackend {
  proxy: TagsProxy;
  /** Shown on the page: names the upstream, never the key. */
  label: string;
}

function timeoutFrom(env: NodeJS.ProcessEnv): number | undefined {
  const raw = env.ELEVENLABS_PROXY_TIMEOUT_MS;
  if (raw === undefined || raw === "") return undefined;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error("ELEVENLABS_PROXY_TIMEOUT_MS must be a positive number of milliseconds");
  }
  return value;
}

/** Builds the demo's backend from `env` (normally `process.env`). */
export function createDemoBackend(env: NodeJS.ProcessEnv): DemoBackend {
  const timeoutMs = timeoutFrom(env);
  const apiKey = env.ELEVENLABS_API_KEY;
  if (apiKey) {
    const upstreamUrl = env.ELEVENLABS_BASE_URL || "https://api.elevenlabs.io";
    return {
      // The key must be allowed to read conversations too (the Conversations panel lists them).
      proxy: createTagsProxy({ apiKey, upstreamUrl, basePath: DEMO_API_PATH, timeoutMs, conversations: true }),
      label: `ElevenLabs API (${new URL(upstreamUrl).origin})`,
    };
  }
  // A key nobody knows: the mock checks it, so the proxy's key handling runs as it would for real.
  const mockKey = `sk_demo_${randomUUID()}`;
  const now = Math.floor(Date.now() / 1000);
  const mock = createMockTagsApi({ apiKey: mockKey, tags: seedTags(now), conversations: seedConversations(now) });
  const proxy = createTagsProxy({
    apiKey: mockKey,
    upstreamUrl: "http://embedded-mock.invalid",
    basePath: DEMO_API_PATH,
    timeoutMs,
    conversations: true,
    fetch: (input, init) => mock.fetch(new Request(input, init)),
  });
  return { proxy, label: "embedded mock API" };
}
