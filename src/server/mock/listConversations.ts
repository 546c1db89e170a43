/**
 * `GET /v1/convai/conversations`: reads and validates the query as FastAPI would, then answers a
 * page from the conversation store.
 */
import { CONVERSATION_TAG_FILTER_MAX } from "../../core/conversation.js";
import type { ConversationListRequest, ConversationStore } from "./createConversationStore.js";
import { invalidCursor, jsonResponse, validationError } from "./responses.js";
import { checkLiteral, checkStringList, parseQueryInteger, type ValidationIssue } from "./validation.js";

/** The API's page size limits and default for this list (the tags list's default differs). */
const PAGE_SIZE = { ge: 1, le: 100, default: 30 };
/** `summary_mode`'s values, in the API's declaration order (its error message lists them so). */
const SUMMARY_MODES = ["exclude", "include"] as const;

/** The request's filters and page, or every one of pydantic's errors for the query. */
function readQuery(query: URLSearchParams): ConversationListRequest | { issues: ValidationIssue[] } {
  // Starlette keeps the last of a repeated scalar parameter.
  const last = (name: string) => query.getAll(name).at(-1);
  const issues: ValidationIssue[] = [];
  const integer = (name: string, limits?: { ge: number; le: number }) => {
    const raw = last(name);
    if (raw === undefined) return undefined;
    const parsed = parseQueryInteger(raw, name, limits);
    if ("issues" in parsed) issues.push(...parsed.issues);
    return "value" in parsed ? parsed.value : undefined;
  };
  // In the API's parameter order, which is the order FastAPI reports their errors in.
  const startBefore = integer("call_start_before_unix");
  const startAfter = integer("call_start_after_unix");
  const pageSize = integer("page_size", PAGE_SIZE) ?? PAGE_SIZE.default;
  const summaryMode = last("summary_mode") ?? "exclude";
  issues.push(...checkLiteral(summaryMode, ["query", "summary_mode"], SUMMARY_MODES));
  const tagIds = query.getAll("tag_ids");
  issues.push(...checkStringList(tagIds, ["query", "tag_ids"], 0, CONVERSATION_TAG_FILTER_MAX));
  if (issues.length > 0) return { issues };

  // An empty `agent_id` or `search` is no filter, as Python's `if agent_id:` reads it.
  const agentId = last("agent_id") || undefined;
  const search = last("search") || undefined;
  return {
    query: { tagIds, agentId, search, startAfter, startBefore },
    pageSize,
    // A bare `cursor=` asks for the first page rather than failing, as on the tags list.
    cursor: last("cursor") || null,
    includeSummary: summaryMode === "include",
  };
}

/** Answers one conversations list request from `store`: 200 with a page, 422 or 400 `invalid_cursor`. */
export function listConversations(request: Request, store: ConversationStore): Response {
  const read = readQuery(new URL(request.url).searchParams);
  if ("issues" in read) return validationError(read.issues);
  const page = store.list(read);
  return page ? jsonResponse(200, page) : invalidCursor();
}
