/** The allow-list of tag routes the proxy forwards: the core route table, matched strictly. */
import { matchTagPath, type TagRoute, type TagRouteGroup } from "../../core/routes.js";

// Letters, digits, `_` and `-` only: no dots (traversal), no `%` (encoded slashes), no empties.
const ID = /^[A-Za-z0-9_-]{1,128}$/;
const isId = (value: string) => ID.test(value);

/**
 * Finds the route a path (already stripped of the mount prefix) names, or `null`. The path is
 * matched exactly: a trailing slash, an extra segment or an id with any other character is no match,
 * and so is a route of a group the proxy does not serve.
 */
export function matchTagRoute(path: string, served: Readonly<Record<TagRouteGroup, boolean>>): TagRoute | null {
  if (!path.startsWith("/")) return null;
  const route = matchTagPath(path.slice(1).split("/"), isId)?.route;
  return route && served[route.group] ? route : null;
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
