/** The proxy's part of BENCHMARKS.md: its headline lines, its table and how it is measured. */
import { ms, table, times } from "./format";
import { PROXY_TARGETS, type ProxyScenario, type ProxyTargetId, type ProxyTargetResult } from "./proxyBench";
import type { BenchSummary } from "./results";
import { ratio } from "./stats";

const errorsOf = (r: ProxyTargetResult) => r.errors + r.non2xx;

/** Errors and non-2xx answers over every target of every scenario (0 allowed). */
export function proxyErrors(proxy: readonly ProxyScenario[]): number {
  return proxy.reduce((sum, { targets }) => sum + Object.values(targets).reduce((n, r) => n + errorsOf(r), 0), 0);
}

/** How far apart the rounds of one target were: (max - min) / median of req/s. */
export function spread(result: ProxyTargetResult): number {
  const rates = result.roundsPerSecond;
  return rates.length < 2 ? 0 : (Math.max(...rates) - Math.min(...rates)) / result.requestsPerSecond;
}

/** The headline lines: the kit's proxy as a ratio to the proxies that check nothing. */
export function proxyHeadline(proxy: readonly ProxyScenario[]): string[] {
  return proxy.map((scenario) => {
    const { name, targets: { kit, bareFetch, nodePipe } } = scenario;
    const rate = (anchor: ProxyTargetResult) => times(ratio(kit.requestsPerSecond, anchor.requestsPerSecond));
    return (
      `- **Proxy, \`${name}\`**: ${rate(bareFetch)} the requests per second of a bare Fetch passthrough that checks ` +
      `nothing (p99 ${times(ratio(kit.p99Ms, bareFetch.p99Ms))}), ${rate(nodePipe)} a bare \`node:http\` pipe's ` +
      `(p99 ${times(ratio(kit.p99Ms, nodePipe.p99Ms))}); ${proxyErrors([scenario])} errors.`
    );
  });
}

function ratioRow(label: string, kit: ProxyTargetResult, anchor: ProxyTargetResult): string[] {
  return [
    label,
    times(ratio(kit.requestsPerSecond, anchor.requestsPerSecond)),
    times(ratio(kit.p50Ms, anchor.p50Ms)),
    times(ratio(kit.p99Ms, anchor.p99Ms)),
    times(ratio(kit.cpuUsPerRequest, anchor.cpuUsPerRequest)),
    "",
    "",
    "",
    "",
  ];
}

/** One scenario: every target, then the kit's ratios to each anchor. */
function scenarioTable({ targets }: ProxyScenario): string {
  const rss = ([before, after]: [number, number]) => `${before.toFixed(0)} → ${after.toFixed(0)}`;
  const rows = (Object.keys(PROXY_TARGETS) as ProxyTargetId[]).map((id) => {
    const r = targets[id];
    return [
      id === "kit" ? `**${PROXY_TARGETS[id]}**` : PROXY_TARGETS[id],
      r.requestsPerSecond.toFixed(0),
      ms(r.p50Ms),
      ms(r.p99Ms),
      r.cpuUsPerRequest.toFixed(0),
      r.roundsPerSecond.map((rate) => rate.toFixed(0)).join(" / "),
      `${r.errors} / ${r.non2xx}`,
      rss(r.rssMb),
      String(r.timersAfter),
    ];
  });
  const { kit, bareFetch, nodePipe, direct } = targets;
  rows.push(ratioRow("kit ÷ bare Fetch", kit, bareFetch), ratioRow("kit ÷ node pipe", kit, nodePipe), ratioRow("kit ÷ direct", kit, direct));
  return table(["target", "req/s", "p50 ms", "p99 ms", "CPU µs / req", "req/s by round", "errors / non-2xx", "RSS MB (warm → after)", "timers after"], rows);
}

/** The "Proxy overhead" section. */
export function proxySection(summary: BenchSummary): string {
  const run = summary.proxyRun;
  const from =
    run && run.date !== summary.date
      ? `From a proxy-only run (\`npm run bench -- --only proxy\`) on ${run.date.slice(0, 10)}, ${run.wallSeconds} s; the other sections are from the full run above.\n`
      : "";
  const rounds = run?.rounds ?? 1;
  return `## Proxy overhead

${from}${summary.plan.requests.toLocaleString("en")} requests per round at concurrency ${summary.plan.connections}, ${rounds} round${rounds === 1 ? "" : "s"} per target
(the order of the targets rotates each round), on loopback; the mock API, each proxy and autocannon each in
their own process. Each number is the median over the rounds. The anchors check nothing: the *bare Fetch
passthrough* (\`bench/lib/anchors.ts\`) is what a hand-written Next.js route does, a Fetch handler that
forwards with \`fetch()\`, served by the same Hono Node server as the kit's proxy, so their ratio isolates the
kit's own work; the *bare node:http pipe* is what http-proxy does, over a keep-alive agent.

${summary.proxy.map((scenario) => `### \`${scenario.name}\`\n\n${scenarioTable(scenario)}`).join("\n\n")}

${WHERE_THE_TIME_WENT}`;
}

/** What the CPU profile of the proxy showed, and what was changed (hand-written: update it with the code). */
const WHERE_THE_TIME_WENT = `### Where the proxy's time went

(profile findings: see below)`;
