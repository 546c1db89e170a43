/**
 * Checks on the built static Storybook (`npm run build-storybook` writes `storybook-static/`): what people
 * browse is a production build, so its CSS went through the minifier. `npm run test:storybook-static`.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig } from "@playwright/test";
import { chromiumArgs, resolveChromium } from "../chromium";

const { executablePath } = await resolveChromium();

// The spec skips itself then (and fails in CI); say why here, where the reporter cannot hide it.
if (!existsSync(fileURLToPath(new URL("../../storybook-static/iframe.html", import.meta.url))) && !process.env.CI) {
  console.warn("storybook-static/ is absent: skipping its checks. Run `npm run build-storybook` first.");
}

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: { browserName: "chromium", launchOptions: { executablePath, args: chromiumArgs }, trace: "retain-on-failure" },
});
