/**
 * `npm run bench`: the kit and the forms people would otherwise write, measured in one run on one
 * machine. Writes BENCHMARKS.md, bench/results/latest.json (summary) and a timestamped raw file.
 * `--quick` runs a smaller plan for trying the bench out and writes bench/results/quick.{md,json}
 * instead (git-ignored), leaving the published table alone. `--report` only rewrites BENCHMARKS.md
 * from bench/results/latest.json (after a change to the report's wording). `--only proxy` measures the
 * proxy alone and replaces only the proxy section of latest.json and BENCHMARKS.md (with `--quick`:
 * of quick.json and quick.md); `--only conversations` does the same for the conversations list, and
 * `--only workspace` for the pickers at 10,000 tags.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { launchBrowser } from "./lib/browser";
import { commitsPhase, keystrokePhase, serverErrorPhase, summarizeKeystrokes } from "./lib/browserPhases";
import { buildPage } from "./lib/build";
import { CONVERSATION_LIST_PHASE, measureConversationList } from "./lib/conversationsBench";
import { measureWorkspaceTags, WORKSPACE_PHASE } from "./lib/workspaceBench";
import { measurePeerBytes } from "./lib/bytes";
import { listEditPhase } from "./lib/listEditPhase";
import { describeMachine, packageVersions } from "./lib/machine";
import { repoRoot, resultsDir } from "./lib/paths";
import { pickerPhase } from "./lib/pickerBench";
import { measureProxy } from "./lib/proxyBench";
import { proxyErrors } from "./lib/proxyReport";
import { renderReport } from "./lib/report";
import type { BenchRaw, BenchSummary, KeystrokeCondition } from "./lib/results";
import { manyTags, servePage } from "./lib/serve";

if (process.argv.includes("--report")) {
  const summary = JSON.parse(await readFile(join(resultsDir, "latest.json"), "utf8")) as BenchSummary;
  await writeFile(join(repoRoot, "BENCHMARKS.md"), renderReport(summary));
  console.log("bench: rewrote BENCHMARKS.md from bench/results/latest.json");
  process.exit(0);
}

const quick = process.argv.includes("--quick");
const plan = quick
  ? { keys: 100, titleLength: 120, listTags: 1000, errorAttempts: 10, requests: 2000, connections: 50 }
  : { keys: 500, titleLength: 120, listTags: 1000, errorAttempts: 50, requests: 10_000, connections: 50 };
const proxyRounds = quick ? 1 : 3;
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
const ONLY = ["proxy", "conversations", "workspace"];
if (only !== undefined && !ONLY.includes(only)) {
  console.error(`bench: --only takes ${ONLY.map((name) => `"${name}"`).join(" or ")}, not "${only}"`);
  process.exit(2);
}

const started = performance.now();
const phaseSeconds: Record<string, number> = {};
async function phase<T>(name: string, work: () => Promise<T>): Promise<T> {
  const start = performance.now();
  process.stdout.write(`bench: ${name}…`);
  const result = await work();
  phaseSeconds[name] = Math.round((performance.now() - start) / 100) / 10;
  process.stdout.write(` ${phaseSeconds[name]} s\n`);
  return result;
}

/**
 * A run of one section (`--only`): where it writes, and the summary it starts from. The other sections
 * stay as the last full run measured them (a quick run starts from those too).
 */
async function sectionRun() {
  const [json, markdown] = quick
    ? [join(resultsDir, "quick.json"), join(resultsDir, "quick.md")]
    : [join(resultsDir, "latest.json"), join(repoRoot, "BENCHMARKS.md")];
  const previous = await readFile(json, "utf8").catch(() => readFile(join(resultsDir, "latest.json"), "utf8"));
  return { json, markdown, summary: JSON.parse(previous) as BenchSummary, date: new Date().toISOString() };
}

