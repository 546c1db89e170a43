/**
 * Builds and runs `examples/next-app-router` as a user would: the kit built and packed, the example
 * copied to a temporary folder (so nothing in the repository can be resolved by accident), installed
 * from the tarball, built with `next build` and started with `next start` in front of the example's own
 * mock API script, both on loopback. Nothing is cached across runs: every run packs and installs anew.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { cpSync, mkdtempSync, renameSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { ensureKitBuilt } from "../support/builds";

const root = resolve(import.meta.dirname, "../..");
const example = join(root, "examples/next-app-router");
const base = Number(process.env.E2E_PORT_BASE ?? 5391);

/** The key the example's server holds; the mock API requires it, and the browser must never see it. */
export const NEXT_TEST_KEY = "sk_next_example_key_9f8e7d6c5b4a";
/** The mock API (the example's `npm run mock`) on loopback. */
export const NEXT_MOCK_PORT = base + 20;
/** `next start`. */
export const NEXT_APP_PORT = base + 21;

/** A built copy of the example, ready to start. */
export interface BuiltNextApp {
  /** The copy's folder (holds `.next`). */
  dir: string;
  /** Removes the copy. */
  remove(): void;
}

/** The running example. */
export interface RunningNextApp {
  /** The page's origin, e.g. `http://127.0.0.1:5412`. */
  url: string;
  /** Stops `next start` and the mock by process group; safe to call twice. */
  stop(): Promise<void>;
}

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): void {
  const started = Date.now();
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (${result.status}) in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  // Reported, never asserted: how long the user's steps take on this machine.
  const step = command === process.execPath ? `next ${args[1] ?? ""}` : `${command} ${args[0] ?? ""}`;
  console.log(`next-app-router: ${step} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

const skipped = new Set(["node_modules", ".next", "package-lock.json", "next-env.d.ts", "tsconfig.tsbuildinfo"]);

/**
 * Packs the kit, copies the example to a temporary folder, installs it from the tarball and runs
 * `next build` with the key in the environment, so a key inlined into a bundle would be found.
 */
export function buildNextApp(): BuiltNextApp {
  ensureKitBuilt();
  const dir = mkdtempSync(join(tmpdir(), "ctk-next-app-"));
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    cpSync(example, dir, {
      recursive: true,
      // Not a developer's local build, install, tarball or `.env*` (which could hold a real key).
      filter: (source) => {
        const name = source.split("/").at(-1) ?? "";
        return !skipped.has(name) && !name.endsWith(".tgz") && !name.startsWith(".env");
      },
    });
    const packed = spawnSync("npm", ["pack", "--silent", "--pack-destination", dir], { cwd: root, encoding: "utf8" });
    if (packed.status !== 0) throw new Error(`npm pack failed:\n${packed.stderr}`);
    renameSync(join(dir, packed.stdout.trim().split("\n").at(-1) ?? ""), join(dir, "convai-tag-kit.tgz"));
    run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], dir, cleanNpmEnv());
    run(process.execPath, [nextBin(dir), "build"], dir, {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      NODE_ENV: "production",
      ELEVENLABS_API_KEY: NEXT_TEST_KEY,
      ELEVENLABS_BASE_URL: `http://127.0.0.1:${NEXT_MOCK_PORT}`,
    });
    return { dir, remove };
  } catch (error) {
    remove();
    throw error;
  }
}

// Inside `npm test`, npm's own settings (and NODE_ENV=production, which skips devDependencies) would
// leak into the example's install: it installs as a user's fresh `npm install` would.
function cleanNpmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith("npm_") && name !== "NODE_ENV"),
  );
}

function nextBin(dir: string): string {
  return join(dir, "node_modules/next/dist/bin/next");
}

// Each server leads its own process group (`next start` forks `next-server`): stopping the group
// stops both. A last-resort hook kills what is left if the runner exits without the fixture's teardown.
const groups = new Set<number>();
process.on("exit", () => {
  for (const pid of groups) killGroup(pid, "SIGKILL");
});

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

function start(args: string[], cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; output: () => string } {
  const child = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  if (child.pid !== undefined) groups.add(child.pid);
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  return { child, output: () => output };
}

async function stopProcess(child: ChildProcess): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((done) => {
      child.once("exit", () => {
        done();
      });
    });
    killGroup(pid, "SIGTERM");
    const forced = setTimeout(() => {
      killGroup(pid, "SIGKILL");
    }, 5000);
    await exited;
    clearTimeout(forced);
  }
  // Children that outlived the leader (next-server) go too.
  killGroup(pid, "SIGKILL");
  groups.delete(pid);
}

async function waitForHttp(url: string, server: { child: ChildProcess; output: () => string }): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`${url} exited early:\n${server.output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2000) });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 200));
    }
  }
  throw new Error(`${url} did not answer in 60 s:\n${server.output()}`);
}

/** Starts the example's mock API and `next start` on loopback, and waits until both answer. */
export async function startNextApp(app: BuiltNextApp): Promise<RunningNextApp> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production", ELEVENLABS_API_KEY: NEXT_TEST_KEY };
  const mock = start(["scripts/mock-api.mjs"], app.dir, { ...env, MOCK_PORT: String(NEXT_MOCK_PORT) });
  const next = start([nextBin(app.dir), "start", "-H", "127.0.0.1", "-p", String(NEXT_APP_PORT)], app.dir, {
    ...env,
    ELEVENLABS_BASE_URL: `http://127.0.0.1:${NEXT_MOCK_PORT}`,
  });
  const stop = async () => {
    await Promise.all([stopProcess(next.child), stopProcess(mock.child)]);
  };
  const url = `http://127.0.0.1:${NEXT_APP_PORT}`;
  try {
    await waitForHttp(`http://127.0.0.1:${NEXT_MOCK_PORT}/v1/convai/tags`, mock);
    await waitForHttp(url, next);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
