/**
 * The builds tests look at, as tests must find them: complete and newer than their sources. Anything
 * less is rebuilt with the project's own npm script (the command users and CI run), never with a
 * partial build of a test's own that another test could then trust.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "../..");

/** A build: the files it must produce, what they are made from, and the npm script that makes them. */
interface Build {
  outputs: () => string[];
  inputs: string[];
  script: string;
}

type ExportTarget = string | { [condition: string]: ExportTarget };

function targets(entry: ExportTarget): string[] {
  return typeof entry === "string" ? [entry] : Object.values(entry).flatMap(targets);
}

/** Every file under `dist/` that the package's `exports` point to: JavaScript, declarations, styles. */
export function exportedFiles(): string[] {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { exports: Record<string, ExportTarget> };
  const files = Object.values(manifest.exports).flatMap(targets).filter((file) => file.startsWith("./dist/"));
  return [...new Set(files)].map((file) => join(root, file));
}

const kit: Build = {
  outputs: exportedFiles,
  inputs: ["src", "package.json", "vite.config.ts", "tsconfig.build.json"],
  script: "build",
};
const storybook: Build = {
  outputs: () => [join(root, "storybook-static/index.json"), join(root, "storybook-static/iframe.html")],
  inputs: ["src", "stories", ".storybook", "package.json"],
  script: "build-storybook",
};
const demo: Build = {
  outputs: () => [join(root, "demo/dist/index.html")],
  inputs: ["src", "demo/App.tsx", "demo/Conversations.tsx", "demo/tagFilterUrl.ts", "demo/main.tsx", "demo/demo.css", "demo/index.html", "demo/vite.config.ts", "package.json"],
  script: "build-demo",
};

function newestMtime(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Why a build cannot be trusted as it is, or `null` when it is complete and fresh. */
function staleReason(build: Build): string | null {
  const files = build.outputs();
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) return `missing ${missing.map((file) => file.slice(root.length + 1)).join(", ")}`;
  const sources = Math.max(...build.inputs.map((input) => newestMtime(join(root, input))));
  const oldest = Math.min(...files.map((file) => statSync(file).mtimeMs));
  return oldest < sources ? "older than its sources" : null;
}

function ensureBuilt(build: Build): void {
  const reason = staleReason(build);
  if (reason === null) return;
  console.log(`${reason}: npm run ${build.script}`);
  const result = spawnSync("npm", ["run", build.script], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  if (result.status !== 0) throw new Error(`npm run ${build.script} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  const still = staleReason(build);
  if (still !== null) throw new Error(`after npm run ${build.script}: still ${still}`);
}

/** The library in `dist/`, complete (JavaScript and types) and fresh: `npm run build` otherwise. */
export function ensureKitBuilt(): void {
  ensureBuilt(kit);
}

/** The static Storybook in `storybook-static/`: `npm run build-storybook` otherwise. */
export function ensureStorybookBuilt(): void {
  ensureBuilt(storybook);
}

/** The demo's production build in `demo/dist/`: `npm run build-demo` otherwise. */
export function ensureDemoBuilt(): void {
  ensureBuilt(demo);
}
