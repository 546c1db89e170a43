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
  // Made only when the time runs out: an Error captures a stack, and most calls never need one.
  let timeout: Error | undefined;
  const timer = setTimeout(() => {
    timeout = new Error(`No answer within ${timeoutMs} ms`);
    controller.abort(timeout);
  }, timeoutMs);
  const onAbort = () => {
    controller.abort(signal?.reason);
  };
  signal?.addEventListener("abort", onAbort, { once: true });
  if (signal?.aborted) onAbort();
  return {
    signal: controller.signal,
    timedOut: () => timeout !== undefined && controller.signal.reason === timeout,
    dispose: () => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    },
  };
}
