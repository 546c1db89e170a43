import type { UseCreateTagOptions } from "../react/useCreateTag.js";

/**
 * Reports an error thrown by a caller's callback without letting it change what the form shows:
 * the tag was created (or refused) whatever the callback did. `reportError` sends it where an
 * uncaught error goes (window "error" listeners, the console, error trackers); where there is none,
 * it is rethrown outside the mutation, on a fresh task.
 */
export function reportCallbackError(error: unknown): void {
  if (typeof globalThis.reportError === "function") {
    globalThis.reportError(error);
    return;
  }
  setTimeout(() => {
    throw error;
  });
}

/** Calls `callback`, reporting what it throws instead of letting it escape into the form's flow. */
export function callSafely<A extends unknown[]>(callback: ((...args: A) => unknown) | undefined, ...args: A): void {
  try {
    callback?.(...args);
  } catch (error) {
    reportCallbackError(error);
  }
}

/**
 * The caller's mutation options with an `onSuccess` whose failure is reported rather than turning a
 * created tag into a failed mutation (react-query marks the mutation failed when `onSuccess` throws).
 */
export function withReportedOnSuccess<TContext>(
  options: UseCreateTagOptions<TContext> | undefined,
): UseCreateTagOptions<TContext> | undefined {
  const onSuccess = options?.onSuccess;
  if (!onSuccess) return options;
  return {
    ...options,
    onSuccess: async (...args) => {
      try {
        await onSuccess(...args);
      } catch (error) {
        reportCallbackError(error);
      }
    },
  };
}
