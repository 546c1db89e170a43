import { readFileSync } from "node:fs";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

const external = [/^react($|\/)/, /^react-dom($|\/)/, /^@tanstack\//, /^react-hook-form/, /^zod/, /^@hookform\//, /^msw/, /^node:/];

export default defineConfig({
  plugins: [
    react(),
    {
      name: "convai-tag-kit:styles",
      apply: "build",
      generateBundle() {
        this.emitFile({ type: "asset", fileName: "styles.css", source: readFileSync("src/styles.css", "utf8") });
      },
    },
  ],
  build: {
    lib: {
      entry: { index: "src/index.ts", core: "src/core/index.ts", server: "src/server/index.ts", msw: "src/msw.ts" },
      formats: ["es"],
    },
    outDir: "dist",
    sourcemap: true,
    minify: false,
    rollupOptions: {
      external,
      output: {
        // The browser entry is a client module for React Server Components hosts (Next.js).
        banner: (chunk) => (chunk.name === "index" ? '"use client";' : ""),
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "test/react/**", "test/form/**", "test/tag-list/**", "test/dialogs/**", "test/picker/**"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts", "test/**/*.test-d.tsx"] },
        },
      },
      {
        extends: true,
        test: {
          name: "dom",
          environment: "jsdom",
          // A visible document, so react-query's focus manager lets retries run as in a browser tab.
          environmentOptions: { jsdom: { pretendToBeVisual: true } },
          include: [
            "test/react/**/*.test.{ts,tsx}",
            "test/form/**/*.test.{ts,tsx}",
            "test/tag-list/**/*.test.{ts,tsx}",
            "test/dialogs/**/*.test.{ts,tsx}",
            "test/picker/**/*.test.{ts,tsx}",
          ],
          setupFiles: ["test/setup-dom.ts"],
        },
      },
      // Every story as a test in Chromium; its own file because the browser is found asynchronously.
      ".storybook/vitest.config.ts",
    ],
  },
});
