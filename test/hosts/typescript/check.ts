/**
 * A strict TypeScript host against the packed kit, once per `moduleResolution` a user may have:
 * node10 (reads only `types` and `typesVersions`), node16, nodenext and bundler (read `exports`).
 * host.tsx imports every entry's main exports and uses them with their types; each
 * tsconfig.<resolution>.json beside it checks it with the kit's own .d.ts checked too (skipLibCheck
 * off), and the files TypeScript read must include each entry's declarations from the installed
 * tarball (never the repository's own dist/, which a self-reference would find).
 *
 *   npx tsx test/hosts/typescript/check.ts [convai-tag-kit-x.y.z.tgz]
 *
 * Without a tarball it packs the kit itself (rebuilding dist/ first when it is stale).
 *
 * Where it runs: in .ci/check-package, after `npm test` in .ci/run, not inside `npm test`. It needs
 * the complete build `npm test` makes and a tarball; check-package packs one already for publint and
 * attw, so the hosts reuse it instead of packing again inside the test run (and `npm test` stays as
 * fast as it was). It takes ~10 s of CPU per resolution, about 25 s in all on two quiet cores.
 *
 * The tarball is installed with npm into a folder of its own under temp/ (its own package.json, so
 * TypeScript resolves `convai-tag-kit` to the install rather than to this repository by name): npm
 * adds the kit's dependencies from its cache; its peers (react, react-query, msw) and @types/react
 * come from this repository's node_modules, found by walking up, as a user's app has its own.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join, resolve } from "node:path";
import { ensureKitBuilt } from "../../support/builds";

const here = import.meta.dirname;
const root = resolve(here, "../../..");
const tsc = join(root, "node_modules/typescript/bin/tsc");
const resolutions = ["node10", "node16", "nodenext", "bundler"] as const;
/** The declarations of the four entries, as each resolution must find them in the installed kit. */
const entryTypes = ["dist/index.d.ts", "dist/core/index.d.ts", "dist/server/index.d.ts", "dist/msw.d.ts"];

const started = Date.now();
mkdirSync(join(root, "temp"), { recursive: true });
const dir = mkdtempSync(join(root, "temp", "ts-hosts-"));
let failed = false;
try {
  const tarball = process.argv[2] === undefined ? pack(dir) : resolve(process.argv[2]);
  for (const file of readdirSync(here)) {
    if (file === "host.tsx" || /^tsconfig\.[a-z0-9]+\.json$/.test(file)) copyFileSync(join(here, file), join(dir, file));
  }
  writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "ctk-typescript-host", private: true, type: "module" }));
  // --legacy-peer-deps: npm would otherwise install the peers (react, react-query) here too; they and
  // @types/react come from the repository's node_modules. --prefer-offline: CI's `npm ci` filled the cache.
  run("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", "--legacy-peer-deps", "--ignore-scripts", "--loglevel=error", tarball], dir);
  console.log(`typescript hosts: installed ${tarball} (${seconds(started)} s)`);

  const results = await inParallel(resolutions.map((resolution) => () => check(resolution)), availableParallelism());
  for (const { resolution, problems, time } of results) {
    console.log(`typescript hosts: ${resolution} ${problems.length === 0 ? "passes" : "FAILS"} (${time} s)`);
    for (const problem of problems) console.log(`  ${problem.replaceAll("\n", "\n  ")}`);
    if (problems.length > 0) failed = true;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`typescript hosts: ${failed ? "failed" : "done"} in ${seconds(started)} s`);
process.exitCode = failed ? 1 : 0;

/** `tsc -p tsconfig.<resolution>.json`: its errors, and any entry it did not read from the install. */
async function check(resolution: string): Promise<{ resolution: string; problems: string[]; time: string }> {
  const began = Date.now();
  const { status, output } = await spawnAsync(process.execPath, [tsc, "-p", `tsconfig.${resolution}.json`, "--listFiles", "--pretty", "false"], dir);
  // --listFiles prints one absolute path a line; everything else is tsc's diagnostics.
  const lines = output.split("\n");
  const read = new Set(lines.filter((line) => line.startsWith("/")));
  const problems: string[] = [];
  if (status !== 0) problems.push(lines.filter((line) => !line.startsWith("/")).join("\n").trim() || `tsc exited with ${String(status)}`);
  for (const types of entryTypes) {
    if (!read.has(join(dir, "node_modules/convai-tag-kit", types))) problems.push(`did not read the installed kit's ${types}`);
  }
  const ownBuild = [...read].filter((file) => file.startsWith(`${join(root, "dist")}/`));
  if (ownBuild.length > 0) problems.push(`read the repository's own build instead of the tarball: ${ownBuild.join(", ")}`);
  return { resolution, problems, time: seconds(began) };
}

/** Packs the built kit into `destination` (building it first when dist/ is stale); the tarball's path. */
function pack(destination: string): string {
  ensureKitBuilt();
  const packed = spawnSync("npm", ["pack", "--silent", "--pack-destination", destination], { cwd: root, encoding: "utf8" });
  if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
  return join(destination, packed.stdout.trim().split("\n").at(-1) ?? "");
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, env: cleanNpmEnv(), encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (${String(result.status)}):\n${result.stdout}\n${result.stderr}`);
}

function spawnAsync(command: string, args: string[], cwd: string): Promise<{ status: number | null; output: string }> {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { cwd, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", fail);
    child.on("close", (status) => {
      done({ status, output });
    });
  });
}

/** Runs the tasks, at most `limit` at once; their results in the tasks' order. */
async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      const task = tasks[index];
      if (task !== undefined) results[index] = await task();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

// Run from npm or npx, npm's own settings (npm_config_*) would leak into the host's install: it
// installs as a user's would.
function cleanNpmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith("npm_") && name !== "NODE_ENV"));
}

function seconds(since: number): string {
  return ((Date.now() - since) / 1000).toFixed(1);
}
