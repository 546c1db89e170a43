/** A deadline linked to a caller's signal, shared by the browser client and the server proxy. */

/** What {@link abortAfter} returns. */
export interface Deadline {
  /** Aborts when the caller's signal does, or once the time is up. */
  signal: AbortSignal;
  /** Whether the time ran out (as opposed to the caller aborting). */
  timedOut: () => boolean;
  /** Stops the timer and unhooks the caller's signal; call it once the work is done. */
  dispose: () => void;
}

/** Links `signal` (if any) and a `timeoutMs` timer into one signal that tells which one fired. */
export function abortAfter(timeoutMs: number, signal?: AbortSignal | null): Deadline {
  const controller = new AbortController();
  const timeout = new Error(`No answer within ${timeoutMs} ms`);
  const timer = setTimeout(() => {
    controller.abort(timeout);
  }, timeoutMs);
  const onAbort = () => {
    controller.abort(signal?.reason);
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort();
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.reason === timeout,
    dispose: () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}
