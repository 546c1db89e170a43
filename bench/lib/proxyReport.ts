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

Profiled with \`node --cpu-prof\` on the proxy's process under the GET load above (10,000 requests after a
2,000-request warm-up), the bare Fetch passthrough profiled the same way to compare, on 2026-11-30:

- **Before**, the kit's proxy always streamed the answer through a \`TransformStream\`. Hono's Node server
  then sends the headers in a write of their own (\`flushHeaders\`) and the body as chunked frames: that write
  alone was 11 % of the proxy's samples, and web-stream plumbing (\`pipeThrough\`, transferable objects)
  another 3-4 %. The passthrough hands back \`fetch\`'s own answer, which Hono reads ahead and sends in one
  write with a \`Content-Length\`. \`abortAfter\` made an \`Error\` (a stack capture) per request (2.4 %
  self), and three \`Headers\` objects were built and copied per request.
- **Changed**: an answer with a declared length up to 64 KB (every tag answer; a page of 100 tags is about
  30 KB) is read whole under the deadline and sent in one write with its length, so the deadline is
  cleared as soon as the body is in; bigger or unsized answers still stream, cancel-aware. Headers are
  plain objects, \`request.url\` is sliced rather than parsed (the Fetch standard hands it over already
  normalized; a property test checks it against \`URL\`), and the timeout's \`Error\` is made only when the
  time runs out. Every guarantee and test stayed. CPU per GET request, in quick runs under the same load:
  676 µs before, 530 µs after the buffering (the passthrough: 374 and 360 µs); 391 and 428 µs in the two
  full runs of the variation note with every change (the passthrough: 358 and 271 µs).
- **What is left** on GET is the price of cancellation. Reading \`request.signal\` makes Hono build the full
  \`Request\` it otherwise skips (about 4 % of samples, some 40 µs a request), and a \`fetch\` given a signal
  follows it (an \`AbortController\`, a \`WeakRef\`, a finalizer and max-listener checks per request). The
  passthrough reads no signal on GET, so the browser leaving never cancels its upstream call. On POST both
  build the full \`Request\` (to read the body), which is why POST is close to parity.
- **Variation.** On 2026-11-30, two proxy-only runs back to back on 2 cores shared with other work (load
  average 12-20) gave kit ÷ bare Fetch on GET 0.88× and 0.57× requests per second (p99 1.00× and 2.16×,
  CPU per request 1.09× and 1.58×) and on POST 1.01× and 1.32×; a proxy-only run on a quiet machine gave
  0.59× and 0.43×, and the full run in the table 0.64× and 0.86×. Within one run a target's rounds differ by
  up to 5× (the *req/s by round* column), so a ratio from one run is good to about ±30 % here; CPU per
  request is the steadier figure (1.67× on GET and 1.18× on POST in the table). The kit's proxy does not yet
  reach 0.9× the passthrough's requests per second, on GET or reliably on POST.
- Samples inside socket writes (\`writev\`, \`writeLatin1String\`) swing between runs: the profiler samples
  wall time, and on two cores shared with other work a process is often descheduled inside a write. The
  table's *CPU µs / req* (\`process.cpuUsage\` of each server process) does not have that problem.`;
