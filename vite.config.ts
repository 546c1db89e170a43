import { readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
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
      entry: { index: "src/index.ts", core: "src/core/index.ts", server: "src/server/index.ts", "server.node": "src/server/node.ts", msw: "src/msw.ts" },
      formats: ["es"],
    },
    outDir: "dist",
    // public/ holds the shadcn registry (public/r/), which is not part of the package: Vite would copy
    // it into dist/ and so into the tarball (scripts/pack-files.ts refuses dist/r/*.json).
    copyPublicDir: false,
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
    // Vitest's default for a run is one worker fewer than the cores: on a 2-core CI machine, one worker,
    // with the main process mostly idle. Two workers there took the suite from 328-384 s to 231 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["test/**/*.test.ts"],
          exclude: ["test/e2e/**", "test/model/**", "test/conformance/**", "test/react/**", "test/form/**", "test/tag-list/**", "test/dialogs/**", "test/picker/**", "test/conversations/**"],
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts", "test/**/*.test-d.tsx"] },
        },
      },
      // The proxy's tests again against the `node` build of ./server, which calls the upstream over
      // node:http(s) instead of fetch(): every guarantee holds for both transports.
      {
        extends: true,
        resolve: {
          alias: [{ find: /^(?:\.\.\/)+src\/server$/, replacement: fileURLToPath(new URL("src/server/node.ts", import.meta.url)) }],
        },
        test: {
          name: "node-transport",
          environment: "node",
          include: ["test/server/proxy*.test.ts"],
          env: { CTK_PROXY_TRANSPORT: "node" },
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
            "test/conversations/**/*.test.{ts,tsx}",
            "test/model/**/*.test.{ts,tsx}",
            "test/conformance/**/*.test.{ts,tsx}",
          ],
          setupFiles: ["test/setup-dom.ts"],
        },
      },
      // Every story as a test in Chromium; its own file because the browser is found asynchronously.
      ".storybook/vitest.config.ts",
    ],
  },
});
