/**
 * The server's own tags client: straight to the API with the key, for server components and server
 * actions. The browser never uses it; it talks to the proxy route instead.
 */
import "server-only";
import { createTagsClient, type TagsClient } from "convai-tag-kit/core";
import { apiKey, upstreamUrl } from "./server-env";

let client: TagsClient | undefined;

/** The client, created on first use so `next build` needs no key. */
export function serverTagsClient(): TagsClient {
  client ??= createTagsClient({ baseUrl: upstreamUrl(), headers: { "xi-api-key": apiKey() } });
  return client;
}
