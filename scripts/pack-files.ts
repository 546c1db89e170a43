/**
 * What the package ships, held to an allow-list: the build in dist/ (the entries' JavaScript, the
 * chunks they share, their source maps, the declarations and the stylesheet), README.md,
 * CHANGELOG.md, a LICENSE if there is one, and package.json. Nothing else: no tests, stories,
 * benchmarks, examples, demo or their source maps. Every file `exports` names must be there too.
 *
 *   tsx scripts/pack-files.ts                       checks `npm pack --dry-run --json` (needs a build)
 *   tsx scripts/pack-files.ts pack.json [x.tgz]     checks the output of `npm pack --json`, and that
 *                                                   the tarball holds exactly the files it lists
 *
 * .ci/check-package runs the second form on the tarball it checks.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The JavaScript of the entries (vite.config.ts `build.lib.entry`) and the chunks Vite shares between them (`name-hash8.js`). */
const script = String.raw`(?:index|core|server|server\.node|msw|[A-Za-z][A-Za-z0-9_-]*-[\w-]{8})\.js`;

/** Every path the package may ship, each with why. */
const allowed: readonly (readonly [RegExp, string])[] = [
  [/^package\.json$/, "the manifest"],
  [/^README\.md$/, "the documentation"],
  [/^CHANGELOG\.md$/, "what changed in each version"],
  [/^LICENSE(?:\.md|\.txt)?$/, "the licence, when the repository has one"],
  [new RegExp(`^dist/${script}$`), "an entry's JavaScript or a chunk entries share"],
  [new RegExp(`^dist/${script}\\.map$`), "the source map of one of those (its sources are src/)"],
  [/^dist\/styles\.css$/, "convai-tag-kit/styles.css"],
  // tsc -p tsconfig.build.json mirrors src/: one declaration file per module, no dots in a module's name.
  [/^dist\/(?:[a-z][a-z-]*\/)*[A-Za-z][A-Za-z0-9]*\.d\.ts$/, "a declaration file"],
];

/** Names that are never shipped, even where a pattern above would let them through. */
const refused = /(?:^|\/)(?:test|tests|__tests__|stories|\.storybook|bench|examples|demo|e2e|spec|fixtures|temp)\/|\.(?:test|spec|stories|test-d)\./;

interface PackEntry {
  filename: string;
  files: { path: string }[];
}

/** What is wrong with the list of files a pack ships: unexpected files, and expected ones missing. */
function packProblems(files: readonly string[], exportTargets: readonly string[]): string[] {
  const problems: string[] = [];
  const shipped = new Set(files);
  for (const file of files) {
    if (refused.test(file) || !allowed.some(([pattern]) => pattern.test(file))) problems.push(`unexpected file in the package: ${file}`);
    if (file.endsWith(".map") && !shipped.has(file.slice(0, -".map".length))) problems.push(`a source map without its script: ${file}`);
  }
  for (const file of ["package.json", "README.md", "CHANGELOG.md", ...exportTargets]) {
    if (!shipped.has(file)) problems.push(`missing from the package: ${file}`);
  }
  return problems;
}

type ExportTarget = string | { [condition: string]: ExportTarget };

/** Every file package.json `exports` points to, relative to the package (`dist/index.js`, `package.json`). */
function exportTargets(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { exports: Record<string, ExportTarget> };
  const targets = (entry: ExportTarget): string[] => (typeof entry === "string" ? [entry] : Object.values(entry).flatMap(targets));
  return [...new Set(Object.values(manifest.exports).flatMap(targets))].map((file) => file.replace(/^\.\//, ""));
}

function main(): number {
  const [packJson, tarball] = process.argv.slice(2);
  const text = packJson === undefined ? execFileSync("npm", ["pack", "--dry-run", "--json", "--silent"], { cwd: root, encoding: "utf8" }) : readFileSync(packJson, "utf8");
  const [pack] = JSON.parse(text) as PackEntry[];
  if (pack === undefined) throw new Error("npm pack listed no package");
  const files = pack.files.map((file) => file.path);
  const problems = packProblems(files, exportTargets());
  if (tarball !== undefined) {
    // The list npm printed is the tarball's contents, file for file.
    const inTarball = execFileSync("tar", ["-tzf", tarball], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line !== "" && !line.endsWith("/"))
      .map((line) => line.replace(/^package\//, ""));
    const listed = new Set(files);
    for (const file of inTarball) if (!listed.has(file)) problems.push(`in ${path.basename(tarball)} but not in npm's list: ${file}`);
    for (const file of files) if (!inTarball.includes(file)) problems.push(`in npm's list but not in ${path.basename(tarball)}: ${file}`);
  }
  for (const problem of problems) console.error(problem);
  console.log(`package files: ${String(files.length)} checked against the allow-list in scripts/pack-files.ts, ${problems.length === 0 ? "all expected" : `${String(problems.length)} ${problems.length === 1 ? "problem" : "problems"}`}`);
  return problems.length === 0 ? 0 : 1;
}

process.exitCode = main();
