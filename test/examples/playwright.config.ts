/**
 * The examples, built for production and driven in Chromium: `playwright test -c test/examples`.
 * Their own config because they start their own servers (after a `next build`), not the demo's.
 */
import { defineConfig } from "@playwright/test";
import { chromiumArgs, resolveChromium } from "../chromium";

const { executablePath } = await resolveChromium();

export default defineConfig({
  testDir: ".",
  testMatch: "**/*.spec.ts",
  // Packs the kit, installs and builds the example, starts it; its return value tears it all down.
  globalSetup: "./global-setup.ts",
  // Pack, install and `next build` on two busy cores, plus the tests.
  globalTimeout: 600_000,
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  outputDir: "../../test-results/examples",
  use: {
    browserName: "chromium",
    launchOptions: { executablePath, args: chromiumArgs },
    trace: "retain-on-failure",
  },
});
