/**
 * Before the visual tests: the static Storybook and the demo are built if missing or stale, the demo's
 * build is served by `vite preview` (with its embedded mock API, as `npm start` has it), and this
 * run's browser and fonts are compared with the reference environment. Where they differ the
 * screenshot comparison is skipped, and a banner says so at the top of the run (never a silent pass).
 * Updating references is refused there: they would be made for a browser CI does not run.
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { FullConfig } from "@playwright/test";
import { chromium } from "playwright-core";
import { preview } from "vite";
import { chromiumArgs, resolveChromium } from "../chromium";
import { ensureDemoBuilt, ensureStorybookBuilt } from "../support/builds";
import { currentEnvironment, referenceEnvironment, referenceFile, visualSkipReason } from "./environment";
import { DEMO_PREVIEW_PORT } from "./ports";

export default async function globalSetup(config: FullConfig): Promise<() => Promise<void>> {
  ensureStorybookBuilt();
  ensureDemoBuilt();
  const { executablePath, source } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const current = currentEnvironment(browser.version());
  await browser.close();
  const updating = config.updateSnapshots === "all" || config.updateSnapshots === "changed";
  const reason = visualSkipReason(current, referenceEnvironment());
  if (updating) {
    if (reason !== null && process.env.CTK_VISUAL_NEW_ENVIRONMENT !== "1") {
      throw new Error(
        `refusing to update the reference images on another environment (${source} Chromium): ${reason}\n` +
          "To move the references to this environment on purpose, run again with CTK_VISUAL_NEW_ENVIRONMENT=1.",
      );
    }
    writeFileSync(referenceFile, `${JSON.stringify(current, null, 2)}\n`);
  } else if (reason !== null) {
    // Workers inherit the runner's environment: the screenshot assertions read this and skip.
    process.env.CTK_VISUAL_SKIP = reason;
    const rule = "!".repeat(100);
    console.warn(`\n${rule}\n${reason}\n${rule}\n`);
  }
  return serveDemo();
}

/** `vite preview` of the demo on the embedded mock (empty values win over a developer's own shell). */
async function serveDemo(): Promise<() => Promise<void>> {
  Object.assign(process.env, { ELEVENLABS_API_KEY: "", ELEVENLABS_BASE_URL: "", ELEVENLABS_PROXY_TIMEOUT_MS: "" });
  const server = await preview({
    configFile: fileURLToPath(new URL("../../demo/vite.config.ts", import.meta.url)),
    logLevel: "warn",
    preview: { host: "127.0.0.1", port: DEMO_PREVIEW_PORT, strictPort: true },
  });
  return () => server.close();
}