/** Writes the section's raw result (timestamped), then the summary and the report it renders. */
async function writeSectionRun(run: Awaited<ReturnType<typeof sectionRun>>, name: string, section: unknown) {
  await mkdir(resultsDir, { recursive: true });
  await writeFile(join(resultsDir, `${quick ? "quick-" : ""}${name}-${run.date.replace(/[:.]/g, "-")}.json`), `${JSON.stringify(section, null, 1)}\n`);
  await writeFile(run.json, `${JSON.stringify(run.summary, null, 2)}\n`);
  await writeFile(run.markdown, renderReport(run.summary));
}

if (only === "proxy") {
  const run = await sectionRun();
  const { summary, date } = run;
  summary.proxy = await phase("proxy overhead", () => measureProxy(plan.requests, plan.connections, proxyRounds));
  summary.plan = { ...summary.plan, requests: plan.requests, connections: plan.connections };
  summary.proxyRun = { date, wallSeconds: Math.round((performance.now() - started) / 100) / 10, rounds: proxyRounds };
  await writeSectionRun(run, "proxy", summary.proxy);
  console.log(`bench: proxy only, done in ${summary.proxyRun.wallSeconds} s; wrote ${run.markdown} and ${run.json}`);
  if (proxyErrors(summary.proxy) > 0) {
    console.error("bench: the proxy benchmark saw errors or non-2xx answers (0 allowed)");
    process.exitCode = 1;
  }
  process.exit();
}

