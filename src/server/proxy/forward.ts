/** Sends an allowed request upstream with the server's key, under a deadline, and relays the answer. */
import { abortAfter } from "../../core/abortAfter.js";
import type { TagRoute } from "../../core/routes.js";
import type { RequestTarget } from "./requestTarget.js";
import { errorResponse, relayResponse, type PlainHeaders } from "./responses.js";

/** What the proxy hands on for one request that passed every check. */
export interface Forward {
  url: RequestTarget;
  /** The path after the mount prefix, already matched against the route table. */
  path: string;
  route: TagRoute;
  body: Uint8Array<ArrayBuffer> | undefined;
  /** Headers every answer to this request carries (CORS, `Vary`). */
  cors: PlainHeaders;
}

/** The proxy's options the forwarding needs. */
export interface ForwarderOptions {
  apiKey: string;
  upstreamBase: string;
  timeoutMs: number;
  fetch: typeof fetch | undefined;
}

const FORWARDED_HEADERS = ["accept", "content-type"] as const;

/** Builds the function that forwards one request and answers with the upstream's reply or a JSON error. */
export function createForwarder({ apiKey, upstreamBase, timeoutMs, fetch: customFetch }: ForwarderOptions) {
  return async function forward(request: Request, { url, path, route, body, cors }: Forward): Promise<Response> {
    // Rebuilt from the matched path and the allowed parameters only, never from the raw URL.
    let target = upstreamBase + path;
    if (request.method === "GET" && url.search !== "") {
      const given = new URLSearchParams(url.search);
      const query = new URLSearchParams();
      for (const name of route.query) {
        const value = given.get(name);
        if (value !== null) query.set(name, value);
      }
      if (query.size > 0) target += `?${query.toString()}`;
    }
    // A plain object: the browser's cookies, authorization and own key never get in.
    const headers: PlainHeaders = {};
    for (const name of FORWARDED_HEADERS) {
      const value = request.headers.get(name);
      if (value !== null && (name !== "content-type" || body !== undefined)) headers[name] = value;
    }
    headers["xi-api-key"] = apiKey;

    const deadline = abortAfter(timeoutMs, request.signal);
    const timedOut = () => {
      const message = `The ElevenLabs API did not answer within ${timeoutMs} ms.`;
      return errorResponse(504, { status: "upstream_timeout", message }, cors);
    };
    let upstream: Response;
    try {
      const doFetch = customFetch ?? globalThis.fetch;
      // "manual": a redirect must never carry the key to another host.
      const { method } = request;
      upstream = await doFetch(target, { method, headers, body, signal: deadline.signal, redirect: "manual" });
    } catch {
      deadline.dispose();
      if (deadline.timedOut()) return timedOut();
      if (request.signal.aborted) {
        return errorResponse(499, { status: "client_closed_request", message: "The request was cancelled." }, cors);
      }
      const message = "The ElevenLabs API could not be reached.";
      return errorResponse(502, { status: "upstream_unreachable", message }, cors);
    }
    if (upstream.status === 401 || upstream.status === 403) {
      // The server's key, not the person's session, was refused: not a "sign in" matter. The
      // upstream's body is dropped unread, so nothing it echoes can reach the browser.
      void upstream.body?.cancel().catch(() => undefined);
      deadline.dispose();
      return errorResponse(502, keyRefused(upstream.status), cors);
    }
    try {
      return await relayResponse(upstream, cors, deadline.dispose);
    } catch {
      // Only a buffered body fails here, before any byte was sent: answer as if no reply came.
      deadline.dispose();
      if (deadline.timedOut()) return timedOut();
      return errorResponse(502, { status: "upstream_unreachable", message: "The ElevenLabs API's answer broke off." }, cors);
    }
  };
}

function keyRefused(status: number) {
  const message =
    `The ElevenLabs API refused this server's API key (${String(status)}): ` +
    "check that the key is valid and may manage conversation tags.";
  return { status: "upstream_key_refused", message };
}
