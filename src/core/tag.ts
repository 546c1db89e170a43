/**
 * The single source of truth for conversation tags: wire types, limits and validation.
 * No React and no fetch here, so the browser entry, the server entry and the tests share it.
 */
// zod/mini: the same rules as classic zod at a fifth of the bytes, and @hookform/resolvers accepts it.
import * as z from "zod/mini";

/** Longest title the API accepts, in Unicode code points (Python `len`). */
export const TAG_TITLE_MAX_LENGTH = 120;
/** Longest description the API accepts, in Unicode code points (Python `len`). */
export const TAG_DESCRIPTION_MAX_LENGTH = 1000;

/** A conversation tag as the API returns it (`ConversationTagResponseModel`). */
export interface ConversationTag {
  tag_id: string;
  workspace_id: string;
  owner_user_id: string;
  title: string;
  description: string | null;
  created_at_unix_secs: number;
}

/** Body of `POST /v1/convai/tags` (`CreateConversationTagRequestModel`). */
export interface CreateTagRequest {
  title: string;
  description?: string | null;
}

/** Body of `PATCH /v1/convai/tags/{tag_id}`: omit a field to leave it unchanged. */
export interface UpdateTagRequest {
  title?: string | null;
  description?: string | null;
}

/** Query of `GET /v1/convai/tags`. */
export interface ListTagsParams {
  /** 1 to 100; the API's default is 100. */
  page_size?: number;
  /** `next_cursor` of the previous page. */
  cursor?: string | null;
}

/** One page of `GET /v1/convai/tags`, newest first (`GetConversationTagsPageResponseModel`). */
export interface ListTagsPage {
  conversation_tags: ConversationTag[];
  next_cursor?: string | null;
  has_more: boolean;
}

/** A field of a tag that people edit: what a server error or a form field is about. */
export type TagFieldName = "title" | "description";

/**
 * Why a value failed client-side validation. Schemas carry these codes as their issue messages,
 * never prose, so the UI translates them (see `defaultMessages`).
 */
export type TagValidationCode =
  | "title_required"
  | "title_too_long"
  | "title_malformed"
  | "description_too_long"
  | "description_malformed";

/**
 * Counts characters the way the server does: Unicode code points, like Python's `len`.
 * `countCharacters("😀")` is 1 where `"😀".length` is 2.
 */
export function countCharacters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (unit >= 0xd800 && unit <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count--;
        i++;
      }
    }
  }
  return count;
}

// zod 4.5+ measures lengths in code points, as the server does; a test locks that in.
// Each exported schema is built in a pure IIFE, so an app that imports only the limits or
// countCharacters ships no zod.
function text(max: number, tooLong: TagValidationCode, malformed: TagValidationCode) {
  return z.string({ error: malformed }).check(
    z.trim(),
    z.maxLength(max, { error: tooLong }),
    z.refine((value: string) => value.isWellFormed(), { error: malformed }),
  );
}

function titleSchema() {
  return z.pipe(
    z.string({ error: "title_required" }).check(z.trim(), z.minLength(1, { error: "title_required" })),
    text(TAG_TITLE_MAX_LENGTH, "title_too_long", "title_malformed"),
  );
}

function descriptionSchema() {
  return text(TAG_DESCRIPTION_MAX_LENGTH, "description_too_long", "description_malformed");
}

/**
 * Validates and normalizes a create request: the title is trimmed and required, an empty or
 * whitespace-only description becomes `null`. Issue messages are {@link TagValidationCode}s.
 */
export const createTagRequestSchema = /* @__PURE__ */ (() =>
  z.object({
    title: titleSchema(),
    description: z.pipe(
      z.nullish(descriptionSchema()),
      z.transform((value: string | null | undefined) => value || null),
    ),
  }))();

/**
 * Validates and normalizes an update request: omitted fields stay omitted, a given title is
 * trimmed and required, an empty description becomes `null` (clears it).
 */
export const updateTagRequestSchema = /* @__PURE__ */ (() =>
  z.object({
    title: z.nullish(titleSchema()),
    description: z.pipe(
      z.nullish(descriptionSchema()),
      z.transform((value: string | null | undefined) => (value === undefined ? undefined : value || null)),
    ),
  }))();

/** Parses a tag from the server; unknown extra fields pass through. */
export const conversationTagSchema: z.ZodMiniType<ConversationTag> = /* @__PURE__ */ (() =>
  z.looseObject({
    tag_id: z.string(),
    workspace_id: z.string(),
    owner_user_id: z.string(),
    title: z.string(),
    description: z.nullable(z.string()),
    created_at_unix_secs: z.int(),
  }))();

/** Parses a page of tags from the server; unknown extra fields pass through. */
export const listTagsPageSchema: z.ZodMiniType<ListTagsPage> = /* @__PURE__ */ (() =>
  z.looseObject({
    conversation_tags: z.array(conversationTagSchema),
    next_cursor: z.nullish(z.string()),
    has_more: z.boolean(),
  }))();
