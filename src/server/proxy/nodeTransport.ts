/// <reference types="node" />
/**
 * Calls the upstream with `node:http(s)` over a keep-alive agent: Node's `fetch()` costs more per
 * request than every check the proxy makes (see BENCHMARKS.md, "Where the proxy's time went").
 */
import { Agent as HttpAgent, request as httpRequest, type ClientRequest, type IncomingMessage } from "node:http";
import { Agent as HttpsAgent, request as httpsRequest } from "node:https";
import {
  UpstreamFailure,
  type Transport,
  type TransportFactory,
  type UpstreamFailureKind,
  type UpstreamReply,
} from "./upstream.js";

/**
 * How long an idle upstream connection is kept. Below the 5 s most servers (Node's own among them)
 * keep an idle connection, so the proxy lets one go before the server does.
 */
const IDLE_SOCKET_MS = 4_000;

// A request on a kept-alive connection the server has just closed fails before reaching it; these
// are sent again once, on a new connection. POST and PATCH are not: they may have been acted on.
const RESENDABLE = new Set(["GET", "DELETE"]);

/** A transport over `node:http(s)`, one keep-alive agent per proxy. Redirects are never followed. */
export const nodeTransport: TransportFactory = (upstreamBase): Transport => {
  const base = new URL(upstreamBase);
  const secure = base.protocol === "https:";
  const send = secure ? httpsRequest : httpRequest;
  const agent = secure
    ? new HttpsAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS })
    : new HttpAgent({ keepAlive: true, timeout: IDLE_SOCKET_MS });
  // `[::1]` in a URL, `::1` to the socket.
  const hostname = base.hostname.replace(/^\[(.*)\]$/, "$1");
  const { port } = base;
  const prefix = base.pathname === "/" ? "" : base.pathname;

  return (call) =>
    new Promise<UpstreamReply>((resolve, reject) => {
      const { method, signal, body, headers } = call;
      // A body passed whole to `end()` goes with its Content-Length (zero when there is none).
      const options = { hostname, port, path: prefix + call.path, method, headers, agent };

      let settled = false;
      let timedOut = false;
      let sent: ClientRequest | undefined;
      let resent = false;
      const fail = (kind: UpstreamFailureKind) => {
        if (settled) return;
        settled = true;
        dispose();
        reject(new UpstreamFailure(kind));
      };
      const timer = setTimeout(() => {
        timedOut = true;
        sent?.destroy();
        fail("timeout");
      }, call.timeoutMs);
      const onAbort = () => {
        sent?.destroy();
        fail("cancelled");
      };
      let disposed = false;
      const dispose = () => {
        if (disposed) return;
        disposed = true;
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
      };
      if (signal.aborted) {
        onAbort();
        return;
      }
      signal.addEventListener("abort", onAbort, { once: true });

      const start = () => {
        let req: ClientRequest;
        try {
          req = send(options, (res) => {
            if (settled) {
              res.destroy();
              return;
            }
            settled = true;
            resolve(reply(res, req, dispose, () => timedOut));
          });
        } catch {
          // Node refuses a header value it cannot send (a malformed key) before any byte goes out.
          fail("unreachable");
          return;
        }
        sent = req;
        req.on("error", (error: NodeJS.ErrnoException) => {
          if (!settled && !resent && req.reusedSocket && error.code === "ECONNRESET" && RESENDABLE.has(method)) {
            resent = true;
            start();
          } else fail("unreachable");
        });
        req.end(body);
      };
      start();
    });
};

/** The upstream's answer over `res`; `dispose` ends the deadline once the body is done with. */
function reply(res: IncomingMessage, req: ClientRequest, dispose: () => void, timedOut: () => boolean): UpstreamReply {
  const drop = () => {
    dispose();
    req.destroy();
  };
  return {
    status: res.statusCode ?? 502,
    statusText: res.statusMessage ?? "",
    headers: res.headers,
    read: () =>
      new Promise((resolve, reject) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on("data", (chunk: Buffer) => {
          chunks.push(chunk);
          size += chunk.byteLength;
        });
        res.on("end", () => {
          dispose();
          const whole = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size);
          resolve(new Uint8Array(whole.buffer as ArrayBuffer, whole.byteOffset, whole.byteLength));
        });
        res.on("close", () => {
          if (res.complete) return;
          const failure = new UpstreamFailure(timedOut() ? "timeout" : "broken");
          drop();
          reject(failure);
        });
      }),
    stream: () => streamOf(res, dispose, drop),
    discard: drop,
  };
}

/** `res` as a web stream that honours back-pressure and calls `done` once, however it ends. */
function streamOf(res: IncomingMessage, done: () => void, drop: () => void): ReadableStream<Uint8Array> {
  // Once cancelled, closed or errored the controller throws on use: late events are ignored.
  let open = true;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      res.on("data", (chunk: Buffer) => {
        if (!open) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) res.pause();
      });
      res.on("end", () => {
        if (!open) return;
        open = false;
        done();
        controller.close();
      });
      res.on("close", () => {
        if (!open || res.complete) return;
        open = false;
        drop();
        controller.error(new UpstreamFailure("broken"));
      });
    },
    pull() {
      res.resume();
    },
    cancel() {
      open = false;
      drop();
    },
  });
}
