/** The answers the proxy makes itself, and how it passes the upstream's answers through. */

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

/** The upstream's headers minus cookies, hop-by-hop headers and its own CORS headers, plus `extra`. */
function relayedHeaders(upstream: Headers, extra: PlainHeaders): PlainHeaders {
  const headers: PlainHeaders = {};
  const connection = upstream.get("connection");
  const named = connection === null ? null : new Set(connection.split(",").map((name) => name.trim().toLowerCase()));
  // Header names arrive lower-cased and combined (`set-cookie` aside, which is dropped anyway).
  upstream.forEach((value, name) => {
    if (HOP_BY_HOP.has(name) || named?.has(name) === true || name === "set-cookie" || name.startsWith("access-control-")) return;
    headers[name] = value;
  });
  // fetch has already decoded a compressed body: the encoding and length no longer describe it.
  if (headers["content-encoding"] !== undefined) {
    delete headers["content-encoding"];
    delete headers["content-length"];
  }
  for (const [name, value] of Object.entries(extra)) {
    // The upstream's own Vary still holds; the proxy's answer also varies by what it adds.
    headers[name] = name === "vary" && headers.vary !== undefined ? `${headers.vary}, ${value}` : value;
  }
  return headers;
}

/**
 * Relays an upstream answer: status and body unchanged, headers minus cookies, hop-by-hop headers
 * and the upstream's own CORS headers. A small body with a declared length is read whole first
 * (rejecting if that read fails, before anything was sent); any other is streamed. `onDone` runs
 * once, as soon as the body is in, has been fully relayed, has failed, or the browser went away
 * (the stream was cancelled, which also cancels the upstream's body), so the caller can stop its
 * timer at once.
 */
export async function relayResponse(upstream: Response, extra: PlainHeaders, onDone: () => void): Promise<Response> {
  const headers = relayedHeaders(upstream.headers, extra);
  const init = { status: upstream.status, statusText: upstream.statusText, headers };
  if (upstream.body === null || NULL_BODY_STATUSES.has(upstream.status)) {
    void upstream.body?.cancel().catch(() => undefined);
    onDone();
    return new Response(null, init);
  }
  const declared = upstream.headers.get("content-length");
  if (declared !== null && Number(declared) <= BUFFERED_BODY_BYTES) {
    const body = new Uint8Array(await upstream.arrayBuffer());
    onDone();
    return new Response(body, init);
  }
  return new Response(relayBody(upstream.body, onDone), init);
}

/** A pull-through copy of `source` that calls `onDone` once when it ends, fails or is cancelled. */
function relayBody(source: ReadableStream<Uint8Array>, onDone: () => void): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let finished = false;
  const finish = () => {
    if (finished) return;
    finished = true;
    onDone();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) {
          finish();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        finish();
        controller.error(error);
      }
    },
    cancel(reason) {
      finish();
      return reader.cancel(reason);
    },
  });
}
