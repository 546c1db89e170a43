/**
 * convai-tag-kit/server as Node resolves it (the `node` export condition): the same API as
 * `./index.ts`, with a proxy that calls the upstream over `node:http(s)` unless given a `fetch`.
 * @packageDocumentation
 */
import { buildTagsProxy, type TagsProxy, type TagsProxyOptions } from "./proxy.js";
import { nodeTransport } from "./proxy/nodeTransport.js";

export { createMockTagsApi } from "./mockApi.js";
export type { MockTagsApi, MockTagsApiOptions, MockTagsFailure } from "./mockApi.js";
export type { TagsProxy, TagsProxyAuthorizeContext, TagsProxyAuthorizeResult, TagsProxyOptions } from "./proxy.js";
export type { TagOperationName } from "../core/routes.js";
export type { ConversationStatus, ConversationSuccess, ConversationSummary } from "../core/conversation.js";

/**
 * Creates the backend proxy the browser kit talks to; see `createTagsProxy` in `./index.ts`. In
 * Node it calls the upstream over `node:http(s)` with a keep-alive agent, unless `options.fetch`
 * is given.
 * @throws Error when `apiKey` is missing or an option is malformed.
 */
export function createTagsProxy(options: TagsProxyOptions): TagsProxy {
  return buildTagsProxy(options, nodeTransport);
}
