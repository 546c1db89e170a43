/** Finds which of the tags API's paths a URL names, wherever the API is mounted. */

/** The four paths of the tags API. */
export type RouteName = "tags" | "tag" | "conversationTags" | "conversationTag";

/** Path parameters, decoded as Starlette decodes them. */
export interface RouteParams {
  tagId: string;
  conversationId: string;
}

/** What a URL names: a route, a redirect to drop a trailing slash, or nothing. */
export type RouteMatch =
  | { kind: "route"; route: RouteName; params: RouteParams; methods: readonly string[] }
  | { kind: "redirect"; location: string }
  | { kind: "none" };

const METHODS: Record<RouteName, readonly string[]> = {
  tags: ["GET", "POST"],
  tag: ["GET", "PATCH", "DELETE"],
  conversationTags: ["POST"],
  conversationTag: ["DELETE"],
};

const API_ROOT = "/v1/convai/";

function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

function matchSegments(segments: string[]): { route: RouteName; params: RouteParams } | null {
  const params: RouteParams = { tagId: "", conversationId: "" };
  if (segments.some((segment) => segment === "")) return null;
  const [first, second, third, fourth, ...rest] = segments;
  if (rest.length > 0) return null;
  if (first === "tags" && third === undefined) {
    if (second === undefined) return { route: "tags", params };
    return { route: "tag", params: { ...params, tagId: second } };
  }
  if (first === "conversations" && second !== undefined && third === "tags") {
    params.conversationId = second;
    if (fourth === undefined) return { route: "conversationTags", params };
    return { route: "conversationTag", params: { ...params, tagId: fourth } };
  }
  return null;
}

/**
 * Matches the part of the path from `/v1/convai/` on, so the mock answers at the origin root and
 * under any prefix a proxy adds (`/api/elevenlabs/v1/convai/tags`).
 */
export function matchRoute(url: URL): RouteMatch {
  const path = decodePath(url.pathname);
  const start = path.indexOf(API_ROOT);
  if (start === -1) return { kind: "none" };
  const suffix = path.slice(start + API_ROOT.length);
  const found = matchSegments(suffix.split("/"));
  if (found) return { kind: "route", ...found, methods: METHODS[found.route] };
  // Starlette redirects `/tags/` to `/tags` when the latter is a route.
  if (suffix.endsWith("/") && matchSegments(suffix.replace(/\/+$/, "").split("/"))) {
    const location = new URL(url);
    location.pathname = url.pathname.replace(/\/+$/, "");
    return { kind: "redirect", location: location.href };
  }
  return { kind: "none" };
}
