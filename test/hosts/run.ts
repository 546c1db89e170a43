/**
 * The kit in the test runners host apps use, as a user installs it: each host below (its own
 * package.json and package-lock.json, its runner's configuration exactly as the README's "Testing your
 * app" shows it, and one test that renders CreateTagForm and ConversationTagPicker against
 * convai-tag-kit/msw and creates a tag by typing) is copied to a temporary folder, gets its locked
 * packages (`npm ci`) and then the packed kit (`npm install --no-save <tarball>`), and runs `npm test`.
 *
 *   npm run test:hosts [-- convai-tag-kit-x.y.z.tgz] [-- jest-esm vitest]
 *
 * Without a tarball it packs the kit once itself (after `npm run build` when dist/ is stale).
 *
 * Copies, not the committed folders: outside the repository nothing resolves by accident (Node would
 * find a package the host forgot in the repository's node_modules, and Vitest would load the
 * repository's vite.config.ts as a host's config). The kit is not in the hosts' package.json: a
 * `file:` tarball in a lock is installed from npm's cache by its locked integrity, so `npm ci` would
 * install the build the lock was written with, not this one.
 *
 * Hosts run two at a time (installs wait on the disk and the registry, tests on the CPU); every child
 * is awaited, so nothing is left running, and any failure fails the run with that host's output.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { ensureKitBuilt } from "../support/builds";

const here = import.meta.dirname;
const root = resolve(here, "../..");

/** A host: a folder beside this file and the command that runs its tests there. */
interface Host {
  name: string;
  test: string[];
}

/** Every host this runner checks; add a folder here and it is installed and tested like the others. */
export const hosts: Host[] = [
  { name: "vitest", test: ["npm", "test"] },
  { name: "jest-babel", test: ["npm", "test"] },
  { name: "ts-jest", test: ["npm", "test"] },
  { name: "jest-esm", test: ["npm", "test"] },
];

const concurrency = Number(process.env.HOSTS_CONCURRENCY ?? 2);
const started = Date.now();
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

// npm's own settings from an `npm run` (and NODE_ENV=production, which skips devDependencies) must
// not leak into a host's install: it installs as a user's shell would.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith("npm_") && name !== "NODE_ENV"),
);
const npmQuiet = ["--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"];

/** Runs a command to completion; resolves with its output, rejects with it on a non-zero exit. */
function run(command: string[], cwd: string, tmp: string): Promise<string> {
  const [file = "", ...args] = command;
  return new Promise((done, fail) => {
    // TMPDIR inside the copy: Jest's transform cache (os.tmpdir()/jest_*) goes with it.
    const child = spawn(file, args, { cwd, env: { ...env, TMPDIR: tmp }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code, signal) => {
      if (code === 0) done(output);
      else fail(new Error(`${command.join(" ")} failed (${String(code ?? signal)}) in ${cwd}:\n${output}`));
    });
  });
}

/** Installs one host's copy from its lock plus the tarball, then runs its tests; returns its log. */
async function check(host: Host, work: string, tarball: string): Promise<string> {
  const dir = join(work, host.name);
  // The committed host only: no install, cache or tarball of a local run.
  cpSync(join(here, host.name), dir, {
    recursive: true,
    filter: (from) => !["node_modules", "coverage"].includes(from.split("/").at(-1) ?? "") && !from.endsWith(".tgz"),
  });
  const tmp = join(dir, ".tmp");
  mkdirSync(tmp);
  const log: string[] = [];
  const step = async (label: string, command: string[]) => {
    const since = Date.now();
    const output = await run(command, dir, tmp);
    log.push(`${host.name}: ${label} ${seconds(since)} s`);
    return output;
  };
  try {
    await step("npm ci", ["npm", "ci", ...npmQuiet]);
    await step("npm install (tarball)", ["npm", "install", "--no-save", ...npmQuiet, tarball]);
    const output = await step(host.test.join(" "), host.test);
    // The runner's own summary (Jest and Vitest both print "Tests: ... passed").
    const summary = stripVTControlCharacters(output).split("\n").find((line) => /^\s*Tests:?\s/.test(line));
    if (summary !== undefined) log.push(`${host.name}: ${summary.trim()}`);
    return log.join("\n");
  } finally {
    // Each copy goes as soon as its host is done (~15k files), while the other hosts still run.
    if (!process.env.KEEP_HOSTS) await rm(dir, { recursive: true, force: true });
  }
}

/** Runs the tasks with at most `limit` at once; settles every one of them. */
async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<PromiseSettledResult<T>[]> {
  const results: PromiseSettledResult<T>[] = new Array<PromiseSettledResult<T>>(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (task === undefined) continue;
      try {
        results[index] = { status: "fulfilled", value: await task() };
      } catch (error) {
        results[index] = { status: "rejected", reason: error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const given = args.find((arg) => arg.endsWith(".tgz"));
  const names = args.filter((arg) => !arg.endsWith(".tgz"));
  const chosen = names.length === 0 ? hosts : hosts.filter((host) => names.includes(host.name));
  const unknown = names.filter((name) => !hosts.some((host) => host.name === name));
  if (unknown.length > 0) throw new Error(`no such host: ${unknown.join(", ")} (hosts: ${hosts.map((host) => host.name).join(", ")})`);

  const work = mkdtempSync(join(tmpdir(), "ctk-test-hosts-"));
  let results: PromiseSettledResult<string>[];
  try {
    let tarball: string;
    if (given === undefined) {
      // The library as `npm run build` makes it (in CI, `npm test` already did: then this is a no-op).
      ensureKitBuilt();
      const packed = spawnSync("npm", ["pack", "--silent", "--pack-destination", work], { cwd: root, env, encoding: "utf8" });
      if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stdout}\n${packed.stderr}`);
      tarball = join(work, packed.stdout.trim().split("\n").at(-1) ?? "");
    } else {
      tarball = resolve(given);
    }
    console.log(`test hosts: ${tarball} into ${chosen.map((host) => host.name).join(", ")} (${String(concurrency)} at a time)`);
    results = await inParallel(chosen.map((host) => () => check(host, work, tarball)), concurrency);
  } finally {
    if (process.env.KEEP_HOSTS) console.log(`test hosts: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }

  let failed = 0;
  results.forEach((result, index) => {
    if (result.status === "fulfilled") {
      console.log(result.value);
    } else {
      failed += 1;
      console.log(`${chosen[index]?.name ?? ""}: FAILED\n${result.reason instanceof Error ? result.reason.message : String(result.reason)}`);
    }
  });
  console.log(`test hosts: ${String(chosen.length - failed)} passed, ${String(failed)} failed in ${seconds(started)} s`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
