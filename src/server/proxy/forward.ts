/** Sends an allowed request upstream with the server's key, under a deadline, and relays the answer. */
import type { TagRoute, TagRouteGroup } from "../../core/routes.js";
import type { RequestTarget } from "./requestTarget.js";
import { errorResponse, relayResponse, type PlainHeaders } from "./responses.js";
import { failureKind, type Transport, type UpstreamFailureKind } from "./upstream.js";

/** What the proxy hands on for one request that passed every check. */
export interface Forward {
  url: RequestTarget;
  /** The path after the mount prefix, already matched against the route table. */
  path: string;
  route: TagRoute;
  body: Uint8Array<ArrayBuffer> | undefined;
}

/** The proxy's options the forwarding needs. */
export interface ForwarderOptions {
  apiKey: string;
  timeoutMs: number;
  transport: Transport;
}

const FORWARDED_HEADERS = ["accept", "content-type"] as const;

/** Builds the function that forwards one request and answers with the upstream's reply or a JSON error. */
export function createForwarder({ apiKey, timeoutMs, transport }: ForwarderOptions) {
  return async function forward(request: Request, { url, path, route, body }: Forward): Promise<Response> {
    // Rebuilt from the matched path and the allowed parameters only, never from the raw URL.
    let target = path;
    if (request.method === "GET" && url.search !== "") {
      const query = allowedQuery(route, new URLSearchParams(url.search));
      if (query === null) return tooManyValues(route);
      if (query.size > 0) target += `?${query.toString()}`;
    }
    // A plain object: the browser's cookies, authorization and own key never get in.
    const headers: PlainHeaders = {};
    for (const name of FORWARDED_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null && (name !== "content-type" || body !== undefined)) headers[name] = value;
    }
    headers["xi-api-key"] = apiKey;

    try {
      const { method, signal } = request;
      const upstream = await transport({ method, path: target, headers, body, signal, timeoutMs });
      if (upstream.status === 401 || upstream.status === 403) {
        // The server's key, not the person's session, was refused: not a "sign in" matter. The
        // upstream's body is dropped unread, so nothing it echoes can reach the browser.
        upstream.discard();
        return errorResponse(502, keyRefused(upstream.status, route.group));
      }
      // A failure here comes from a body read whole, before any byte was sent.
      return await relayResponse(upstream);
    } catch (error) {
      return failureResponse(failureKind(error), timeoutMs);
    }
  };
}

/**
 * The route's own parameters out of a query: the first value of each, or every value of one that
 * repeats (`tag_ids`); `null` when one repeats more often than the API allows.
 */
function allowedQuery(route: TagRoute, given: URLSearchParams): URLSearchParams | null {
  const query = new URLSearchParams();
  for (const name of route.query) {
    const max = route.repeated[name];
    const values = max === undefined ? given.getAll(name).slice(0, 1) : given.getAll(name);
    if (max !== undefined && values.length > max) return null;
    for (const value of values) query.append(name, value);
  }
  return query;
}

function tooManyValues(route: TagRoute): Response {
  const limits = Object.entries(route.repeated).map(([name, max]) => `${name} takes at most ${max} values`);
  return errorResponse(400, { status: "too_many_values", message: `${limits.join("; ")}.` });
}

function failureResponse(kind: UpstreamFailureKind, timeoutMs: number): Response {
  switch (kind) {
    case "timeout":
      return errorResponse(504, {
        status: "upstream_timeout",
        message: `The ElevenLabs API did not answer within ${timeoutMs} ms.`,
      });
    case "cancelled":
      return errorResponse(499, { status: "client_closed_request", message: "The request was cancelled." });
    case "broken":
      return errorResponse(502, { status: "upstream_unreachable", message: "The ElevenLabs API's answer broke off." });
    case "unreachable":
      return errorResponse(502, { status: "upstream_unreachable", message: "The ElevenLabs API could not be reached." });
  }
}

// What the key must be allowed to do for each group: a key scoped to tags may not read call histories.
const KEY_NEEDS: Record<TagRouteGroup, string> = { tags: "manage conversation tags", conversations: "read conversations" };

function keyRefused(status: number, group: TagRouteGroup) {
  const message =
    `The ElevenLabs API refused this server's API key (${String(status)}): ` +
    `check that the key is valid and may ${KEY_NEEDS[group]}.`;
  return { status: "upstream_key_refused", message };
}
