/** The answers the proxy makes itself, and how it passes the upstream's answers through. */

/** The `detail` of an error body, in the shapes `readErrorDetail` on the client understands. */
export type ProxyErrorDetail = string | { status: string; message: string };

/**
 * A JSON error answer in the API's own shape (`{"detail": ...}`), so the kit's client reads the
 * message into `TagsApiError.formErrors`. Never carries anything from the proxy's options.
 */
export function errorResponse(status: number, detail: ProxyErrorDetail, init: HeadersInit = {}): Response {
  const headers = new Headers(init);
  headers.set("content-type", "application/json");
  headers.set("cache-control", "no-store");
  return new Response(JSON.stringify({ detail }), { status, headers });
}

// RFC 9110 section 7.6.1: meaningful for one connection only, so never relayed.
const HOP_BY_HOP = [
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
];

const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);

/**
 * Relays an upstream answer: status and body unchanged (streamed), headers minus cookies,
 * hop-by-hop headers and the upstream's own CORS headers. `onDone` runs once, as soon as the body
 * has been fully relayed, has failed, or the browser went away (the stream was cancelled, which
 * also cancels the upstream's body), so the caller can stop its timer at once.
 */
export function relayResponse(upstream: Response, extraHeaders: Headers, onDone: () => void): Response {
  const headers = new Headers(upstream.headers);
  const named = (headers.get("connection") ?? "").split(",").map((name) => name.trim().toLowerCase());
  for (const name of [...HOP_BY_HOP, ...named, "set-cookie"]) if (name) headers.delete(name);
  for (const name of [...headers.keys()]) if (name.startsWith("access-control-")) headers.delete(name);
  // fetch has already decoded a compressed body: the encoding and length no longer describe it.
  if (headers.has("content-encoding")) {
    headers.delete("content-encoding");
    headers.delete("content-length");
  }
  extraHeaders.forEach((value, name) => {
    // The upstream's own Vary still holds; the proxy's answer also varies by what it adds.
    if (name === "vary" && headers.has("vary")) headers.set("vary", `${headers.get("vary") ?? ""}, ${value}`);
    else headers.set(name, value);
  });

  if (upstream.body === null || NULL_BODY_STATUSES.has(upstream.status)) {
    void upstream.body?.cancel().catch(() => undefined);
    onDone();
    return new Response(null, { status: upstream.status, statusText: upstream.statusText, headers });
  }
  return new Response(relayBody(upstream.body, onDone), { status: upstream.status, statusText: upstream.statusText, headers });
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
