/**
 * convai-tag-kit/server: Fetch-standard handlers with no React, for Node 20+, Bun, Deno and edge runtimes.
 * @packageDocumentation
 */
export * from "./mockApi.js";
export * from "./proxy.js";
