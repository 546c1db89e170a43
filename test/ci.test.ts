/**
 * CI meets the kit as a new user does: on a clean clone it runs the README's set-up and test commands
 * first, before any build of its own, so a `npm test` that leans on a build only CI makes cannot pass.
 * And `npm test` builds everything it looks at, completely, before any test runs.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), "utf8");

/** The commands a shell script runs, in order: no comments, no blank lines, no shell syntax lines. */
function commands(script: string): string[] {
  return script
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

/** The project commands among them: the lines that run npm or npx. */
function projectCommands(script: string): string[] {
  return commands(script).filter((line) => /^(npm|npx)\s/.test(line));
}

describe("CI", () => {
  const readme = read("README.md");
  const tryIt = /## Try it\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";

  it("the README's set-up is two commands: npm install && npm start, then npm test", () => {
    const lines = commands(tryIt).map((line) => line.replace(/\s+#.*$/, ""));
    expect(lines).toEqual(["npm install && npm start", "npm test"]);
  });

  it(".ci/run starts with the README's commands, npm ci standing in for npm install", () => {
    const first = projectCommands(read(".ci/run")).slice(0, 2);
    expect(first).toEqual(["npm ci --no-audit --no-fund", "npm test"]);
  });

  it(".ci/run refuses a checkout that already has a build", () => {
    const lines = commands(read(".ci/run"));
    const beforeInstall = lines.slice(0, lines.findIndex((line) => line.startsWith("npm ci"))).join("\n");
    for (const built of ["dist", "storybook-static", "demo/dist"]) expect(beforeInstall).toContain(built);
    expect(beforeInstall).toMatch(/exit 1/);
  });

  it("npm test builds the library (JavaScript and types), the Storybook and the demo before any test", () => {
    const manifest = JSON.parse(read("package.json")) as { scripts: Record<string, string> };
    const steps = (manifest.scripts.test ?? "").split("&&").map((step) => step.trim());
    const firstTest = steps.findIndex((step) => !step.startsWith("npm run build"));
    expect(steps.slice(0, firstTest)).toEqual(["npm run build", "npm run build-storybook", "npm run build-demo"]);
    // The library's build is complete: JavaScript first, then the declarations the packed package needs.
    expect(manifest.scripts.build).toBe("vite build && tsc -p tsconfig.build.json");
  });

  it("no test builds into dist/ itself (a partial build another test would trust)", () => {
    for (const spec of ["test/e2e/theme-production.spec.ts", "test/examples/nextApp.ts"]) {
      const source = read(spec);
      expect(source, spec).toContain("ensureKitBuilt()");
      expect(source, spec).not.toMatch(/configFile:\s*join\(repoRoot/);
    }
  });
});
