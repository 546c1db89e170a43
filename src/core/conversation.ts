/**
 * Conversations as `GET /v1/convai/conversations` lists them: the filters the kit sends and the
 * summary fields it shows. Every other field of a summary is kept as the API sent it.
 */
import * as z from "zod/mini";

/** A conversation's state (`ConversationSummaryResponseModelStatus`); a newer value passes through. */
export type ConversationStatus = "initiated" | "in-progress" | "processing" | "done" | "failed" | (string & {});

/** The success evaluation of a call (`EvaluationSuccessResult`); a newer value passes through. */
export type ConversationSuccess = "success" | "failure" | "unknown" | (string & {});

/**
 * One conversation in a list (`ConversationSummaryResponseModel`). The kit reads the fields named
 * here; the API's other fields (`branch_id`, `rating`, `data_collection_results`, …) stay on the
 * object untouched.
 */
export interface ConversationSummary {
  /** The conversation's id, as the assign and unassign routes take it. */
  conversation_id: string;
  /** The agent that took the call. */
  agent_id: string;
  /** The agent's name, when the API sends it. */
  agent_name?: string | null;
  /** When the call started, in Unix seconds. */
  start_time_unix_secs: number;
  /** How long the call lasted, in seconds. */
  call_duration_secs: number;
  /** How many messages the transcript holds. */
  message_count: number;
  /** Where the conversation is in its life. */
  status: ConversationStatus;
  /** The call's success evaluation. */
  call_successful: ConversationSuccess;
  /** A summary of the transcript; only with `summary_mode: "include"`. */
  transcript_summary?: string | null;
  /** A short title the API gives the call. */
  call_summary_title?: string | null;
  /** Ids of the conversation's tags; absent or `null` when it has none. */
  tag_ids?: string[] | null;
  /** Every other field the API sent, untouched. */
  readonly [field: string]: unknown;
}

/**
 * The filters of a conversations list, as the API names them. Several `tag_ids` are sent as the
 * repeated query parameter; whether the API then matches any or all of them is its decision.
 */
export interface ConversationFilters {
  /** Conversations carrying these tags (at most {@link CONVERSATION_TAG_FILTER_MAX}). */
  tag_ids?: readonly string[];
  /** One agent's conversations. */
  agent_id?: string;
  /** Full-text or fuzzy search over transcripts. */
  search?: string;
  /** Calls started after this time, in Unix seconds. */
  call_start_after_unix?: number;
  /** Calls started before this time, in Unix seconds. */
  call_start_before_unix?: number;
  /** Whether summaries carry `transcript_summary`. */
  summary_mode?: "include" | "exclude";
  /** 1 to 100; the API's default is 30. */
  page_size?: number;
}

/** Query of `GET /v1/convai/conversations`: the filters and the page's cursor. */
export interface ListConversationsParams extends ConversationFilters {
  /** `next_cursor` of the previous page. */
  cursor?: string | null;
}

/** One page of `GET /v1/convai/conversations`, newest first (`GetConversationsPageResponseModel`). */
export interface ListConversationsPage {
  conversations: ConversationSummary[];
  next_cursor?: string | null;
  has_more: boolean;
}

/** Most `tag_ids` one list request may carry (the API's limit on its repeated filters). */
export const CONVERSATION_TAG_FILTER_MAX = 50;

/**
 * The filters with empty values dropped and `tag_ids` deduplicated and sorted: one cache entry and
 * one request for filters that mean the same.
 */
export function normalizeConversationFilters(filters: ConversationFilters = {}): ConversationFilters {
  const normalized: { -readonly [K in keyof ConversationFilters]: ConversationFilters[K] } = {};
  for (const [name, value] of Object.entries(filters) as [keyof ConversationFilters, unknown][]) {
    if (value === undefined || value === null || value === "") continue;
    if (name === "tag_ids") {
      const ids = [...new Set(value as readonly string[])].filter((id) => id !== "").sort();
      if (ids.length > 0) normalized.tag_ids = ids;
    } else {
      (normalized as Record<string, unknown>)[name] = value;
    }
  }
  return normalized;
}

const optionalText = () => z.optional(z.nullable(z.string()));

/** Checks what the kit shows of a summary and keeps the rest. */
export const conversationSummarySchema: z.ZodMiniType<ConversationSummary> = /* @__PURE__ */ (() =>
  z.looseObject({
    conversation_id: z.string(),
    agent_id: z.string(),
    agent_name: optionalText(),
    start_time_unix_secs: z.number(),
    call_duration_secs: z.number(),
    message_count: z.number(),
    status: z.string(),
    call_successful: z.string(),
    transcript_summary: optionalText(),
    call_summary_title: optionalText(),
    tag_ids: z.optional(z.nullable(z.array(z.string()))),
  }))();

/** Checks one page of the conversations list. */
export const listConversationsPageSchema: z.ZodMiniType<ListConversationsPage> = /* @__PURE__ */ (() =>
  z.looseObject({
    conversations: z.array(conversationSummarySchema),
    next_cursor: optionalText(),
    has_more: z.boolean(),
  }))();
