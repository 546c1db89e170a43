/** Serves a built folder (a production `vite build`, a static Storybook) over HTTP on 127.0.0.1. */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, sep } from "node:path";
import { listenOnLoopback, type LoopbackServer } from "./listenOnLoopback";

const contentTypes: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/**
 * Serves the files under `root` on a free port of 127.0.0.1, as any static host would: `/` is
 * `index.html`, unknown paths are a 404, and nothing outside `root` is reachable.
 */
export async function serveStatic(root: string): Promise<LoopbackServer> {
  const base = normalize(root + sep);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://127.0.0.1");
    const file = normalize(join(base, decodeURIComponent(pathname).replace(/\/$/, "/index.html")));
    void stat(file)
      .then((found) => {
        if (!file.startsWith(base) || !found.isFile()) throw new Error("not a file");
        response.writeHead(200, { "content-type": contentTypes[extname(file)] ?? "application/octet-stream" });
        createReadStream(file).pipe(response);
      })
      .catch(() => {
        response.writeHead(404).end();
      });
  });
  return listenOnLoopback(server);
}
