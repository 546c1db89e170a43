/**
 * The seam between the proxy's checks and the wire: one call to the upstream, made by a transport
 * (`fetch()` anywhere; `node:http(s)` in Node), and what comes back.
 */
import type { PlainHeaders } from "./responses.js";

/** One request to the upstream, already checked and rebuilt by the forwarder. */
export interface UpstreamCall {
  method: string;
  /** Path and query after the upstream's base URL (`/v1/convai/tags?page_size=20`). */
  path: string;
  headers: PlainHeaders;
  body: Uint8Array<ArrayBuffer> | undefined;
  /** The browser's request signal: once it aborts, the call is cancelled. */
  signal: AbortSignal;
  /** Time the upstream has for its whole answer, body included. */
  timeoutMs: number;
}

/** Header names (lower case) and values as the upstream sent them; `set-cookie` may be a list. */
export type UpstreamHeaders = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * The upstream's answer once its status and headers are in, its body not yet read. Exactly one of
 * `read`, `stream` or `discard` is called; each ends the call's deadline as soon as the body is
 * done with (read, relayed, failed, cancelled or dropped).
 */
export interface UpstreamReply {
  status: number;
  statusText: string;
  /** Minus what only described the transport's own decoding (see the fetch transport). */
  headers: UpstreamHeaders;
  /** The whole body; rejects with an {@link UpstreamFailure} (`timeout` or `broken`). */
  read: () => Promise<Uint8Array<ArrayBuffer>>;
  /** The body as a stream, or `null` when there is none. */
  stream: () => ReadableStream<Uint8Array> | null;
  /** Drops the body unread. */
  discard: () => void;
}

/** Why a call to the upstream gave no (whole) answer. */
export type UpstreamFailureKind = "timeout" | "cancelled" | "unreachable" | "broken";

/** Thrown by a transport; carries only its kind, never the request or the key. */
export class UpstreamFailure extends Error {
  constructor(readonly kind: UpstreamFailureKind) {
    super(`upstream ${kind}`);
    this.name = "UpstreamFailure";
  }
}

/** Makes one call to the upstream; rejects with an {@link UpstreamFailure}. */
export type Transport = (call: UpstreamCall) => Promise<UpstreamReply>;

/** Builds a transport for one upstream base URL (`https://api.elevenlabs.io`, no trailing slash). */
export type TransportFactory = (upstreamBase: string) => Transport;

/** The failure kind of anything a transport threw (a foreign error counts as `unreachable`). */
export function failureKind(error: unknown): UpstreamFailureKind {
  return error instanceof UpstreamFailure ? error.kind : "unreachable";
}
