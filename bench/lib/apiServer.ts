/**
 * A child process for the proxy benchmark: `mock` serves the mock API, `proxy <upstream>` serves
 * `createTagsProxy` in front of it, each on its own loopback port, so autocannon, the proxy and the
 * upstream do not share an event loop. Reports its URL, and its RSS when asked, over IPC.
 */
import { createMockTagsApi, createTagsProxy } from "../../src/server";
import { listen, manyTags } from "./serve";

/** The key the proxy sends and the mock API checks. */
export const PROXY_BENCH_KEY = "sk_bench_proxy";

/** Messages the parent sends. */
export type ApiServerRequest = "rss" | "reset";
/** Messages the child sends. */
export type ApiServerMessage = { type: "ready"; url: string } | { type: "rss"; rss: number } | { type: "reset" };

function send(message: ApiServerMessage) {
  process.send?.(message);
}

async function main() {
  const [role, upstreamUrl] = process.argv.slice(2);
  const mock = role === "mock" ? createMockTagsApi({ apiKey: PROXY_BENCH_KEY, tags: manyTags(20) }) : null;
  const handler = mock ? mock.fetch : createTagsProxy({ apiKey: PROXY_BENCH_KEY, upstreamUrl }).fetch;
  const { url } = await listen(handler);
  process.on("message", (message: ApiServerRequest) => {
    if (message === "rss") send({ type: "rss", rss: process.memoryUsage().rss });
    if (message === "reset") {
      mock?.reset();
      send({ type: "reset" });
    }
  });
  process.on("disconnect", () => process.exit(0));
  send({ type: "ready", url });
}

if (process.send) void main();
