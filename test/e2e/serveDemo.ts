/**
 * Serves the demo to the end-to-end tests as a host ships a page: its production build under
 * `vite preview`, with the kit's proxy mounted by the demo's own config (as `npm start` mounts it).
 * A production bundle is what users meet, and it loads in a third of the dev server's time (0.85 s
 * against 2.5 s a page here), which the ~70 page loads of the suite pay for. `npm start`'s dev server
 * keeps a test of its own (dev-server.spec.ts).
 *
 *   tsx test/e2e/serveDemo.ts mock <port>      demo/dist, as `npm test` built it (built here if missing or stale)
 *   tsx test/e2e/serveDemo.ts proxied <port>   a build of its own: the page names its backend at build time
 *
 * The backend comes from the environment, as for `npm start` (demo/backend.ts).
 */
import { join, resolve } from "node:path";
import { build, preview } from "vite";
import { ensureDemoBuilt } from "../support/builds";

const root = resolve(import.meta.dirname, "../..");
const configFile = join(root, "demo/vite.config.ts");
const [backend, port] = process.argv.slice(2);

async function outDir(): Promise<string | undefined> {
  if (backend === "mock") {
    ensureDemoBuilt();
    return undefined;
  }
  if (backend !== "proxied") throw new Error(`usage: serveDemo.ts mock|proxied <port> (got ${String(backend)})`);
  // Outside demo/dist, which the mock's server and the visual tests read; under node_modules/.cache,
  // which every tool already ignores.
  const dir = join(root, "node_modules/.cache/convai-tag-kit/e2e-demo-proxied");
  await build({ configFile, logLevel: "warn", build: { outDir: dir, emptyOutDir: true } });
  return dir;
}

const dir = await outDir();
const server = await preview({
  configFile,
  logLevel: "warn",
  build: dir === undefined ? {} : { outDir: dir },
  preview: { host: "127.0.0.1", port: Number(port), strictPort: true },
});
const stop = () => {
  void server.close().finally(() => process.exit(0));
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
