import type { QueryClient } from "@tanstack/react-query";

/** What a cache's pending writes can do for a read that lands meanwhile. */
export interface PendingWrites {
  /** Shows every pending write's effect again, after a fetch put the server's older rows in place. */
  reapply: () => void;
}

/**
 * Each QueryClient's pending writes, once a kit write hook made them (tagCache.ts registers its write
 * ledger here). A reader looks them up without creating them, so a page with no write hook (a
 * `TagFilter` alone) ships none of the write layer.
 */
export const pendingWrites = new WeakMap<QueryClient, PendingWrites>();