if (only === "conversations" || only === "workspace") {
  const run = await sectionRun();
  const { summary, date } = run;
  const scratch = await mkdtemp(join(tmpdir(), "convai-tag-kit-bench-"));
  let section: unknown;
  try {
    await phase("build the page (production and profiling)", async () => {
      await buildPage(join(scratch, "page"), false);
      await buildPage(join(scratch, "profiling"), true);
    });
    const { browser } = await launchBrowser();
    try {
      if (only === "conversations") {
        section = summary.conversationList = await phase(CONVERSATION_LIST_PHASE, () =>
          measureConversationList(browser, join(scratch, "page"), join(scratch, "profiling"), quick),
        );
      } else {
        section = summary.workspaceTags = await phase(WORKSPACE_PHASE, () =>
          measureWorkspaceTags(browser, join(scratch, "page"), quick),
        );
      }
    } finally {
      await browser.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  const wallSeconds = Math.round((performance.now() - started) / 100) / 10;
  const kit = packageVersions()["convai-tag-kit"];
  summary.partialRuns = { ...summary.partialRuns, [only]: { date, wallSeconds, kit } };
  await writeSectionRun(run, only, section);
  console.log(`bench: ${only} only, done in ${wallSeconds} s; wrote ${run.markdown} and ${run.json}`);
  process.exit();
}

const work = await mkdtemp(join(tmpdir(), "convai-tag-kit-bench-"));
try {
  await phase("build the page (production and profiling)", async () => {
    await buildPage(join(work, "page"), false);
    await buildPage(join(work, "profiling"), true);
  });
  const bytes = await phase("bytes added to a React + react-query host", () => measurePeerBytes(join(work, "host")));

  const { browser, version, source } = await launchBrowser();
  const tags = manyTags(plan.listTags);
  const production = await servePage(join(work, "page"), tags);
  const profiling = await servePage(join(work, "profiling"), tags);
  const raw: BenchRaw = { keystrokes: {}, serverError: {} as BenchRaw["serverError"] };
  const keystrokes: KeystrokeCondition[] = [];
  let commits: BenchSummary["commits"];
  let listCommits: BenchSummary["listCommits"];
  let serverError: BenchSummary["serverError"];
  let picker: BenchSummary["picker"];
  let listEdit: BenchSummary["listEdit"];
  let conversationList: BenchSummary["conversationList"];
  let workspaceTags: BenchSummary["workspaceTags"];
  try {
    commits = await phase("React commits per keystroke", () => commitsPhase(browser, profiling, plan.titleLength));
    listCommits = await phase("list commits while typing beside 1,000 tags", () =>
      commitsPhase(browser, profiling, 50, plan.listTags),
    );
    listEdit = await phase(`editing one row of ${plan.listTags.toLocaleString("en")} tags`, () =>
      listEditPhase(browser, profiling, plan.listTags),
    );
    // Beside the list, unthrottled only: 4x there would push the run past ten minutes on two cores.
    for (const listTags of [0, plan.listTags]) {
      const throttles = listTags ? [1] : [1, 4];
      const name = listTags ? `keystrokes beside ${listTags.toLocaleString("en")} tags` : "keystrokes";
      const runs = await phase(name, () => keystrokePhase(browser, production, plan.keys, throttles, listTags));
      runs.forEach((samples, i) => {
        const throttle = throttles[i] ?? 1;
        const id = `${listTags ? "list" : "form"}@${throttle}x`;
        const where = listTags ? `beside ${listTags.toLocaleString("en")} tags` : "form alone";
        const cpu = throttle === 1 ? "no throttling" : `${throttle}x CPU throttling`;
        keystrokes.push({ id, label: `${where}, ${cpu}`, listTags, throttle, peers: summarizeKeystrokes(samples) });
        raw.keystrokes[id] = samples;
      });
    }
    picker = await phase(`picker beside the form, ${plan.listTags.toLocaleString("en")} tags`, () =>
      pickerPhase(browser, production, plan.keys, plan.listTags),
    );
    console.log(`bench: picker/form main-thread work per keystroke (median) ${picker.ratio.toFixed(2)}x (target <= 1.5x)`);
    const errors = await phase("422 to painted error", () => serverErrorPhase(browser, production, plan.errorAttempts));
    serverError = errors.summary;
    raw.serverError = errors.raw;
    conversationList = await phase(CONVERSATION_LIST_PHASE, () =>
      measureConversationList(browser, join(work, "page"), join(work, "profiling"), quick),
    );
    workspaceTags = await phase(WORKSPACE_PHASE, () => measureWorkspaceTags(browser, join(work, "page"), quick));
  } finally {
    await browser.close();
    await production.close();
    await profiling.close();
  }
  const proxyStarted = performance.now();
  const proxy = await phase("proxy overhead", () => measureProxy(plan.requests, plan.connections, proxyRounds));

  const summary: BenchSummary = {
    date: new Date().toISOString(),
    quick,
    wallSeconds: Math.round((performance.now() - started) / 100) / 10,
    phaseSeconds,
    machine: describeMachine(version),
    chromiumSource: source,
    versions: packageVersions(),
    plan,
    commits,
    listCommits,
    listEdit,
    keystrokes,
    bytes,
    serverError,
    picker,
    proxy,
    conversationList,
    workspaceTags,
  };
  summary.proxyRun = { date: summary.date, wallSeconds: Math.round((performance.now() - proxyStarted) / 100) / 10, rounds: proxyRounds };
  await mkdir(resultsDir, { recursive: true });
  const stamp = summary.date.replace(/[:.]/g, "-");
  await writeFile(join(resultsDir, `${quick ? "quick-" : ""}${stamp}.json`), `${JSON.stringify({ summary, raw }, null, 1)}\n`);
  const [json, markdown] = quick
    ? [join(resultsDir, "quick.json"), join(resultsDir, "quick.md")]
    : [join(resultsDir, "latest.json"), join(repoRoot, "BENCHMARKS.md")];
  await writeFile(json, `${JSON.stringify(summary, null, 2)}\n`);
  await writeFile(markdown, renderReport(summary));
  console.log(`bench: done in ${summary.wallSeconds} s; wrote ${markdown} and ${json}`);
  if (proxyErrors(proxy) > 0) {
    console.error("bench: the proxy benchmark saw errors or non-2xx answers (0 allowed)");
    process.exitCode = 1;
  }
} finally {
  await rm(work, { recursive: true, force: true });
}
