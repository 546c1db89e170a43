/**
 * The "storybook" Vitest project: every story is a test, rendered in headless Chromium with the
 * preview's decorators, loaders and a11y checks.
 */
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { defineProject } from "vitest/config";
import { chromiumArgs, resolveChromium } from "../test/chromium.js";

const configDir = fileURLToPath(new URL(".", import.meta.url));

export default defineProject(async () => {
  const { executablePath } = await resolveChromium();
  return {
    root: fileURLToPath(new URL("..", import.meta.url)),
    plugins: [storybookTest({ configDir })],
    test: {
      name: "storybook",
      browser: {
        enabled: true,
        headless: true,
        provider: playwright({ launchOptions: { executablePath, args: chromiumArgs } }),
        instances: [{ browser: "chromium" as const }],
      },
    },
  };
});
