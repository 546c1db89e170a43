/**
 * The README's "Testing your app" recipes are the test hosts' own files (test/hosts/, installed from the
 * packed kit and run by `npm run test:hosts` in CI): each block there is the host's file line for line,
 * each host's configuration is shown (or is a copy of a file that is), and the Jest hosts' tests are the
 * Vitest host's test below their imports. So a recipe cannot drift from what CI ran.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const hostsDir = new URL("hosts/", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, hostsDir), "utf8");
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const start = readme.indexOf("\n## Testing your app\n");
const end = readme.indexOf("\n## ", start + 1);
const section = readme.slice(start, end === -1 ? undefined : end);

/** The section's code blocks that name a host file after their language: ```js jest-babel/jest.config.js */
const blocks = [...section.matchAll(/^```[a-z]+ (\S+)\n([\s\S]*?)^```$/gm)].map(([, path = "", text = ""]) => ({ path, text }));

const hosts = ["vitest", "jest-babel", "ts-jest", "jest-esm"];
/** A host's packages, not its configuration. */
const packages = new Set(["package.json", "package-lock.json", "node_modules"]);
/** Shown once (for babel-jest) and used as they are by the other Jest hosts. */
const copies: Record<string, string> = {
  "ts-jest/jest.environment.cjs": "jest-babel/jest.environment.cjs",
  "jest-esm/jest.environment.cjs": "jest-babel/jest.environment.cjs",
  "ts-jest/styleMock.js": "jest-babel/styleMock.js",
};
const jestTests = ["jest-babel/tags.test.jsx", "ts-jest/tags.test.tsx", "jest-esm/tags.test.jsx"];

/** A test file below its imports (and the comment lines just above them). */
const body = (source: string) => source.slice(source.search(/^\/\/ The app's proxy route/m));

describe("the README's Testing your app section", () => {
  it("has the section and its file blocks", () => {
    expect(start).toBeGreaterThan(0);
    expect(blocks.length).toBeGreaterThanOrEqual(10);
  });

  it("shows each host file exactly as the host has it", () => {
    for (const { path, text } of blocks) expect(text, path).toBe(read(path));
  });

  it("shows every host's configuration, or a file it shows, copied as it is", () => {
    const shown = new Set(blocks.map(({ path }) => path));
    for (const host of hosts) {
      for (const name of readdirSync(new URL(`${host}/`, hostsDir))) {
        const path = `${host}/${name}`;
        if (packages.has(name) || jestTests.includes(path) || shown.has(path)) continue;
        const original = copies[path];
        expect(original, `${path} is neither shown in the README nor a copy of a file that is`).toBeDefined();
        expect(shown.has(original ?? ""), `${original ?? ""} is shown`).toBe(true);
        expect(read(path), `${path} equals ${original ?? ""}`).toBe(read(original ?? ""));
      }
    }
  });

  it("gives each Jest host the Vitest host's test below its imports, less its cleanup() line", () => {
    const vitest = body(read("vitest/tags.test.jsx"));
    expect(vitest).toContain("  cleanup();");
    const expected = vitest.replace(/^ {2}cleanup\(\);.*\n/m, "");
    for (const path of jestTests) expect(body(read(path)), path).toBe(expected);
  });

  it("names the ESM host's package.json lines as the host has them", () => {
    const manifest = JSON.parse(read("jest-esm/package.json")) as { type?: string; scripts: Record<string, string> };
    const prose = section.replace(/\s+/g, " ");
    expect(manifest.type).toBe("module");
    expect(prose).toContain('`"type": "module"`');
    expect(prose).toContain(`\`"test": "${manifest.scripts.test ?? ""}"\``);
  });
});
