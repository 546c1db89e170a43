/**
 * What a person sees, from production builds: every story of the static Storybook and the demo's
 * `vite build`, light and dark, compared with committed reference images, and every control boundary
 * checked for 3:1 contrast. `npm run test:visual`; after a reviewed change, `npm run test:visual:update`.
 */
import { defineConfig } from "@playwright/test";
import { chromiumArgs, resolveChromium } from "../chromium";

const { executablePath } = await resolveChromium();

export default defineConfig({
  testDir: ".",
  testMatch: "*.spec.ts",
  // Builds what is missing or stale, serves the demo's build, decides whether this browser may compare screenshots.
  globalSetup: "./global-setup.ts",
  // References live beside the tests, one file per story and theme, named for the README to link.
  snapshotPathTemplate: "{testDir}/__screenshots__/{arg}{ext}",
  // CI compares and never writes a reference; locally a missing one is written (and its test fails).
  updateSnapshots: process.env.CI ? "none" : "missing",
  workers: 2,
  fullyParallel: true,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ["html", { open: "never", outputFolder: "../../test-results/visual-report" }], ["./skipNotice.ts"]],
  outputDir: "../../test-results/visual",
  timeout: 45_000,
  expect: {
    timeout: 10_000,
    toHaveScreenshot: {
      // The same Chromium and fonts render the same pixels, so any change of colour counts (a 4-unit
      // change of the accent passed pixelmatch's 0.02); a handful of pixels is let through for stray
      // anti-aliasing, far fewer than a change of one colour variable touches.
      threshold: 0,
      maxDiffPixels: 4,
      animations: "disabled",
      caret: "hide",
      scale: "css",
    },
  },
  use: {
    browserName: "chromium",
    launchOptions: { executablePath, args: chromiumArgs },
    locale: "en-US",
    timezoneId: "UTC",
    trace: "retain-on-failure",
  },
});
