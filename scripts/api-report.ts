/**
 * The public surface, held by API reports: one `api/*.api.md` per package entry, made by
 * API Extractor from declarations this script emits from src/ itself, with the same
 * `tsc -p tsconfig.build.json` that `npm run build` runs, into a folder of its own under temp/.
 * It never reads dist/: a build older than the sources would otherwise say "matches" (issue 20).
 *
 *   tsx scripts/api-report.ts          check: fails when an entry's surface differs from its report
 *   tsx scripts/api-report.ts --update write the reports (`npm run api:update`), then review the diff
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { CompilerState, Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const update = process.argv.includes("--update");

/** Each entry in package.json "exports", its declarations (relative to the emitted folder) and its report's name. */
const entries = [
  { entry: ".", types: "index.d.ts", report: "convai-tag-kit" },
  { entry: "./core", types: "core/index.d.ts", report: "convai-tag-kit-core" },
  { entry: "./server", types: "server/index.d.ts", report: "convai-tag-kit-server" },
  { entry: "./msw", types: "msw.d.ts", report: "convai-tag-kit-msw" },
];

const tempFolder = path.join(root, "temp", "api");
mkdirSync(path.join(root, "temp"), { recursive: true });
// Inside the project, not the OS temp folder, so the declarations' imports (react, @tanstack/...)
// resolve against node_modules as dist/'s do; one folder per run, so two runs never share one.
const typesFolder = mkdtempSync(path.join(root, "temp", "api-types-"));
let failed = 0;
try {
  if (emitDeclarations(typesFolder)) {
    mkdirSync(path.join(root, "api"), { recursive: true });
    const configured = entries.map(({ entry, types, report }) => ({ entry, report, config: configure(path.join(typesFolder, types), report) }));
    // One TypeScript program for the four entries: each would otherwise parse the DOM and Node typings again.
    const [first] = configured;
    if (first === undefined) throw new Error("no entries");
    const compilerState = CompilerState.create(first.config, { additionalEntryPoints: configured.map(({ config }) => config.mainEntryPointFilePath) });
    for (const { entry, report, config } of configured) failed += extract(entry, config, compilerState, report);
  } else {
    failed = 1;
  }
} finally {
  rmSync(typesFolder, { recursive: true, force: true });
}

if (failed === 0) rmSync(tempFolder, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;

/**
 * The declarations `npm run build` would write to dist/, written to `outDir` instead. The type check
 * stays on: declarations of code that does not compile are no surface to compare (and the build
 * would refuse them too), so a type error fails the check rather than passing on a guess.
 */
function emitDeclarations(outDir: string): boolean {
  const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
  try {
    execFileSync(process.execPath, [tsc, "-p", path.join(root, "tsconfig.build.json"), "--outDir", outDir], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    return true;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: Buffer | string; stderr?: Buffer | string };
    console.error(`${String(stdout)}${String(stderr)}tsc -p tsconfig.build.json failed: the sources do not compile, so their public surface cannot be compared.`);
    return false;
  }
}

/** API Extractor's settings for one entry: its declarations and its report. */
function configure(types: string, report: string): ExtractorConfig {
  return ExtractorConfig.prepare({
    configObjectFullPath: path.join(root, "api", "api-extractor.json"),
    packageJsonFullPath: path.join(root, "package.json"),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: types,
      compiler: {
        overrideTsconfig: {
          compilerOptions: {
            target: "ES2022",
            lib: ["ES2024", "DOM", "DOM.Iterable"],
            module: "ESNext",
            moduleResolution: "bundler",
            jsx: "react-jsx",
            strict: true,
            skipLibCheck: true,
            types: ["node"],
          },
          files: [types],
        },
      },
      apiReport: {
        enabled: true,
        reportFileName: report,
        reportFolder: path.join(root, "api"),
        reportTempFolder: tempFolder,
        // A type reachable from an export but not exported itself is still part of the surface.
        includeForgottenExports: true,
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      newlineKind: "lf",
      messages: {
        compilerMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
        extractorMessageReporting: {
          default: { logLevel: ExtractorLogLevel.Warning },
          // Named in the report itself (includeForgottenExports) rather than as a warning.
          "ae-forgotten-export": { logLevel: ExtractorLogLevel.None, addToApiReportFile: true },
          // The kit documents with TSDoc but does not tag release levels (@public, @beta).
          "ae-missing-release-tag": { logLevel: ExtractorLogLevel.None },
          // Every export has TSDoc (ESLint and review hold that); a wire field like `tag_id` needs none.
          "ae-undocumented": { logLevel: ExtractorLogLevel.None, addToApiReportFile: false },
        },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.None } },
      },
    },
  });
}

/** Compares (or with --update, writes) one entry's report; 1 when it differs or fails, else 0. */
function extract(entry: string, config: ExtractorConfig, compilerState: CompilerState, report: string): number {
  const result = Extractor.invoke(config, { localBuild: update, compilerState, showVerboseMessages: false, messageCallback: quiet });
  if (result.apiReportChanged && !update) {
    console.error(`The public surface of "${entry}" changed: see api/${report}.api.md against temp/api/. Run npm run api:update and review the diff.`);
    return 1;
  }
  if (result.errorCount > 0) {
    console.error(`API Extractor failed for "${entry}" (${String(result.errorCount)} errors).`);
    return 1;
  }
  console.log(`${entry}: ${update && result.apiReportChanged ? "report updated" : "matches its report"} (api/${report}.api.md)`);
  return 0;
}

/** Keeps the console for problems: the "analysis" chatter of each run is not news. */
function quiet(message: { logLevel: ExtractorLogLevel; handled: boolean }) {
  if (message.logLevel === ExtractorLogLevel.Info || message.logLevel === ExtractorLogLevel.Verbose) message.handled = true;
}
