/** Small statistics and formatting helpers for the tables. */

/** The value below which `p` (0..1) of the sorted samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** The median (mean of the two middle values for an even count). */
export function median(samples: readonly number[]): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? Number.NaN;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** Median and p95 of a set of samples. */
export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Summarizes samples as median and p95. */
export function summarize(samples: readonly number[]): Summary {
  return { median: median(samples), p95: percentile(samples, 0.95), n: samples.length };
}

/** Rounds to `digits` decimals (for JSON that people read). */
export function round(value: number, digits = 3): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** `value / baseline`, `NaN` when the baseline is zero. */
export function ratio(value: number, baseline: number): number {
  return baseline === 0 ? Number.NaN : value / baseline;
}
