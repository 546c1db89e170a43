/** Serves a Fetch handler over real HTTP on 127.0.0.1, for tests that need a network edge. */
import type { IncomingMessage } from "node:http";
import type { Server } from "node:http";
import { createAdaptorServer } from "@hono/node-server";
import { listenOnLoopback, type LoopbackServer } from "./listenOnLoopback";

export type { LoopbackServer } from "./listenOnLoopback";

/** A Fetch-standard handler, such as `createMockTagsApi().fetch`. */
export type FetchHandler = (request: Request) => Response | Promise<Response>;

/**
 * Serves `handler` on a free port of 127.0.0.1 through Hono's Node adapter. When the handler
 * rejects (a simulated network failure or a hang ended by the client), the connection is
 * destroyed, so the client sees a network error rather than a made-up 500.
 */
export async function serveOnLoopback(handler: FetchHandler): Promise<LoopbackServer> {
  const server = createAdaptorServer({
    hostname: "127.0.0.1",
    // Keep Node's own Request and Response: tests compare against them.
    overrideGlobalObjects: false,
    fetch: async (request, env) => {
      try {
        return await handler(request);
      } catch {
        (env.incoming as IncomingMessage).socket.destroy();
        // Tells the adapter the answer is already dealt with, so it writes nothing.
        return new Response(null, { headers: { "x-hono-already-sent": "1" } });
      }
    },
  });
  // Without HTTP/2 options the adapter makes a node:http server.
  return listenOnLoopback(server as Server);
}
