/** The machine and the package versions a run was made with. */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { availableParallelism, cpus, release, totalmem } from "node:os";
import { join } from "node:path";
import { repoRoot } from "./paths";

/** Where a run was made. */
export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  os: string;
  node: string;
  chromium: string;
}

function osName(): string {
  try {
    const pretty = /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1];
    return `${pretty ?? process.platform} (kernel ${release()})`;
  } catch {
    return `${process.platform} ${release()}`;
  }
}

/** Describes this machine; `chromium` is the browser's own version string. */
export function describeMachine(chromium: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? "unknown",
    cores: availableParallelism(),
    ramGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium,
  };
}

const PACKAGES = [
  "react",
  "react-dom",
  "@tanstack/react-query",
  "react-hook-form",
  "@hookform/resolvers",
  "zod",
  "formik",
  "@tanstack/react-form",
  "vite",
  "playwright-core",
  "autocannon",
  "@hono/node-server",
];

function installedVersion(name: string): string {
  const manifest = JSON.parse(readFileSync(join(repoRoot, "node_modules", name, "package.json"), "utf8")) as { version: string };
  return manifest.version;
}

/** Installed versions of the packages the peers and the bench use, plus the kit and its commit. */
export function packageVersions(): Record<string, string> {
  const kit = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")) as { version: string };
  let commit = "unknown";
  try {
    commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: repoRoot, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--", "src"], { cwd: repoRoot, encoding: "utf8" }).trim();
    if (dirty) commit += " + uncommitted changes in src/";
  } catch {
    // Not a git checkout (e.g. a copy of one commit's tree): the commit it was copied from, if given.
    commit = process.env.BENCH_KIT_COMMIT ?? commit;
  }
  const versions: Record<string, string> = { "convai-tag-kit": `${kit.version} (${commit})` };
  for (const name of PACKAGES) versions[name] = installedVersion(name);
  return versions;
}
