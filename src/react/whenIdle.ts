/** Longest wait for an idle moment: on a page that is never idle, the work still starts. */
const IDLE_TIMEOUT_MS = 1000;

/**
 * Runs `callback` when the browser is next idle, so background work never competes with the first
 * paint or a person's input: `requestIdleCallback` where there is one, else (Safari) a timer, which
 * still runs after the paint of the render whose effect called this. Returns a function that cancels it.
 */
export function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(
      () => {
        callback();
      },
      { timeout: IDLE_TIMEOUT_MS },
    );
    return () => {
      cancelIdleCallback(id);
    };
  }
  const id = setTimeout(callback, 0);
  return () => {
    clearTimeout(id);
  };
}
