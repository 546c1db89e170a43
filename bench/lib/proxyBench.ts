/**
 * Proxy overhead: autocannon against the mock API directly, against two proxies that check nothing
 * (the anchors) and against `createTagsProxy`, all in front of the same mock API, on loopback, each
 * server in its own process. Every request must answer 2xx.
 */
import { fork, type ChildProcess } from "node:child_process";
import autocannon from "autocannon";
import type { ApiServerMessage, ApiServerRequest } from "./apiServer";
import { PROXY_BENCH_KEY } from "./apiServer";
import { benchFile, repoRoot } from "./paths";

interface ApiServer {
  url: string;
  rss: () => Promise<{ rss: number; timers: number; cpuUs: number }>;
  /** Memory once the load is over and collected (see `settledMemory` in apiServer.ts). */
  memory: () => Promise<{ rss: number; youngGeneration: number; heapUsed: number }>;
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
    execArgv: ["--import", "tsx", "--expose-gc"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const { url } = await ask(child, null, "ready");
  return {
    url,
    rss: async () => {
      const { rss, timers, cpuUs } = await ask(child, "rss", "rss");
      return { rss, timers, cpuUs };
    },
    memory: async () => {
      const { rss, youngGeneration, heapUsed } = await ask(child, "memory", "memory");
      return { rss, youngGeneration, heapUsed };
    },
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

/**
 * What the load runs against: the mock API itself, the two proxies that check nothing, the kit's
 * proxy as Node resolves it, and its `fetch()` build (what Bun, Deno and edge runtimes get), in Node.
 */
export type ProxyTargetId = "direct" | "bareFetch" | "nodePipe" | "kit" | "kitFetch";

/** Labels for the report, in the order the targets are listed. */
export const PROXY_TARGETS: Record<ProxyTargetId, string> = {
  direct: "mock API directly",
  bareFetch: "bare Fetch passthrough",
  nodePipe: "bare node:http pipe",
  kit: "`createTagsProxy`",
  kitFetch: "`createTagsProxy`, its `fetch()` build",
};

/** One target's result: the median of each statistic over the rounds, plus its process's memory. */
export interface ProxyTargetResult extends LoadResult {
  /** Requests per second of each round, in round order. */
  roundsPerSecond: number[];
  /**
   * RSS of the target's process (the proxy; the mock API for `direct`) after warm-up and after every
   * round, MB, each read once the load is over and collected, less V8's young generation (which is
   * 1 or 32 MB depending only on whether V8 has shrunk it yet).
   */
  rssMb: [number, number];
  /** V8 heap in use at the same two moments, MB: what a leak would grow. */
  heapMb?: [number, number];
  /** Timers armed in that process once every round is over (a deadline that outlived its request shows here). */
  timersAfter: number;
  /**
   * CPU time (user + system) the target's process spent per request, median over the rounds, µs:
   * steadier than requests per second when other work shares the cores.
   */
  cpuUsPerRequest: number;
}

/** A scenario measured against every target in the same run. */
export interface ProxyScenario {
  name: string;
  targets: Record<ProxyTargetId, ProxyTargetResult>;
  /**
   * The kit's proxy alone, after the rounds: its memory once settled (as in `rssMb` and `heapMb`)
   * after the warm-up, then after each of {@link MEMORY_ROUNDS} more runs of the round's size.
   */
  memoryTrail?: { rssMb: number[]; heapMb: number[] };
}

/** Extra runs of the kit's proxy whose memory is read after each, to show a trend if there is one. */
export const MEMORY_ROUNDS = 5;

const MB = 1024 * 1024;
const TARGET_IDS = Object.keys(PROXY_TARGETS) as ProxyTargetId[];

function medianOf(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? Number.NaN) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Runs each scenario against every target: a warm-up of `amount` requests each, then `rounds`
 * rounds of `amount` requests at `connections` concurrency, the order of the targets rotating every
 * round so drift on a shared machine does not favour one of them.
 */
export async function measureProxy(amount: number, connections: number, rounds: number): Promise<ProxyScenario[]> {
  const upstream = await startServer(["mock"]);
  const servers: Partial<Record<ProxyTargetId, ApiServer>> = { direct: upstream };
  servers.bareFetch = await startServer(["bare-fetch", upstream.url]);
  servers.nodePipe = await startServer(["node-pipe", upstream.url]);
  servers.kit = await startServer(["proxy", upstream.url]);
  servers.kitFetch = await startServer(["proxy-fetch", upstream.url]);
  const serverOf = (id: ProxyTargetId) => servers[id] ?? upstream;
  const memoryOfAll = async () => {
    const read = await Promise.all(TARGET_IDS.map((id) => serverOf(id).memory()));
    return Object.fromEntries(TARGET_IDS.map((id, i) => [id, read[i] ?? { rss: 0, youngGeneration: 0, heapUsed: 0 }])) as Record<
      ProxyTargetId,
      { rss: number; youngGeneration: number; heapUsed: number }
    >;
  };
  const outsideYoung = ({ rss, youngGeneration }: { rss: number; youngGeneration: number }) => rss - youngGeneration;
  const body = JSON.stringify({ title: "Refund request", description: "The caller asked for their money back." });
  const scenarios = [
    { name: "GET /v1/convai/tags?page_size=20", method: "GET" as const, path: "/v1/convai/tags?page_size=20" },
    { name: "POST /v1/convai/tags", method: "POST" as const, path: "/v1/convai/tags", body },
  ];
  const json = { "content-type": "application/json", accept: "application/json" };
  try {
    const results: ProxyScenario[] = [];
    for (const { name, method, path, body: payload } of scenarios) {
      const targetOf = (id: ProxyTargetId): Target => ({
        url: serverOf(id).url + path,
        method,
        headers: id === "direct" ? { ...json, "xi-api-key": PROXY_BENCH_KEY } : json,
        body: payload,
      });
      for (const id of TARGET_IDS) {
        await load(targetOf(id), amount, connections);
        await upstream.reset();
      }
      // Every process settles at once: the wait is paid once, not per target.
      const settled = await memoryOfAll();
      const runs = new Map<ProxyTargetId, (LoadResult & { cpuUs: number })[]>(TARGET_IDS.map((id) => [id, []]));
      for (let round = 0; round < rounds; round++) {
        const order = TARGET_IDS.map((_, i) => TARGET_IDS[(i + round) % TARGET_IDS.length] ?? "kit");
        for (const id of order) {
          const before = (await serverOf(id).rss()).cpuUs;
          const result = await load(targetOf(id), amount, connections);
          const cpuUs = (await serverOf(id).rss()).cpuUs - before;
          runs.get(id)?.push({ ...result, cpuUs: cpuUs / result.requests });
          await upstream.reset();
        }
      }
      const targets = {} as Record<ProxyTargetId, ProxyTargetResult>;
      const finished = await memoryOfAll();
      for (const id of TARGET_IDS) {
        const list = runs.get(id) ?? [];
        const after = await serverOf(id).rss();
        const memory = finished[id];
        targets[id] = {
          requests: list.reduce((sum, r) => sum + r.requests, 0),
          seconds: list.reduce((sum, r) => sum + r.seconds, 0),
          requestsPerSecond: medianOf(list.map((r) => r.requestsPerSecond)),
          p50Ms: medianOf(list.map((r) => r.p50Ms)),
          p99Ms: medianOf(list.map((r) => r.p99Ms)),
          errors: list.reduce((sum, r) => sum + r.errors, 0),
          non2xx: list.reduce((sum, r) => sum + r.non2xx, 0),
          roundsPerSecond: list.map((r) => r.requestsPerSecond),
          rssMb: [outsideYoung(settled[id]) / MB, outsideYoung(memory) / MB],
          heapMb: [settled[id].heapUsed / MB, memory.heapUsed / MB],
          timersAfter: after.timers,
          cpuUsPerRequest: medianOf(list.map((r) => r.cpuUs)),
        };
      }
      const kit = serverOf("kit");
      const trail = [settled.kit];
      for (let i = 0; i < MEMORY_ROUNDS; i++) {
        await load(targetOf("kit"), amount, connections);
        await upstream.reset();
        trail.push(await kit.memory());
      }
      const memoryTrail = { rssMb: trail.map((m) => outsideYoung(m) / MB), heapMb: trail.map((m) => m.heapUsed / MB) };
      results.push({ name, targets, memoryTrail });
    }
    return results;
  } finally {
    for (const server of Object.values(servers)) server.stop();
  }
}
