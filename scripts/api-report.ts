/**
 * The public surface, held by API reports: one `api/*.api.md` per package entry, made by
 * API Extractor from the built `.d.ts` (run `npm run build` first).
 *
 *   tsx scripts/api-report.ts          check: fails when an entry's surface differs from its report
 *   tsx scripts/api-report.ts --update write the reports (`npm run api:update`), then review the diff
 */
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Extractor, ExtractorConfig, ExtractorLogLevel } from "@microsoft/api-extractor";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const update = process.argv.includes("--update");

/** Each entry in package.json "exports", its built types and its report's name. */
const entries = [
  { entry: ".", types: "dist/index.d.ts", report: "convai-tag-kit" },
  { entry: "./core", types: "dist/core/index.d.ts", report: "convai-tag-kit-core" },
  { entry: "./server", types: "dist/server/index.d.ts", report: "convai-tag-kit-server" },
  { entry: "./msw", types: "dist/msw.d.ts", report: "convai-tag-kit-msw" },
];

const tempFolder = path.join(root, "temp", "api");
let failed = 0;
mkdirSync(path.join(root, "api"), { recursive: true });

for (const { entry, types, report } of entries) {
  const config = ExtractorConfig.prepare({
    configObjectFullPath: path.join(root, "api", "api-extractor.json"),
    packageJsonFullPath: path.join(root, "package.json"),
    configObject: {
      projectFolder: root,
      mainEntryPointFilePath: path.join(root, types),
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
          files: [path.join(root, types)],
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
  const result = Extractor.invoke(config, { localBuild: update, showVerboseMessages: false, messageCallback: quiet });
  if (result.apiReportChanged && !update) {
    console.error(`The public surface of "${entry}" changed: see api/${report}.api.md against temp/api/. Run npm run api:update and review the diff.`);
    failed += 1;
  } else if (result.errorCount > 0) {
    console.error(`API Extractor failed for "${entry}" (${String(result.errorCount)} errors).`);
    failed += 1;
  } else {
    console.log(`${entry}: ${update && result.apiReportChanged ? "report updated" : "matches its report"} (api/${report}.api.md)`);
  }
}

if (failed === 0) rmSync(tempFolder, { recursive: true, force: true });
process.exitCode = failed === 0 ? 0 : 1;

/** Keeps the console for problems: the "analysis" chatter of each run is not news. */
function quiet(message: { logLevel: ExtractorLogLevel; handled: boolean }) {
  if (message.logLevel === ExtractorLogLevel.Info || message.logLevel === ExtractorLogLevel.Verbose) message.handled = true;
}
