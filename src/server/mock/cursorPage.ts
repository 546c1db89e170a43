/**
 * One page of a list the mock API serves newest first, with the opaque cursor both lists use: it
 * names the position of the last item sent, so a page after it is the same whatever was filtered.
 */

/** An item's place in a list: every entry carries a `seq`, higher is newer, and no two are equal. */
export interface Sequenced {
  seq: number;
}

/** What {@link cursorPage} found: the page's entries, and the cursor of the next page when more follow. */
export interface CursorPage<E> {
  entries: E[];
  nextCursor: string | null;
  hasMore: boolean;
}

function encodeCursor(seq: number): string {
  return btoa(JSON.stringify({ before: seq })).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function decodeCursor(cursor: string): number | null {
  try {
    const parsed: unknown = JSON.parse(atob(cursor.replace(/-/g, "+").replace(/_/g, "/")));
    const before = (parsed as { before?: unknown } | null)?.before;
    return Number.isSafeInteger(before) ? (before as number) : null;
  } catch {
    return null;
  }
}

/**
 * The first `pageSize` of `entries` (already filtered, ordered by `seq` descending) that come after
 * `cursor`, or `null` when the cursor is not one this function made. A `null` cursor is the first page.
 */
export function cursorPage<E extends Sequenced>(
  entries: readonly E[],
  pageSize: number,
  cursor: string | null,
): CursorPage<E> | null {
  const before = cursor === null ? Infinity : decodeCursor(cursor);
  if (before === null) return null;
  const rest = entries.filter((entry) => entry.seq < before);
  const page = rest.slice(0, pageSize);
  const last = page.at(-1);
  const hasMore = rest.length > page.length;
  return { entries: page, nextCursor: hasMore && last ? encodeCursor(last.seq) : null, hasMore };
}
