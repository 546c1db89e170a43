/**
 * `npm run api:check` compares the sources' public surface with the reports in `api/`, not whatever
 * `dist/` holds: a build older than the sources must not make it say "matches" (issue 20).
 *
 * The script runs as it is, copied into a small project of its own in the OS temp folder (four entries,
 * one export each), so a change to the surface can be made there without touching this repo, and so
 * the test does not depend on the state of src/ (nor take the minutes a check of the whole kit takes).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = resolve(import.meta.dirname, "..");
const require = createRequire(import.meta.url);

/** The kit's four entries as the script expects them, each with one export; the browser entry reaches React's types. */
const sources: Record<string, string> = {
  "src/index.ts": 'import type { ReactNode } from "react";\n/** A slot. */\nexport type Slot = ReactNode;\n',
  "src/core/index.ts": "/** The longest title. */\nexport const TAG_TITLE_MAX_LENGTH = 120;\n",
  "src/server/index.ts": "/** A mock. */\nexport function createMockTagsApi(): { fetch(request: Request): Promise<Response> } {\n  return { fetch: () => Promise.resolve(new Response()) };\n}\n",
  "src/msw.ts": "/** Handlers. */\nexport function createTagsHandlers(): unknown[] {\n  return [];\n}\n",
};

let project = "";

function write(file: string, text: string) {
  mkdirSync(dirname(join(project, file)), { recursive: true });
  writeFileSync(join(project, file), text);
}

/** Runs a command in the project; its exit status and everything it printed. */
function run(args: string[]) {
  const result = spawnSync(process.execPath, args, { cwd: project, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const apiReport = (...flags: string[]) => run([require.resolve("tsx/cli"), "scripts/api-report.ts", ...flags]);
/** `npm run build`'s declaration half, into dist/ as the build writes it. */
const buildTypes = () => run([require.resolve("typescript/bin/tsc"), "-p", "tsconfig.build.json"]);

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "ctk-api-report-"));
  for (const file of ["package.json", "tsconfig.json", "tsconfig.build.json", "scripts/api-report.ts"]) {
    mkdirSync(dirname(join(project, file)), { recursive: true });
    copyFileSync(join(repo, file), join(project, file));
  }
  symlinkSync(join(repo, "node_modules"), join(project, "node_modules"), "dir");
  for (const [file, text] of Object.entries(sources)) write(file, text);
});

afterAll(() => {
  if (project !== "") rmSync(project, { recursive: true, force: true });
});

describe("api:check", () => {
  it("fails when the sources' surface differs from the report, although dist/ was built before the change and matches it", () => {
    // A build made now, which the change below leaves stale, and the reports it matches.
    expect(buildTypes().status).toBe(0);
    const update = apiReport("--update");
    expect(update.output, "--update writes the reports").toMatch(/\.\/core: report updated/);
    expect(update.status).toBe(0);
    const unchanged = apiReport();
    expect(unchanged.output).toMatch(/\.\/core: matches its report/);
    expect(unchanged.status, unchanged.output).toBe(0);

    write("src/core/index.ts", `${sources["src/core/index.ts"] ?? ""}/** New and unreported. */\nexport const TAG_DESCRIPTION_MAX_LENGTH = 1200;\n`);
    const changed = apiReport();
    expect(changed.status, changed.output).toBe(1);
    expect(changed.output).toContain('The public surface of "./core" changed');
    expect(changed.output).toMatch(/^\.: matches its report/m);

    // api:update records the reviewed change from the sources too, with no build before it.
    const recorded = apiReport("--update");
    expect(recorded.output).toMatch(/\.\/core: report updated/);
    expect(recorded.status).toBe(0);
    expect(readFileSync(join(project, "api/convai-tag-kit-core.api.md"), "utf8")).toContain("TAG_DESCRIPTION_MAX_LENGTH");
  }, 120_000);

  it("fails when the sources do not compile, and leaves no declarations behind", () => {
    write("src/msw.ts", "export const broken: number = \"not a number\";\n");
    const broken = apiReport();
    expect(broken.status).toBe(1);
    expect(broken.output).toContain("tsc -p tsconfig.build.json failed");
    expect(readdirSync(join(project, "temp")).filter((name) => name.startsWith("api-types-"))).toEqual([]);
    write("src/msw.ts", sources["src/msw.ts"] ?? "");
  }, 30_000);
});
