import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/internal/formatCount";

describe("formatCount", () => {
  it("groups digits as toLocaleString('en-US') does, for every count a page can hold", () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (count) => {
        expect(formatCount(count)).toBe(count.toLocaleString("en-US"));
      }),
      { numRuns: 2000 },
    );
    for (const count of [0, 1, 999, 1000, 10_000, 100_000, 1_000_000]) {
      expect(formatCount(count)).toBe(count.toLocaleString("en-US"));
    }
  });
});
