/** Calls the upstream with `fetch()`: the transport for Bun, Deno, Workers, edge runtimes, and a given `fetch`. */
import { abortAfter } from "../../core/abortAfter.js";
import { UpstreamFailure, type Transport, type TransportFactory, type UpstreamHeaders } from "./upstream.js";

/**
 * A transport over `fetch` (the global one, looked up per call, when none is given). Redirects are
 * never followed: one must not carry the key to another host.
 */
export function fetchTransport(customFetch?: typeof fetch): TransportFactory {
  return (upstreamBase): Transport =>
    async ({ method, path, headers, body, signal, timeoutMs }) => {
      const deadline = abortAfter(timeoutMs, signal);
      const doFetch = customFetch ?? globalThis.fetch;
      let upstream: Response;
      try {
        upstream = await doFetch(upstreamBase + path, { method, headers, body, signal: deadline.signal, redirect: "manual" });
      } catch {
        deadline.dispose();
        throw new UpstreamFailure(deadline.timedOut() ? "timeout" : signal.aborted ? "cancelled" : "unreachable");
      }
      return {
        status: upstream.status,
        statusText: upstream.statusText,
        headers: decodedHeaders(upstream.headers),
        read: async () => {
          try {
            return new Uint8Array(await upstream.arrayBuffer());
          } catch {
            throw new UpstreamFailure(deadline.timedOut() ? "timeout" : "broken");
          } finally {
            deadline.dispose();
          }
        },
        stream: () => {
          if (upstream.body !== null) return relayBody(upstream.body, deadline.dispose);
          deadline.dispose();
          return null;
        },
        discard: () => {
          void upstream.body?.cancel().catch(() => undefined);
          deadline.dispose();
        },
      };
    };
}

// fetch has already decoded a compressed body: the encoding and length no longer describe it.
function decodedHeaders(upstream: Headers): UpstreamHeaders {
  const headers: Record<string, string> = {};
  upstream.forEach((value, name) => {
    headers[name] = value;
  });
  if (headers["content-encoding"] !== undefined) {
    delete headers["content-encoding"];
    delete headers["content-length"];
  }
  return headers;
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
