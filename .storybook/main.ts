import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { StorybookConfig } from "@storybook/react-vite";
import type { Plugin } from "vite";

// The worker must match the installed msw exactly, so it is served from the package rather than
// copied into the repository where it would drift after an upgrade.
const workerFile = createRequire(import.meta.url).resolve("msw/mockServiceWorker.js");

/** Serves `/mockServiceWorker.js` in dev and in tests, and writes it into the static build. */
function mswWorker(): Plugin {
  return {
    name: "convai-tag-kit:msw-worker",
    configureServer(server) {
      server.middlewares.use("/mockServiceWorker.js", (_request, response) => {
        response.setHeader("content-type", "text/javascript");
        response.setHeader("cache-control", "no-store");
        response.end(readFileSync(workerFile));
      });
    },
    generateBundle() {
      this.emitFile({ type: "asset", fileName: "mockServiceWorker.js", source: readFileSync(workerFile, "utf8") });
    },
  };
}

const config: StorybookConfig = {
  stories: ["../stories/**/*.mdx", "../stories/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-docs", "@storybook/addon-a11y", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  typescript: {
    // Reads the TSDoc of props declared in other files and of props built from utility types.
    reactDocgen: "react-docgen-typescript",
    reactDocgenTypescriptOptions: {
      // Components only: the preview's own files are not documented.
      exclude: ["**/*.stories.tsx", "**/.storybook/**"],
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      // The kit's own props only: not the hundreds of HTML attributes a form also accepts.
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), mswWorker()],
    // The preview bundles React, axe and the docs blocks; its size is not what the kit ships.
    build: { ...viteConfig.build, chunkSizeWarningLimit: 2048 },
    // Found up front, so the first test run does not reload the page halfway to optimize them.
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      include: [
        ...(viteConfig.optimizeDeps?.include ?? []),
        "@tanstack/react-query",
        "react-hook-form",
        "zod",
        "@hookform/resolvers/zod",
        "msw",
        "msw/browser",
      ],
    },
  }),
};

export default config;
