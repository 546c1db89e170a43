/**
 * The picker's text matching: case- and accent-insensitive, so "cafe" finds "Café" and "CAFÉ".
 * Titles are folded once per tag list; each keystroke folds only the typed text.
 */

/** Lower-cases `text` and strips combining marks after canonical decomposition ("É" -> "e"). */
export function foldTitle(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/**
 * How well a folded title matches a folded query: 0 when it starts with it, 1 when a word in it
 * does, 2 when it merely contains it, -1 when it does not match. An empty query matches everything (0).
 */
export function matchTitle(foldedTitle: string, foldedQuery: string): number {
  if (foldedQuery === "") return 0;
  const at = foldedTitle.indexOf(foldedQuery);
  if (at === -1) return -1;
  if (at === 0) return 0;
  return foldedTitle.includes(` ${foldedQuery}`) ? 1 : 2;
}
