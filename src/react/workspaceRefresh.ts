import type { QueryClient } from "@tanstack/react-query";

/**
 * QueryClients whose workspace walk, if refreshed right now, may read the newest page alone. The kit's
 * writes set this around the refresh that follows a batch of writes that all succeeded: the cache
 * already holds their effect, so what a refresh can add is tags others created since, and those are
 * newest. Re-walking every page after each write cost 100 requests at 10,000 tags. After any failure
 * (the outcome may be unknown: a timeout, a 5xx) the refresh walks every page again.
 */
export const workspaceHeadOnly = new WeakSet<QueryClient>();
