/** Production builds of the bench page and of the byte-count hosts, with Vite. */
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import react from "@vitejs/plugin-react";
import { build, type PluginOption } from "vite";
import { benchFile, hostDir, repoRoot } from "./paths";

/**
 * Builds the page with every peer as its own lazy chunk. With `profiling`, `react-dom/client`
 * is React's profiling build, so `<Profiler>` and the DevTools hook report in production code.
 */
export async function buildPage(outDir: string, profiling: boolean): Promise<void> {
  await build({
    configFile: false,
    root: hostDir,
    publicDir: false,
    logLevel: "warn",
    mode: "production",
    plugins: [react()],
    resolve: {
      alias: profiling ? [{ find: /^react-dom\/client$/, replacement: "react-dom/profiling" }] : [],
    },
    build: { outDir, emptyOutDir: true, reportCompressedSize: false, chunkSizeWarningLimit: 10_000 },
  });
}

/** Bytes of a build's JavaScript: raw, gzip (level 9) and brotli (quality 11). */
export interface Bytes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes one piece of text the way the tables do. */
export function measureBytes(code: Buffer | string): Bytes {
  const buffer = typeof code === "string" ? Buffer.from(code) : code;
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length },
    }).length,
  };
}

async function javascriptBytes(dir: string): Promise<Bytes> {
  const total: Bytes = { raw: 0, gzip: 0, brotli: 0 };
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
    const bytes = measureBytes(await readFile(join(entry.parentPath, entry.name)));
    total.raw += bytes.raw;
    total.gzip += bytes.gzip;
    total.brotli += bytes.brotli;
  }
  return total;
}

/**
 * Builds the one-page host with `peerModule` (a path under `bench/`, or `null` for the baseline)
 * and returns its JavaScript bytes. `external` leaves those packages out, which is how a peer's
 * own code is told apart from its dependencies.
 */
export async function buildHost(
  outDir: string,
  peerModule: string | null,
  external: readonly RegExp[],
  plugins: PluginOption[] = [],
): Promise<Bytes> {
  await build({
    configFile: false,
    root: repoRoot,
    publicDir: false,
    logLevel: "warn",
    mode: "production",
    plugins: [react(), ...plugins],
    resolve: { alias: [{ find: "bench:peer", replacement: benchFile(peerModule ?? "host/noPeer.tsx") }] },
    build: {
      outDir,
      emptyOutDir: true,
      write: true,
      modulePreload: false,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: {
        input: benchFile("host/sizeHost.tsx"),
        external: (id) => external.some((pattern) => pattern.test(id)),
      },
    },
  });
  return javascriptBytes(outDir);
}
