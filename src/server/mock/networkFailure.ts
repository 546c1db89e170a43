/** The error the mock API rejects with for a `network` failure, recognizable across module copies. */

const brand = Symbol.for("convai-tag-kit.mockNetworkFailure");

/** A `TypeError` like the one `fetch` rejects with when the network is down. */
export function networkFailure(): TypeError {
  const error = new TypeError("Failed to fetch");
  Object.defineProperty(error, brand, { value: true });
  return error;
}

/** Whether `error` is the mock API's simulated network failure (and not a bug that threw). */
export function isNetworkFailure(error: unknown): boolean {
  return typeof error === "object" && error !== null && brand in error;
}
