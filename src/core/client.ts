import type * as z from "zod/mini";
import {
  conversationTagSchema,
  listTagsPageSchema,
  type ConversationTag,
  type CreateTagRequest,
  type ListTagsPage,
  type ListTagsParams,
  type UpdateTagRequest,
} from "./tag.js";
import {
  listConversationsPageSchema,
  normalizeConversationFilters,
  type ListConversationsPage,
  type ListConversationsParams,
} from "./conversation.js";
import { abortAfter } from "./abortAfter.js";
import { TagsApiError, tagsApiErrorFromResponse } from "./errors.js";
import { tagOperation, tagOperationPath, type TagOperationName, type TagPathParams } from "./routes.js";

/** Default time a call may take before it fails with `kind: "timeout"`. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Options of {@link createTagsClient}. */
export interface TagsClientOptions {
  /** Where the API (usually your backend proxy) lives, e.g. `/api/elevenlabs`. */
  baseUrl: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
  /** Extra headers on every request, or a function returning them (e.g. a CSRF token). */
  headers?: HeadersInit | (() => HeadersInit | Promise<HeadersInit>);
  /** Milliseconds before a call fails with `kind: "timeout"`; default 30 000. */
  timeoutMs?: number;
}

/** Per-call options. */
export interface RequestOptions {
  /** Cancels the call; a cancelled call rejects with the signal's reason, not a `TagsApiError`. */
  signal?: AbortSignal;
}

/** Body of `POST /v1/convai/conversations/{conversation_id}/tags`. */
export interface AssignTagsRequest {
  /** 1 to 50 tag ids; ids already assigned are ignored. */
  tag_ids: string[];
}

/** The seven operations of the tags API, named after the official SDK, and the conversations list. */
export interface TagsClient {
  /** `POST /v1/convai/tags` */
  createTag(request: CreateTagRequest, options?: RequestOptions): Promise<ConversationTag>;
  /** `GET /v1/convai/tags`, newest first. */
  listTags(params?: ListTagsParams, options?: RequestOptions): Promise<ListTagsPage>;
  /** `GET /v1/convai/tags/{tag_id}` */
  getTag(tagId: string, options?: RequestOptions): Promise<ConversationTag>;
  /** `PATCH /v1/convai/tags/{tag_id}` */
  updateTag(tagId: string, request: UpdateTagRequest, options?: RequestOptions): Promise<ConversationTag>;
  /** `DELETE /v1/convai/tags/{tag_id}` */
  deleteTag(tagId: string, options?: RequestOptions): Promise<void>;
  /** `POST /v1/convai/conversations/{conversation_id}/tags` */
  assignTags(conversationId: string, request: AssignTagsRequest, options?: RequestOptions): Promise<void>;
  /** `DELETE /v1/convai/conversations/{conversation_id}/tags/{tag_id}` */
  unassignTag(conversationId: string, tagId: string, options?: RequestOptions): Promise<void>;
  /**
   * `GET /v1/convai/conversations`, newest first, filtered (`tag_ids` sent as the repeated
   * parameter). Summaries keep every field the API sent.
   */
  listConversations(params?: ListConversationsParams, options?: RequestOptions): Promise<ListConversationsPage>;
}

/**
 * The query string of a list operation: the names its route reads, in the table's order, repeated
 * names once per value; empty values are left out, as the API's default.
 */
function searchOf(operation: TagOperationName, params: object): string {
  const query = new URLSearchParams();
  for (const name of tagOperation(operation).route.query) {
    // Query values are strings, numbers or (for a repeated name) lists of strings.
    const value = (params as Record<string, string | number | readonly string[] | null | undefined>)[name];
    for (const item of Array.isArray(value) ? (value as readonly string[]) : [value as string | number | null | undefined]) {
      if (item !== undefined && item !== null && item !== "") query.append(name, String(item));
    }
  }
  return query.size > 0 ? `?${query.toString()}` : "";
}

interface Call {
  operation: TagOperationName;
  params?: TagPathParams;
  search?: string;
  body?: unknown;
  signal?: AbortSignal | undefined;
}

/**
 * Creates a typed client for the tags API. Every failure rejects with a {@link TagsApiError};
 * responses are checked against the API's schemas.
 */
export function createTagsClient(options: TagsClientOptions): TagsClient {
  const base = options.baseUrl.replace(/\/+$/, "");
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;

  function call(request: Call): Promise<undefined>;
  function call<T>(request: Call, schema: z.ZodMiniType<T>): Promise<T>;
  async function call<T>(
    { operation, params, search = "", body, signal }: Call,
    schema?: z.ZodMiniType<T>,
  ): Promise<T | undefined> {
    const { method } = tagOperation(operation);
    const path = tagOperationPath(operation, params) + search;
    const doFetch = options.fetch ?? globalThis.fetch;
    const headers = new Headers(
      typeof options.headers === "function" ? await options.headers() : options.headers,
    );
    headers.set("accept", "application/json");
    if (body !== undefined) headers.set("content-type", "application/json");

    const deadline = abortAfter(timeoutMs, signal);

    try {
      const response = await doFetch(base + path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: deadline.signal,
      });
      if (!response.ok) throw await tagsApiErrorFromResponse(response);
      if (!schema) return undefined;
      const text = await response.text();
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (cause) {
        throw new TagsApiError({ kind: "invalid_response", status: response.status, body: text, cause });
      }
      const parsed = schema.safeParse(json);
      if (!parsed.success) {
        throw new TagsApiError({ kind: "invalid_response", status: response.status, body: json, cause: parsed.error });
      }
      return parsed.data;
    } catch (error) {
      if (error instanceof TagsApiError) throw error;
      if (signal?.aborted) throw signal.reason;
      if (deadline.timedOut()) {
        throw new TagsApiError({ kind: "timeout", message: `No answer within ${timeoutMs} ms`, cause: error });
      }
      throw new TagsApiError({ kind: "network", message: "The tags API could not be reached", cause: error });
    } finally {
      deadline.dispose();
    }
  }

  return {
    createTag: (request, { signal } = {}) => call({ operation: "createTag", body: request, signal }, conversationTagSchema),
    listTags: (params: ListTagsParams = {}, { signal } = {}) =>
      call({ operation: "listTags", search: searchOf("listTags", params), signal }, listTagsPageSchema),
    getTag: (tagId, { signal } = {}) =>
      call({ operation: "getTag", params: { tag_id: tagId }, signal }, conversationTagSchema),
    updateTag: (tagId, request, { signal } = {}) =>
      call({ operation: "updateTag", params: { tag_id: tagId }, body: request, signal }, conversationTagSchema),
    deleteTag: (tagId, { signal } = {}) => call({ operation: "deleteTag", params: { tag_id: tagId }, signal }),
    assignTags: (conversationId, request, { signal } = {}) =>
      call({ operation: "assignTags", params: { conversation_id: conversationId }, body: request, signal }),
    unassignTag: (conversationId, tagId, { signal } = {}) =>
      call({ operation: "unassignTag", params: { conversation_id: conversationId, tag_id: tagId }, signal }),
    listConversations: ({ cursor, ...filters } = {}, { signal } = {}) => {
      const search = searchOf("listConversations", { ...normalizeConversationFilters(filters), cursor });
      return call({ operation: "listConversations", search, signal }, listConversationsPageSchema);
    },
  };
}
