/**
 * A Vite plugin that mounts the kit's proxy in the dev server, so `npm start` is one process:
 * the page calls `/api/elevenlabs/...` on its own origin, as it would in an adopter's app.
 */
import { getRequestListener } from "@hono/node-server";
import type { Connect, Plugin } from "vite";
import type { TagsProxy } from "../src/server/index.js";

/** Routes every request under `basePath` to `proxy`; everything else goes on to Vite. */
export function tagsApiPlugin(proxy: TagsProxy, basePath: string): Plugin {
  const listener = getRequestListener(proxy.fetch);
  const handles = (url: string) => url === basePath || url.startsWith(`${basePath}/`) || url.startsWith(`${basePath}?`);
  // Mounted without a path: connect would strip the prefix, and the proxy wants the full URL.
  const mount = (middlewares: Connect.Server) => {
    middlewares.use((req, res, next) => {
      if (!req.url || !handles(req.url)) {
        next();
        return;
      }
      listener(req, res).catch(next);
    });
  };
  return {
    name: "convai-tag-kit:demo-api",
    configureServer(server) {
      mount(server.middlewares);
    },
    // `vite preview` serves the production build (the visual tests look at it) with the same API.
    configurePreviewServer(server) {
      mount(server.middlewares);
    },
  };
}
