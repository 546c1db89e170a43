/** Number formatting for BENCHMARKS.md. */

/** Milliseconds: two decimals under 10, one under 100, none above. */
export function ms(value: number): string {
  if (!Number.isFinite(value)) return "–";
  const digits = Math.abs(value) < 10 ? 2 : Math.abs(value) < 100 ? 1 : 0;
  return value.toFixed(digits);
}

/** A ratio such as `1.23×`. */
export function times(value: number): string {
  if (!Number.isFinite(value)) return "–";
  return `${value.toFixed(value >= 10 ? 1 : 2)}×`;
}

/** Kilobytes (1,024 bytes) with one decimal. */
export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** A count per keystroke with up to two decimals. */
export function perKey(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(2);
}

/** A Markdown table; numbers right-aligned unless `textOnly`. */
export function table(header: readonly string[], rows: readonly (readonly string[])[], textOnly = false): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  const align = header.map((_, i) => (i === 0 || textOnly ? "---" : "---:"));
  return [line(header), line(align), ...rows.map(line)].join("\n");
}

/** Seconds as "7 min 12 s". */
export function duration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = Math.round(seconds - minutes * 60);
  return minutes > 0 ? `${minutes} min ${rest} s` : `${rest} s`;
}
