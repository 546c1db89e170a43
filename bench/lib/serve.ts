/** Serves Fetch handlers on loopback with Hono's Node adapter. */
import type { AddressInfo } from "node:net";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";
import { serve } from "@hono/node-server";
import { createMockTagsApi, createTagsProxy, type MockTagsApi } from "../../src/server/node";
import type { ConversationSummary, ConversationTag } from "../../src";

/** A server listening on 127.0.0.1. */
export interface Listening {
  url: string;
  close: () => Promise<void>;
}

/** Listens on a free loopback port. */
export function listen(fetch: (request: Request) => Response | Promise<Response>): Promise<Listening> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: "127.0.0.1" }, (info: AddressInfo) => {
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => {
              done();
            });
            if ("closeAllConnections" in server) server.closeAllConnections();
          }),
      });
    });
  });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
};

/** Where the page's tags API is mounted: the kit's proxy, in front of the mock API. */
export const API_BASE_PATH = "/api";

/** The page's server: the built page, and the tags API at {@link API_BASE_PATH}. */
export interface PageServer extends Listening {
  mock: MockTagsApi;
  /**
   * Every request the proxy sent on to the mock API since the last clear, as `METHOD /path`
   * (no query): how the bench counts list requests. Clear it with `requests.length = 0`.
   */
  requests: string[];
}

/** What the page's mock API holds besides its tags, and how slowly it answers. */
export interface PageServerOptions {
  /** Conversations the mock lists (`GET /v1/convai/conversations`). */
  conversations?: readonly ConversationSummary[];
  /** Milliseconds the mock waits before each answer (`createMockTagsApi`'s `latencyMs`). */
  latencyMs?: number;
}

/** Tags for the large-list page, newest first, titles and descriptions of realistic length. */
export function manyTags(count: number): ConversationTag[] {
  const now = Math.floor(Date.parse("2026-11-01T00:00:00Z") / 1000);
  return Array.from({ length: count }, (_, i) => ({
    tag_id: `tag_${String(i).padStart(5, "0")}`,
    workspace_id: "bench_workspace",
    owner_user_id: "bench_user",
    title: `Tag ${i + 1}: caller asked about billing`,
    description: i % 3 === 0 ? null : `Use when the conversation is about topic number ${i + 1} and needs follow-up.`,
    created_at_unix_secs: now - i * 60,
  }));
}

/**
 * Serves a built page from `dir`; `/api/*` goes through `createTagsProxy` to an in-process mock
 * API holding `tags` (and `options.conversations`), the way the demo mounts it.
 */
export async function servePage(
  dir: string,
  tags: readonly ConversationTag[],
  options: PageServerOptions = {},
): Promise<PageServer> {
  const apiKey = "sk_bench_local";
  const mock = createMockTagsApi({ apiKey, tags, conversations: options.conversations, latencyMs: options.latencyMs });
  const requests: string[] = [];
  const proxy = createTagsProxy({
    apiKey,
    basePath: API_BASE_PATH,
    upstreamUrl: "http://mock.invalid",
    // The read-only conversations list, for the conversations page.
    conversations: options.conversations !== undefined,
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(`${request.method} ${new URL(request.url).pathname}`);
      return mock.fetch(request);
    },
  });
  const root = normalize(dir);
  const listening = await listen(async (request) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith(`${API_BASE_PATH}/`)) return proxy.fetch(request);
    const file = normalize(join(root, pathname === "/" ? "index.html" : pathname));
    if (!file.startsWith(root + sep)) return new Response("Not Found", { status: 404 });
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          "content-type": TYPES[extname(file)] ?? "application/octet-stream",
          "cache-control": "no-store",
          // Cross-origin isolation: performance.now() then ticks in 5 µs steps instead of 100 µs.
          "cross-origin-opener-policy": "same-origin",
          "cross-origin-embedder-policy": "require-corp",
        },
      });
    } catch {
      return new Response("Not Found", { status: 404 });
    }
  });
  return { ...listening, mock, requests };
}
