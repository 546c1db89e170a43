/**
 * convai-tag-kit/core: the tag rules, wire types, HTTP client, errors, cache keys and query options,
 * with no React and no "use client", so server components, server actions and route handlers can
 * validate and prefetch with the same code the browser runs.
 * @packageDocumentation
 */
export {
  TAG_DESCRIPTION_MAX_LENGTH,
  TAG_TITLE_MAX_LENGTH,
  countCharacters,
  createTagRequestSchema,
  updateTagRequestSchema,
} from "./tag.js";
export type {
  ConversationTag,
  CreateTagRequest,
  ListTagsPage,
  ListTagsParams,
  TagFieldName,
  TagValidationCode,
  UpdateTagRequest,
} from "./tag.js";
export { CONVERSATION_TAG_FILTER_MAX } from "./conversation.js";
export type {
  ConversationFilters,
  ConversationStatus,
  ConversationSuccess,
  ConversationSummary,
  ListConversationsPage,
  ListConversationsParams,
} from "./conversation.js";
export type { TagOperationName } from "./routes.js";
export { createTagsClient } from "./client.js";
export type { AssignTagsRequest, RequestOptions, TagsClient, TagsClientOptions } from "./client.js";
export { TagsApiError } from "./errors.js";
export type { TagFieldErrors, TagsApiErrorInit, TagsApiErrorKind } from "./errors.js";
export { tagKeys } from "./keys.js";
export { conversationListQueryOptions, tagListQueryOptions, tagQueryOptions, workspaceTagsQueryOptions } from "./queries.js";
export type { TagListParams, WorkspaceWalkQueryClient } from "./queries.js";
export type { WorkspaceTagsData } from "./walkWorkspaceTags.js";
