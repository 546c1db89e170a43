/**
 * An in-memory ElevenLabs conversation tags API behind one Fetch handler: the same routes, status
 * codes and error bodies as the real (FastAPI) service, plus switches to make it fail. It also
 * lists conversations (`GET /v1/convai/conversations`) from summaries it is seeded with, filtered
 * by tag, agent, time and search, each with the tags it carries now.
 */
import type { ConversationSummary } from "../core/conversation.js";
import { TAG_TITLE_MAX_LENGTH, type ConversationTag } from "../core/tag.js";
import { createConversationStore } from "./mock/createConversationStore.js";
import { createTagStore } from "./mock/createTagStore.js";
import { matchRoute } from "./mock/matchRoute.js";
import { networkFailure } from "./mock/networkFailure.js";
import { operationFor } from "./mock/operationFor.js";
import {
  gatewayErrorPage,
  invalidApiKey,
  methodNotAllowed,
  redirect,
  routeNotFound,
} from "./mock/responses.js";

/** Options of {@link createMockTagsApi}. */
export interface MockTagsApiOptions {
  /** When set, every request must carry this `xi-api-key`, else it gets the API's 401. */
  apiKey?: string;
  /** Tags present at the start and after `reset()`; listed newest first by `created_at_unix_secs`. */
  tags?: readonly ConversationTag[];
  /** Milliseconds before each answer; the wait ends early, rejecting, when the request is aborted. */
  latencyMs?: number;
  /**
   * Longest title the mock accepts, in code points; default `TAG_TITLE_MAX_LENGTH`. A lower value
   * stands up an upstream stricter than the client, so a real server-side 422 reaches the form.
   */
  titleMaxLength?: number;
  /** Clock for `created_at_unix_secs`, in milliseconds since the epoch; default `Date.now`. */
  now?: () => number;
  /**
   * Conversations present at the start and after `reset()`, listed newest first by
   * `start_time_unix_secs`. Every field is served as given, except that each one's `tag_ids` are
   * its initial assignments and the list shows the assignments as they are now. `search` matches
   * (case-insensitively) a substring of `call_summary_title`, `transcript_summary` or `agent_name`;
   * `call_start_after_unix` is exclusive and `call_start_before_unix` inclusive: the mock's choices.
   */
  conversations?: readonly ConversationSummary[];
  /**
   * How a list request with several `tag_ids` filters: `"any"` (default) keeps conversations with at
   * least one of them, `"all"` those with every one. The real API does not document its semantics;
   * this is the mock's explicit choice, configurable so a test can pin the one it relies on.
   */
  tagFilterMatch?: "any" | "all";
}

/** How {@link MockTagsApi.failNext} makes a request fail. */
export type MockTagsFailure =
  /** Any status; a string `body` is sent as is, anything else as JSON (none when omitted). */
  | { kind: "status"; status: number; body?: unknown; headers?: Record<string, string> }
  /** A gateway's HTML error page (nginx style, `text/html`); status 502 unless given. */
  | { kind: "html"; status?: number }
  /** `fetch` rejects with a `TypeError`, as a browser does when offline. */
  | { kind: "network" }
  /** No answer, ever: the promise rejects with the signal's reason once the request is aborted. */
  | { kind: "hang" };

/** The mock API: a bound Fetch handler plus controls for tests. */
export interface MockTagsApi {
  /** Answers one request. Bound, so `const { fetch } = api` and `serve({ fetch })` work. */
  fetch: (request: Request) => Promise<Response>;
  /** Makes the next `times` requests (default 1), whatever they ask, fail as `failure` says. */
  failNext: (failure: MockTagsFailure, times?: number) => void;
  /** A copy of the tags, newest first. */
  tags: () => ConversationTag[];
  /** Ids of the tags assigned to a conversation, in the order they were first assigned. */
  assignedTagIds: (conversationId: string) => string[];
  /** A copy of the conversations, newest first, each with every field and its current `tag_ids`. */
  conversations: () => ConversationSummary[];
  /** Back to the initial tags, conversations and their assignments, with no pending failures. */
  reset: () => void;
}

function delay(ms: number, signal: AbortSignal): Promise<void> {
  signal.throwIfAborted();
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      // Like fetch: an aborted request rejects with whatever reason the signal carries.
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}

function untilAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_resolve, reject) => {
    const onAbort = () => {
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
      reject(signal.reason);
    };
    if (signal.aborted) onAbort();
    else signal.addEventListener("abort", onAbort, { once: true });
  });
}

function failureResponse(failure: Exclude<MockTagsFailure, { kind: "hang" }>): Response {
  switch (failure.kind) {
    case "network":
      throw networkFailure();
    case "html":
      return gatewayErrorPage(failure.status ?? 502);
    case "status": {
      const { status, body } = failure;
      const headers = new Headers();
      // 204, 205 and 304 may not carry a body at all.
      const withBody = body !== undefined && ![204, 205, 304].includes(status);
      if (withBody) headers.set("content-type", "application/json");
      for (const [name, value] of Object.entries(failure.headers ?? {})) headers.set(name, value);
      const text = typeof body === "string" ? body : JSON.stringify(body);
      return new Response(withBody ? text : null, { status, headers });
    }
  }
}

/**
 * Creates an in-memory tags API that answers like the real one: create 200, get/patch 200,
 * delete/assign/unassign 204, lists newest first with an opaque cursor, 404 `tag_not_found`,
 * FastAPI's 404/405, and pydantic's 422 errors word for word. Mount it anywhere: paths match
 * from `/v1/convai/` on. An unreadable cursor gets a 400 `invalid_cursor`. The conversations list
 * pages the seeded `conversations` the same way (30 a page unless `page_size` says otherwise).
 */
export function createMockTagsApi(options: MockTagsApiOptions = {}): MockTagsApi {
  const { apiKey, latencyMs = 0, titleMaxLength = TAG_TITLE_MAX_LENGTH } = options;
  const seeded = options.conversations ?? [];
  const store = createTagStore({
    initialTags: options.tags ?? [],
    now: options.now ?? Date.now,
    initialAssignments: new Map(seeded.map((c) => [c.conversation_id, c.tag_ids ?? []])),
  });
  const conversations = createConversationStore({
    conversations: seeded,
    assigned: (conversationId) => store.assigned(conversationId),
    tagFilterMatch: options.tagFilterMatch ?? "any",
  });
  let failures: MockTagsFailure[] = [];

  async function answer(request: Request): Promise<Response> {
    const match = matchRoute(new URL(request.url));
    if (match.kind === "none") return routeNotFound();
    if (match.kind === "redirect") return redirect(match.location);
    const operation = operationFor(match.route, request.method);
    if (!operation) return methodNotAllowed(match.route.methods);
    if (apiKey !== undefined && request.headers.get("xi-api-key") !== apiKey) return invalidApiKey();
    return operation(request, match.params, { store, conversations, titleMaxLength });
  }

  async function fetch(request: Request): Promise<Response> {
    // Take the failure on arrival, so concurrent requests fail in the order they were sent.
    const failure = failures.shift();
    if (failure?.kind === "hang") return untilAborted(request.signal);
    await delay(latencyMs, request.signal);
    return failure ? failureResponse(failure) : answer(request);
  }

  return {
    fetch,
    failNext(failure, times = 1) {
      for (let i = 0; i < times; i++) failures.push(failure);
    },
    tags: () => store.snapshot(),
    assignedTagIds: (conversationId) => store.assigned(conversationId),
    conversations: () => conversations.snapshot(),
    reset() {
      store.reset();
      failures = [];
    },
  };
}
