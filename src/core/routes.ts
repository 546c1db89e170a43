/**
 * The API's route table: the four tag paths and the seven operations on them, the conversations
 * list that filters by tag, and the query parameters of the two lists, written once. The client
 * builds its URLs from it, the mock API and the proxy match requests against it.
 */
import { CONVERSATION_TAG_FILTER_MAX } from "./conversation.js";

/** An HTTP method one of the tag routes accepts. */
export type TagRouteMethod = "GET" | "POST" | "PATCH" | "DELETE";

/**
 * The operations, named after the client's methods: the tags API's seven (as the official SDK
 * names them) and `listConversations` (the SDK's `conversations.list`).
 */
export type TagOperationName =
  | "listTags"
  | "createTag"
  | "getTag"
  | "updateTag"
  | "deleteTag"
  | "assignTags"
  | "unassignTag"
  | "listConversations";

/**
 * Which part of the API a route belongs to: `"tags"`, or `"conversations"` (call histories, which
 * a person allowed to manage tags may not be allowed to read: the proxy serves them only on request).
 */
export type TagRouteGroup = "tags" | "conversations";

/** A path parameter, named as the API names it. */
export type TagPathParam = "tag_id" | "conversation_id";

/** Path parameters of a matched or built path. */
export type TagPathParams = Partial<Record<TagPathParam, string>>;

/** One path of the API and what it serves. */
export interface TagRoute {
  /** The path pattern as the API documents it, e.g. `/v1/convai/tags/{tag_id}`. */
  readonly path: string;
  /** The pattern split on `/`: a literal segment, or `{ param }` where an id goes. */
  readonly segments: readonly (string | { readonly param: TagPathParam })[];
  /** Which operation each accepted method is. */
  readonly operations: Readonly<Partial<Record<TagRouteMethod, TagOperationName>>>;
  /** The accepted methods, in the order `Allow` lists them. */
  readonly methods: readonly TagRouteMethod[];
  /** Query parameters the route reads on GET; any other one is meaningless to the API. */
  readonly query: readonly string[];
  /** The query parameters that may repeat, and how many values each takes at most. */
  readonly repeated: Readonly<Record<string, number>>;
  readonly group: TagRouteGroup;
}

function route(
  path: string,
  operations: TagRoute["operations"],
  query: readonly string[] = [],
  { repeated = {}, group = "tags" }: { repeated?: TagRoute["repeated"]; group?: TagRouteGroup } = {},
): TagRoute {
  const segments = path
    .slice(1)
    .split("/")
    .map((segment) => (segment.startsWith("{") ? { param: segment.slice(1, -1) as TagPathParam } : segment));
  return { path, segments, operations, methods: Object.keys(operations) as TagRouteMethod[], query, repeated, group };
}

/** The conversations list's query parameters the kit sends (the API reads more; they are not forwarded). */
const CONVERSATION_QUERY = [
  "tag_ids",
  "cursor",
  "page_size",
  "agent_id",
  "search",
  "call_start_after_unix",
  "call_start_before_unix",
  "summary_mode",
] as const;

/** The four paths of the tags API and the seven operations on them, then the conversations list. */
export const TAG_ROUTES: readonly TagRoute[] = [
  route("/v1/convai/tags", { GET: "listTags", POST: "createTag" }, ["page_size", "cursor"]),
  route("/v1/convai/tags/{tag_id}", { GET: "getTag", PATCH: "updateTag", DELETE: "deleteTag" }),
  route("/v1/convai/conversations/{conversation_id}/tags", { POST: "assignTags" }),
  route("/v1/convai/conversations/{conversation_id}/tags/{tag_id}", { DELETE: "unassignTag" }),
  route("/v1/convai/conversations", { GET: "listConversations" }, CONVERSATION_QUERY, {
    repeated: { tag_ids: CONVERSATION_TAG_FILTER_MAX },
    group: "conversations",
  }),
];

/** The prefix every route shares (`/v1/convai/`), for a server that finds the API under any mount path. */
// A pure IIFE, so a browser bundle that never reads it (the client does not) drops it.
export const TAG_API_ROOT: string = /* @__PURE__ */ (() =>
  TAG_ROUTES.map((r) => r.path).reduce((prefix, path) => {
    let end = 0;
    while (end < prefix.length && prefix[end] === path[end]) end++;
    return prefix.slice(0, prefix.lastIndexOf("/", end - 1) + 1);
  }))();

/** An operation's method and route. */
export interface TagOperation {
  method: TagRouteMethod;
  route: TagRoute;
}

const OPERATIONS = new Map<TagOperationName, TagOperation>(
  TAG_ROUTES.flatMap((r) =>
    Object.entries(r.operations).map(([method, name]) => [name, { method: method as TagRouteMethod, route: r }] as const),
  ),
);

/** The method and route of one operation. */
export function tagOperation(name: TagOperationName): TagOperation {
  const operation = OPERATIONS.get(name);
  if (!operation) throw new Error(`Unknown tags operation ${name}`);
  return operation;
}

/** An operation's path with its parameters filled in, each percent-encoded as one segment. */
export function tagOperationPath(name: TagOperationName, params: TagPathParams = {}): string {
  const { route: { segments } } = tagOperation(name);
  let path = "";
  for (const segment of segments) {
    path += `/${typeof segment === "string" ? segment : encodeURIComponent(params[segment.param] ?? "")}`;
  }
  return path;
}

/** A route a path named, with its parameters. */
export interface TagRouteMatch {
  route: TagRoute;
  params: TagPathParams;
}

/**
 * Finds the route whose pattern `parts` (a path split on `/`, without the leading empty part)
 * fits exactly, or `null`. Each caller decides which parameter values it accepts.
 */
export function matchTagPath(parts: readonly string[], isParam: (value: string) => boolean): TagRouteMatch | null {
  for (const candidate of TAG_ROUTES) {
    const { segments } = candidate;
    if (segments.length !== parts.length) continue;
    const params: TagPathParams = {};
    let fits = true;
    for (let i = 0; i < segments.length && fits; i++) {
      const segment = segments[i];
      const part = parts[i] ?? "";
      if (typeof segment === "string") fits = segment === part;
      else if (segment !== undefined && isParam(part)) params[segment.param] = part;
      else fits = false;
    }
    if (fits) return { route: candidate, params };
  }
  return null;
}
