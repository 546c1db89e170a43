/**
 * The demo dashboard: `npm start`. Vite serves the page and, through {@link tagsApiPlugin}, the
 * kit's proxy at `/api/elevenlabs`. Environment (read by the dev server only; see backend.ts):
 * `PORT` (default 5173), `ELEVENLABS_API_KEY`, `ELEVENLABS_BASE_URL`, `ELEVENLABS_PROXY_TIMEOUT_MS`.
 */
import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";
import { tagsApiPlugin } from "./apiPlugin.js";
import { createDemoBackend, DEMO_API_PATH } from "./backend.js";

const backend = createDemoBackend(process.env);

export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [react(), tagsApiPlugin(backend.proxy, DEMO_API_PATH)],
  // Only the label crosses into the page: the key stays in this process.
  define: { __DEMO_BACKEND__: JSON.stringify(backend.label) },
  server: { host: "127.0.0.1", port: Number(process.env.PORT || 5173) },
  preview: { host: "127.0.0.1" },
  clearScreen: false,
});
