/**
 * A child process for the proxy benchmark, each role on its own loopback port, so autocannon, the
 * proxies and the upstream do not share an event loop: `mock` serves the mock API; `proxy`,
 * `bare-fetch` and `node-pipe` (each followed by the upstream's URL) serve `createTagsProxy` and the
 * two anchors that check nothing. The Fetch handlers are served alike (Hono's Node server), so
 * the kit's proxy and the bare one differ only by their own work. Reports its URL, and its RSS, live
 * timers and CPU time used so far when asked, and its memory after a full garbage collection, over IPC.
 */
// The build Node resolves (the `node` export condition), as a Node host of the package gets it.
import { getHeapSpaceStatistics } from "node:v8";
import { createTagsProxy as createFetchTagsProxy } from "../../src/server";
import { createMockTagsApi, createTagsProxy } from "../../src/server/node";
import { bareFetchProxy, nodePipeProxy } from "./anchors";
import { listen, manyTags } from "./serve";

/** The key the proxies send and the mock API checks. */
export const PROXY_BENCH_KEY = "sk_bench_proxy";

/** The roles a child can play. */
export type ApiServerRole = "mock" | "proxy" | "proxy-fetch" | "bare-fetch" | "node-pipe";

/** Messages the parent sends. */
export type ApiServerRequest = "rss" | "memory" | "reset";
/** Messages the child sends. */
export type ApiServerMessage =
  | { type: "ready"; url: string }
  | { type: "rss"; rss: number; timers: number; cpuUs: number }
  | { type: "memory"; rss: number; youngGeneration: number; heapUsed: number }
  | { type: "reset" };

function send(message: ApiServerMessage) {
  process.send?.(message);
}

async function serveRole(role: ApiServerRole, upstreamUrl: string) {
  if (role === "node-pipe") return (await nodePipeProxy(upstreamUrl, PROXY_BENCH_KEY)).url;
  if (role === "bare-fetch") return (await listen(bareFetchProxy(upstreamUrl, PROXY_BENCH_KEY))).url;
  if (role === "proxy-fetch") return (await listen(createFetchTagsProxy({ apiKey: PROXY_BENCH_KEY, upstreamUrl }).fetch)).url;
  return (await listen(createTagsProxy({ apiKey: PROXY_BENCH_KEY, upstreamUrl }).fetch)).url;
}

/**
 * Longer than any keep-alive a proxy here holds an idle upstream connection (the kit's 4 s, undici's
 * 4 s): memory is read once the load's connections are gone.
 */
const SETTLE_MS = 4_500;

/**
 * What the process holds once the load is over: after {@link SETTLE_MS} idle and full garbage
 * collections (the child runs with --expose-gc), with the size V8's young generation has committed,
 * which grows to its cap under load and shrinks when idle whether or not anything leaked.
 */
async function settledMemory(): Promise<ApiServerMessage> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  // Native handles (sockets, parsers) are let go by weak callbacks that run after a collection, as
  // tasks of their own: their memory is only free after the next one. One pass under-reports.
  for (let pass = 0; pass < 3; pass++) {
    globalThis.gc?.();
    await new Promise((resolve) => setImmediate(resolve));
  }
  const young = getHeapSpaceStatistics().find((space) => space.space_name === "new_space");
  const { rss, heapUsed } = process.memoryUsage();
  return { type: "memory", rss, youngGeneration: young?.space_size ?? 0, heapUsed };
}

async function main() {
  const [role = "mock", upstreamUrl = ""] = process.argv.slice(2) as [ApiServerRole?, string?];
  const mock = role === "mock" ? createMockTagsApi({ apiKey: PROXY_BENCH_KEY, tags: manyTags(20) }) : null;
  const url = mock ? (await listen(mock.fetch)).url : await serveRole(role, upstreamUrl);
  process.on("message", (message: ApiServerRequest) => {
    if (message === "rss") {
      // Timers still armed once a run is over would be deadlines that outlived their requests.
      const timers = process.getActiveResourcesInfo().filter((name) => name === "Timeout").length;
      const { user, system } = process.cpuUsage();
      send({ type: "rss", rss: process.memoryUsage().rss, timers, cpuUs: user + system });
    }
    if (message === "memory") void settledMemory().then(send);
    if (message === "reset") {
      mock?.reset();
      send({ type: "reset" });
    }
  });
  process.on("disconnect", () => process.exit(0));
  send({ type: "ready", url });
}

if (process.send) void main();
