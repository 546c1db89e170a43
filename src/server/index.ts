/**
 * convai-tag-kit/server: Fetch-standard handlers with no React, for Node 20+, Bun, Deno and edge runtimes.
 * @packageDocumentation
 */
export { createMockTagsApi } from "./mockApi.js";
export type { MockTagsApi, MockTagsApiOptions, MockTagsFailure } from "./mockApi.js";
export { createTagsProxy } from "./proxy.js";
export type { TagsProxy, TagsProxyAuthorizeContext, TagsProxyAuthorizeResult, TagsProxyOptions } from "./proxy.js";
export type { TagOperationName } from "../core/routes.js";
export type { ConversationStatus, ConversationSuccess, ConversationSummary } from "../core/conversation.js";
