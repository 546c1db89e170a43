/** Finds which of the tags API's routes a URL names, wherever the API is mounted. */
import { matchTagPath, TAG_API_ROOT, type TagPathParams, type TagRoute } from "../../core/routes.js";

/** What a URL names: a route, a redirect to drop a trailing slash, or nothing. */
export type RouteMatch =
  | { kind: "route"; route: TagRoute; params: TagPathParams }
  | { kind: "redirect"; location: string }
  | { kind: "none" };


function decodePath(pathname: string): string {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

// Starlette takes any non-empty segment as a path parameter, decoded.
const nonEmpty = (value: string) => value !== "";

function matchFromRoot(path: string) {
  return matchTagPath(path.slice(1).split("/"), nonEmpty);
}

/**
 * Matches the part of the path from `/v1/convai/` on, so the mock answers at the origin root and
 * under any prefix a proxy adds (`/api/elevenlabs/v1/convai/tags`).
 */
export function matchRoute(url: URL): RouteMatch {
  const path = decodePath(url.pathname);
  const start = path.indexOf(TAG_API_ROOT);
  if (start === -1) return { kind: "none" };
  const fromRoot = path.slice(start);
  const found = matchFromRoot(fromRoot);
  if (found) return { kind: "route", ...found };
  // Starlette redirects `/tags/` to `/tags` when the latter is a route.
  if (fromRoot.endsWith("/") && matchFromRoot(fromRoot.replace(/\/+$/, ""))) {
    const location = new URL(url);
    location.pathname = url.pathname.replace(/\/+$/, "");
    return { kind: "redirect", location: location.href };
  }
  return { kind: "none" };
}
