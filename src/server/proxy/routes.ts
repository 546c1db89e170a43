/** The allow-list of tag routes the proxy forwards, matched segment by segment. */

/** An HTTP method one of the tag routes accepts. */
export type TagRouteMethod = "GET" | "POST" | "PATCH" | "DELETE";

interface TagRoute {
  /** Literal segments, or `null` where an id goes. */
  segments: readonly (string | null)[];
  methods: readonly TagRouteMethod[];
  /** Query parameters forwarded on GET; every other one is dropped. */
  query: readonly string[];
}

/** A request path that names one of the tag routes. */
export interface TagRouteMatch {
  /** Methods the route accepts, for `Allow` and CORS preflight answers. */
  methods: readonly TagRouteMethod[];
  /** Query parameters the route forwards on GET. */
  query: readonly string[];
}

// Letters, digits, `_` and `-` only: no dots (traversal), no `%` (encoded slashes), no empties.
const ID = /^[A-Za-z0-9_-]{1,128}$/;

const ROUTES: readonly TagRoute[] = [
  { segments: ["v1", "convai", "tags"], methods: ["GET", "POST"], query: ["page_size", "cursor"] },
  { segments: ["v1", "convai", "tags", null], methods: ["GET", "PATCH", "DELETE"], query: [] },
  { segments: ["v1", "convai", "conversations", null, "tags"], methods: ["POST"], query: [] },
  { segments: ["v1", "convai", "conversations", null, "tags", null], methods: ["DELETE"], query: [] },
];

/**
 * Finds the tag route a path (already stripped of the mount prefix) names, or `null`. The path is
 * matched exactly: a trailing slash, an extra segment or an id with any other character is no match.
 */
export function matchTagRoute(path: string): TagRouteMatch | null {
  if (!path.startsWith("/")) return null;
  const parts = path.slice(1).split("/");
  const route = ROUTES.find(
    ({ segments }) =>
      segments.length === parts.length &&
      segments.every((literal, i) => {
        const part = parts[i] ?? "";
        return literal === null ? ID.test(part) : literal === part;
      }),
  );
  return route ? { methods: route.methods, query: route.query } : null;
}

/**
 * The part of a request path after the mount prefix, or `null` when the path is outside it.
 * `basePath` has no trailing slash ("" when mounted at the root).
 */
export function stripBasePath(pathname: string, basePath: string): string | null {
  if (basePath === "") return pathname;
  return pathname.startsWith(`${basePath}/`) ? pathname.slice(basePath.length) : null;
}

/** Normalizes a mount prefix: "" or "/x/y" without a trailing slash. Throws on anything else. */
export function normalizeBasePath(basePath: string | undefined): string {
  const trimmed = (basePath ?? "").replace(/\/+$/, "");
  if (trimmed !== "" && !/^(\/[A-Za-z0-9._~-]+)+$/.test(trimmed)) {
    throw new Error(`createTagsProxy: basePath must look like "/api/elevenlabs", got "${trimmed}"`);
  }
  return trimmed;
}
