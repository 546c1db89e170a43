/**
 * Tags per page, shared by the server's prefetch and the browser's `useTags`: the same params give
 * the same query key, so the browser uses what the server fetched. A plain module on purpose: a
 * constant imported from a "use client" file is a client reference on the server, not a number.
 */
export const TAG_PAGE_SIZE = 20;
