/**
 * Proxy overhead: autocannon against the mock API directly, then against `createTagsProxy` in
 * front of it, on loopback, each server in its own process. Every request must answer 2xx.
 */
import { fork, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import type { ApiServerMessage, ApiServerRequest } from "./apiServer";
import { PROXY_BENCH_KEY } from "./apiServer";
import { benchFile, repoRoot } from "./paths";

interface ApiServer {
  url: string;
  rss: () => Promise<number>;
  reset: () => Promise<void>;
  stop: () => void;
}

function ask<T extends ApiServerMessage["type"]>(child: ChildProcess, request: ApiServerRequest | null, type: T) {
  return new Promise<Extract<ApiServerMessage, { type: T }>>((resolve, reject) => {
    const onMessage = (message: ApiServerMessage) => {
      if (message.type !== type) return;
      child.off("message", onMessage);
      child.off("exit", onExit);
      resolve(message as Extract<ApiServerMessage, { type: T }>);
    };
    const onExit = (code: number | null) => {
      reject(new Error(`api server exited with ${String(code)}`));
    };
    child.on("message", onMessage);
    child.once("exit", onExit);
    if (request) child.send(request);
  });
}

async function startServer(args: string[]): Promise<ApiServer> {
  const child = fork(benchFile("lib/apiServer.ts"), args, {
    cwd: repoRoot,
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const { url } = await ask(child, null, "ready");
  return {
    url,
    rss: async () => (await ask(child, "rss", "rss")).rss,
    reset: async () => {
      await ask(child, "reset", "reset");
    },
    stop: () => {
      child.disconnect();
    },
  };
}

/** One autocannon run. */
export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
}

interface Target {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  body?: string;
}

async function load(target: Target, amount: number, connections: number): Promise<LoadResult> {
  const started = performance.now();
  let lastResponse = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({ ...target, amount, connections }, (error, done) => {
      if (error) reject(error instanceof Error ? error : new Error(String(error)));
      else resolve(done);
    });
    instance.on("response", () => {
      lastResponse = performance.now();
    });
  });
  // autocannon's own start/finish are rounded to its one-second ticks; time the responses instead.
  const seconds = (lastResponse - started) / 1000;
  const completed = result["2xx"] + result.non2xx;
  return {
    requests: completed,
    seconds,
    requestsPerSecond: completed / seconds,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

/** A scenario measured both ways, with the RSS of each server process in MB. */
export interface ProxyScenario {
  name: string;
  direct: LoadResult & { upstreamRssMb: [number, number] };
  proxied: LoadResult & { proxyRssMb: [number, number]; upstreamRssMb: [number, number] };
}

const MB = 1024 * 1024;

/** Runs each scenario with `amount` requests at `connections` concurrency, after a warm-up. */
export async function measureProxy(amount: number, connections: number): Promise<ProxyScenario[]> {
  const upstream = await startServer(["mock"]);
  const proxy = await startServer(["proxy", upstream.url]);
  const body = JSON.stringify({ title: "Refund request", description: "The caller asked for their money back." });
  const scenarios = [
    { name: "GET /v1/convai/tags?page_size=20", method: "GET" as const, path: "/v1/convai/tags?page_size=20" },
    { name: "POST /v1/convai/tags", method: "POST" as const, path: "/v1/convai/tags", body },
  ];
  const json = { "content-type": "application/json", accept: "application/json" };
  try {
    const results: ProxyScenario[] = [];
    for (const { name, method, path, body: payload } of scenarios) {
      const direct: Target = { url: upstream.url + path, method, headers: { ...json, "xi-api-key": PROXY_BENCH_KEY }, body: payload };
      const proxied: Target = { url: proxy.url + path, method, headers: json, body: payload };
      await load(direct, Math.min(1000, amount), connections);
      await load(proxied, Math.min(1000, amount), connections);
      await upstream.reset();

      const upstreamBefore = await upstream.rss();
      const directResult = await load(direct, amount, connections);
      const upstreamAfter = await upstream.rss();
      await upstream.reset();

      const proxyBefore = await proxy.rss();
      const upstreamBefore2 = await upstream.rss();
      const proxiedResult = await load(proxied, amount, connections);
      const proxyAfter = await proxy.rss();
      const upstreamAfter2 = await upstream.rss();
      await upstream.reset();

      results.push({
        name,
        direct: { ...directResult, upstreamRssMb: [upstreamBefore / MB, upstreamAfter / MB] },
        proxied: {
          ...proxiedResult,
          proxyRssMb: [proxyBefore / MB, proxyAfter / MB],
          upstreamRssMb: [upstreamBefore2 / MB, upstreamAfter2 / MB],
        },
      });
    }
    return results;
  } finally {
    proxy.stop();
    upstream.stop();
  }
}
