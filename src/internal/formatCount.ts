/**
 * A count with English digit grouping ("10,000"), as `toLocaleString("en-US")` writes it. By hand
 * because the first `toLocaleString` on a page builds ICU's number formatter (30-45 ms on a 2-core
 * machine), and the first count a picker shows lands with the workspace's first page of tags, the
 * moment a person who just opened it is waiting for options.
 */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
