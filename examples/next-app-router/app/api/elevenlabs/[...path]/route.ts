/**
 * The kit's proxy, mounted at /api/elevenlabs: the browser's only way to the API. It adds the key
 * from the server's environment, forwards the seven tag routes and the read-only conversations list
 * (the /conversations page), and refuses cross-site writes.
 */
import { createTagsProxy, type TagsProxy } from "convai-tag-kit/server";
import { apiKey, upstreamUrl } from "@/lib/server-env";

let proxy: TagsProxy | undefined;

// Created on the first request: the key exists at run time, not during `next build`.
function handler(request: Request): Promise<Response> {
  proxy ??= createTagsProxy({
    apiKey: apiKey(),
    upstreamUrl: upstreamUrl(),
    basePath: "/api/elevenlabs",
    // The conversations list (GET /v1/convai/conversations): off unless asked for; the key must be allowed to read it.
    conversations: true,
    // A real dashboard checks its session here: authorize: async (request) => ...,
  });
  return proxy.fetch(request);
}

export { handler as DELETE, handler as GET, handler as OPTIONS, handler as PATCH, handler as POST };
