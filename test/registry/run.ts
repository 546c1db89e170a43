/**
 * The shadcn registry as a Tailwind v4 app meets it, from scratch and offline but for npm: a clean copy
 * of test/hosts/shadcn-tailwind (Vite 8, React 19, Tailwind v4, a hand-written components.json) gets
 * its locked packages (`npm ci --prefer-offline`) and the kit from the packed tarball, then
 * `shadcn add public/r/<item>.json -y` for each item, `msw init`, a strict `tsc`, `vite build`; the
 * built pages are served on loopback and checked in Chromium (test/registry/checkInBrowser.ts).
 * The committed host is never touched. `npm run test:registry`; KEEP_HOST=1 keeps the copy.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { ensureKitBuilt } from "../support/builds";
import { checkInBrowser } from "./checkInBrowser";

const root = resolve(import.meta.dirname, "../..");
const hostSource = join(root, "test/hosts/shadcn-tailwind");
/** The registry's items (registry.json), each added on its own as a user would. */
const items = (JSON.parse(readFileSync(join(root, "registry.json"), "utf8")) as { items: { name: string }[] }).items.map((item) => item.name);
const started = Date.now();
const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(1);

// npm's own settings from an `npm run` (and NODE_ENV=production, which skips devDependencies) must
// not leak into the host's install: it installs as a user's shell would.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !name.startsWith("npm_") && name !== "NODE_ENV"),
);

/** Runs a step to completion, printing how long it took; its output is shown only when it fails. */
function run(label: string, command: string, args: string[], cwd: string): string {
  const since = Date.now();
  const result = spawnSync(command, args, { cwd, env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) {
    throw new Error(`${label} failed (${String(result.status ?? result.signal)}) in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`shadcn-tailwind: ${label} ${seconds(since)} s`);
  return result.stdout;
}

const node = (label: string, script: string, args: string[], cwd: string) => run(label, process.execPath, [script, ...args], cwd);
const binOf = (pkg: string, from: string) => {
  const manifest = JSON.parse(readFileSync(join(from, "node_modules", pkg, "package.json"), "utf8")) as { bin: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : Object.values(manifest.bin)[0] ?? "";
  return join(from, "node_modules", pkg, bin);
};

/** What `shadcn add` must write for an item: its registry source, without `"use client"` (`rsc: false`). */
function expectedCopy(item: string): string {
  return readFileSync(join(root, "registry/items", item, `${item}.tsx`), "utf8").replace(/^"use client"\n\n/, "");
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  await new Promise((done) => server.close(done));
  if (address === null || typeof address === "string") throw new Error("no port");
  return address.port;
}

/** `vite preview` of the built host on a free loopback port; stopped by its own pid. */
async function preview(host: string): Promise<{ url: string; stop: () => void }> {
  const port = await freePort();
  const child = spawn(process.execPath, [binOf("vite", host), "preview", "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: host,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = () => {
    if (child.exitCode === null && child.pid !== undefined) process.kill(child.pid, "SIGTERM");
  };
  process.once("exit", stop);
  const url = `http://127.0.0.1:${String(port)}`;
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; ) {
    if (child.exitCode !== null) break;
    const up = await fetch(`${url}/form.html`).then((response) => response.ok, () => false);
    if (up) return { url, stop };
    await new Promise((done) => setTimeout(done, 200));
  }
  stop();
  throw new Error(`vite preview did not serve ${url}:\n${output}`);
}

async function main(): Promise<void> {
  // The library as `npm run build` makes it (in CI, `npm test` already did: then this is a no-op).
  ensureKitBuilt();
  const work = mkdtempSync(join(tmpdir(), "ctk-shadcn-tailwind-"));
  const host = join(work, "host");
  try {
    // The committed host only: no install, build, worker script or added item of a local run.
    const generated = new Set(["node_modules", "dist", "public", "components"]);
    cpSync(hostSource, host, { recursive: true, filter: (from) => !generated.has(from.split("/").at(-1) ?? "") && !from.endsWith(".tgz") });
    const packed = run("npm pack", "npm", ["pack", "--silent", "--pack-destination", work], root).trim().split("\n").at(-1) ?? "";
    renameSync(join(work, packed), join(host, "convai-tag-kit.tgz"));

    run("npm ci", "npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], host);
    run("npm install (tarball)", "npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", "./convai-tag-kit.tgz"], host);

    // Every item depends only on npm packages the app now has, so `add` installs nothing and needs no network.
    const manifest = readFileSync(join(host, "package.json"), "utf8");
    const css = readFileSync(join(host, "src/index.css"), "utf8");
    for (const item of items) {
      node(`shadcn add ${item}`, binOf("shadcn", root), ["add", join(root, "public/r", `${item}.json`), "-y"], host);
      const written = join(host, "src/components", `${item}.tsx`);
      if (readFileSync(written, "utf8") !== expectedCopy(item)) {
        throw new Error(`${relative(host, written)} is not registry/items/${item}/${item}.tsx as written`);
      }
    }
    if (readFileSync(join(host, "package.json"), "utf8") !== manifest) throw new Error("shadcn add changed package.json (it installed something)");
    if (readFileSync(join(host, "src/index.css"), "utf8") !== css) throw new Error("shadcn add changed src/index.css");

    node("msw init", binOf("msw", host), ["init", "public", "--no-save"], host);
    // The copied files type-check in a strict app, as the person who now owns them will compile them.
    node("tsc", join(root, "node_modules/typescript/bin/tsc"), ["-p", host], host);
    node("vite build", binOf("vite", host), ["build", "--logLevel", "error"], host);

    const server = await preview(host);
    try {
      const since = Date.now();
      await checkInBrowser(server.url);
      console.log(`shadcn-tailwind: Chromium checks ${seconds(since)} s`);
    } finally {
      server.stop();
    }
    console.log(`shadcn-tailwind: passed in ${seconds(started)} s`);
  } finally {
    if (process.env.KEEP_HOST) console.log(`shadcn-tailwind: kept ${host}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

await main();
