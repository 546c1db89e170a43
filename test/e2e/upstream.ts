/**
 * The test upstream behind the proxied demo: the kit's mock API, with the known key and a title
 * limit lower than the client's, served on loopback so a test can stop, hang and restart it. It
 * starts with no tags and the demo's sixty conversations (demo/seed.ts), none of them tagged.
 */
import type { Server } from "node:http";
import { serve } from "@hono/node-server";
import { seedConversations } from "../../demo/seed";
import { createMockTagsApi, type MockTagsFailure } from "../../src/server";
import { KNOWN_TEST_KEY, UPSTREAM_PORT, UPSTREAM_TITLE_MAX_LENGTH } from "./ports";

/** The mock API object: `failNext`, `tags()`, `conversations()`, `reset()`. */
export type MockTagsApi = ReturnType<typeof createMockTagsApi>;

/** How the test upstream reads several `tag_ids` on the conversations list (the mock's explicit choice). */
export const UPSTREAM_TAG_FILTER_MATCH: "any" | "all" = "any";

/**
 * Creates tags straight on the test upstream, oldest first, as another dashboard user would;
 * throws if the upstream refuses one.
 */
export async function seedUpstream(api: MockTagsApi, tags: readonly { title: string; description?: string }[]): Promise<void> {
  for (const tag of tags) {
    const response = await api.fetch(
      new Request("http://upstream.test/v1/convai/tags", {
        method: "POST",
        headers: { "xi-api-key": KNOWN_TEST_KEY, "content-type": "application/json" },
        body: JSON.stringify(tag),
      }),
    );
    if (response.status !== 200) throw new Error(`seeding "${tag.title}" got ${String(response.status)}`);
  }
}

/**
 * Tags conversations straight on the test upstream, as another dashboard user would: `tagIds` per
 * conversation id, assigned in that order; throws if the upstream refuses one.
 */
export async function tagUpstreamConversations(api: MockTagsApi, tagIdsByConversation: Record<string, readonly string[]>): Promise<void> {
  for (const [conversationId, tagIds] of Object.entries(tagIdsByConversation)) {
    const response = await api.fetch(
      new Request(`http://upstream.test/v1/convai/conversations/${conversationId}/tags`, {
        method: "POST",
        headers: { "xi-api-key": KNOWN_TEST_KEY, "content-type": "application/json" },
        body: JSON.stringify({ tag_ids: tagIds }),
      }),
    );
    if (response.status !== 204) throw new Error(`tagging ${conversationId} got ${String(response.status)}`);
  }
}

/** A test upstream a test can take down and bring back on the same port. */
export interface TestUpstream {
  /** The mock API answering behind the port (its state survives a stop and start). */
  readonly api: MockTagsApi;
  /** Whether the port is currently served. */
  readonly running: boolean;
  /** Serves the mock API on 127.0.0.1 at {@link UPSTREAM_PORT}; a no-op while running. */
  start(): Promise<void>;
  /** Closes the port and every open connection (a hanging request included); a no-op when stopped. */
  stop(): Promise<void>;
  /**
   * Makes the next write (any method but GET) fail as `failure` says. Unlike `api.failNext`, which
   * fails the next request whatever it asks, a background read of the page (the conversations list,
   * the workspace's tags) never takes it.
   */
  failNextWrite(failure: MockTagsFailure): void;
  /** `api.reset()`, and no write failure pending. */
  reset(): void;
}

/** Creates the (stopped) test upstream. */
export function createTestUpstream(): TestUpstream {
  const api = createMockTagsApi({
    apiKey: KNOWN_TEST_KEY,
    titleMaxLength: UPSTREAM_TITLE_MAX_LENGTH,
    // Dated from the upstream's start; `reset()` brings them back untagged.
    conversations: seedConversations(Math.floor(Date.now() / 1000), { tagged: false }),
    tagFilterMatch: UPSTREAM_TAG_FILTER_MATCH,
  });
  let server: Server | null = null;
  let writeFailures: MockTagsFailure[] = [];
  // Handed to the mock as the write arrives: the mock takes a queued failure on arrival, synchronously.
  const answer = (request: Request) => {
    const failure = request.method === "GET" ? undefined : writeFailures.shift();
    if (failure) api.failNext(failure);
    return api.fetch(request);
  };

  return {
    api,
    get running() {
      return server !== null;
    },
    async start() {
      if (server) return;
      server = await new Promise<Server>((resolve, reject) => {
        // `serve` builds a plain node:http server unless told otherwise.
        const started = serve({ fetch: answer, hostname: "127.0.0.1", port: UPSTREAM_PORT }, () => {
          resolve(started);
        }) as Server;
        started.once("error", reject);
      });
    },
    failNextWrite(failure) {
      writeFailures.push(failure);
    },
    reset() {
      api.reset();
      writeFailures = [];
    },
    async stop() {
      const current = server;
      if (!current) return;
      server = null;
      await new Promise<void>((resolve, reject) => {
        current.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        current.closeAllConnections();
      });
    },
  };
}
