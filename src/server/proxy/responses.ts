/** The answers the proxy makes itself, and how it passes the upstream's answers through. */
import type { UpstreamHeaders, UpstreamReply } from "./upstream.js";

/** The `detail` of an error body, in the shapes `readErrorDetail` on the client understands. */
export type ProxyErrorDetail = string | { status: string; message: string };

/**
 * Header names (lower case) and values. Plain objects rather than `Headers`: every adapter takes
 * them, and the proxy builds a few per request, so the cheaper the better.
 */
export type PlainHeaders = Record<string, string>;

/**
 * A JSON error answer in the API's own shape (`{"detail": ...}`), so the kit's client reads the
 * message into `TagsApiError.formErrors`. Never carries anything from the proxy's options.
 */
export function errorResponse(status: number, detail: ProxyErrorDetail, extra: PlainHeaders = {}): Response {
  const headers = { ...extra, "content-type": "application/json", "cache-control": "no-store" };
  return new Response(JSON.stringify({ detail }), { status, headers });
}

// RFC 9110 section 7.6.1: meaningful for one connection only, so never relayed.
const HOP_BY_HOP = new Set([
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
]);

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Answers with a declared length up to this many bytes are read whole before the answer starts
 * (a page of 100 tags is about 30 KB): one write with a `Content-Length` instead of a chunked
 * stream, and the deadline is cleared the moment the body is in. Bigger or unsized ones stream.
 */
export const BUFFERED_BODY_BYTES = 64 * 1024;

/**
 * The upstream's headers minus cookies, hop-by-hop headers and its own CORS headers, and never
 * cacheable by a shared cache: the proxy answers one signed-in person with the workspace's key, so
 * a CDN in front of it must not hand a call history or a tag list to the next visitor.
 */
function relayedHeaders(upstream: UpstreamHeaders): PlainHeaders {
  const headers: PlainHeaders = {};
  const connection = upstream.connection;
  const named = typeof connection === "string" ? new Set(connection.split(",").map((name) => name.trim().toLowerCase())) : null;
  for (const name in upstream) {
    const value = upstream[name];
    // Only `set-cookie` comes as a list, and it is dropped.
    if (typeof value !== "string" || HOP_BY_HOP.has(name) || named?.has(name) === true || name === "set-cookie") continue;
    if (name.startsWith("access-control-")) continue;
    headers[name] = value;
  }
  headers["cache-control"] = "private, no-store";
  return headers;
}

/**
 * Relays an upstream answer: status and body unchanged, headers minus cookies, hop-by-hop headers
 * and the upstream's own CORS headers. A small body with a declared length is read whole first
 * (rejecting with the transport's failure if that read fails, before anything was sent): one
 * write with a `Content-Length` instead of a chunked stream. Any other is streamed.
 */
export async function relayResponse(upstream: UpstreamReply): Promise<Response> {
  const headers = relayedHeaders(upstream.headers);
  const init = { status: upstream.status, statusText: upstream.statusText, headers };
  if (NULL_BODY_STATUSES.has(upstream.status)) {
    upstream.discard();
    return new Response(null, init);
  }
  const declared = upstream.headers["content-length"];
  if (typeof declared === "string" && Number(declared) <= BUFFERED_BODY_BYTES) {
    return new Response(await upstream.read(), init);
  }
  return new Response(upstream.stream(), init);
}

// Lists a response may already hold (the upstream's Vary, authorize's own exposed headers): the
// proxy's names join them instead of replacing them.
const LIST_HEADERS = new Set(["vary", "access-control-expose-headers"]);

/**
 * `response` with `extra` added: list headers (`Vary`, `Access-Control-Expose-Headers`) merged
 * without repeats, any other set. Every answer the proxy gives passes through here, so no path
 * (an early return, `authorize`'s own Response) can miss its per-request CORS and `Vary` headers.
 * A response whose headers are immutable (`Response.redirect()`, one from `fetch()`) is copied:
 * same status, body and headers, plus `extra`.
 */
export function withHeaders(response: Response, extra: PlainHeaders): Response {
  // Nothing to add (no allowedOrigins): not even `headers` is read, which some adapters' light
  // Response classes build only on demand.
  if (Object.keys(extra).length === 0) return response;
  try {
    addHeaders(response.headers, extra);
    return response;
  } catch {
    // An immutable Headers throws on the first change, so nothing was half-added.
    const headers = new Headers(response.headers);
    addHeaders(headers, extra);
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
  }
}

// Each value in `extra` is one lower-case name for a list header (`origin`), so it is compared as is.
function addHeaders(headers: Headers, extra: PlainHeaders): void {
  for (const name in extra) {
    const value = extra[name] as string;
    const current = LIST_HEADERS.has(name) ? headers.get(name) : null;
    if (current === null) headers.set(name, value);
    else if (!current.toLowerCase().split(/\s*,\s*/).includes(value)) headers.set(name, `${current}, ${value}`);
  }
}
