/**
 * A Vite plugin that mounts the kit's proxy in the dev server, so `npm start` is one process:
 * the page calls `/api/elevenlabs/...` on its own origin, as it would in an adopter's app.
 */
import { getRequestListener } from "@hono/node-server";
import type { Plugin } from "vite";
import type { TagsProxy } from "../src/server/index.js";

/** Routes every request under `basePath` to `proxy`; everything else goes on to Vite. */
export function tagsApiPlugin(proxy: TagsProxy, basePath: string): Plugin {
  const listener = getRequestListener(proxy.fetch);
  const handles = (url: string) => url === basePath || url.startsWith(`${basePath}/`) || url.startsWith(`${basePath}?`);
  return {
    name: "convai-tag-kit:demo-api",
    configureServer(server) {
      // Mounted without a path: connect would strip the prefix, and the proxy wants the full URL.
      server.middlewares.use((req, res, next) => {
        if (!req.url || !handles(req.url)) {
          next();
          return;
        }
        listener(req, res).catch(next);
      });
    },
  };
}
