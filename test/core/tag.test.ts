import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  countCharacters,
  createTagRequestSchema,
  TAG_DESCRIPTION_MAX_LENGTH,
  TAG_TITLE_MAX_LENGTH,
  updateTagRequestSchema,
} from "../../src";

/** Python's `len`: one per code point, which `Array.from` yields for well-formed strings. */
const pythonLen = (text: string) => Array.from(text).length;

const samples = {
  "an emoji (2 UTF-16 units)": "😀",
  "a ZWJ family (5 code points)": "👨‍👩‍👧",
  "a letter with a combining mark (2 code points)": "é",
  "a CJK ideograph (1 unit)": "字",
  "a flag (2 regional indicators)": "🇫🇷",
  "plain ASCII": "a",
};

/** Repeats `unit` until the string is exactly `points` code points long (cut at a code point). */
function ofLength(unit: string, points: number): string {
  return Array.from(unit.repeat(points)).slice(0, points).join("");
}

// Property runs are CPU-bound: a loaded CI machine needs more than the default 5 s.
describe("countCharacters", { timeout: 20_000 }, () => {
  it("counts code points as Python's len does, for any well-formed string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (text) => {
        expect(countCharacters(text)).toBe(pythonLen(text));
      }),
    );
  });

  it("counts full-Unicode strings, astral planes and lone surrogates included, as code points", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        expect(countCharacters(text)).toBe(pythonLen(text));
      }),
    );
  });

  it("counts an unpaired surrogate as one character, as Python does", () => {
    expect(countCharacters("a\uD800b")).toBe(3);
    expect(countCharacters("\uDC00\uD83D")).toBe(2);
  });

  it("counts 120 emoji as 120 where UTF-16 length says 240", () => {
    const title = "😀".repeat(120);
    expect(title.length).toBe(240);
    expect(countCharacters(title)).toBe(120);
  });
});

describe("createTagRequestSchema", () => {
  const title = (value: string) => createTagRequestSchema.safeParse({ title: value });
  const description = (value: string) => createTagRequestSchema.safeParse({ title: "t", description: value });
  const codes = (result: ReturnType<typeof title>) => result.error?.issues.map((issue) => issue.message) ?? [];

  for (const [name, unit] of Object.entries(samples)) {
    it(`accepts a title of 119 and 120 code points and refuses 121, with ${name}`, () => {
      expect(title(ofLength(unit, TAG_TITLE_MAX_LENGTH - 1)).success).toBe(true);
      expect(title(ofLength(unit, TAG_TITLE_MAX_LENGTH)).success).toBe(true);
      expect(codes(title(ofLength(unit, TAG_TITLE_MAX_LENGTH + 1)))).toEqual(["title_too_long"]);
    });

    it(`accepts a description of 999 and 1000 code points and refuses 1001, with ${name}`, () => {
      expect(description(ofLength(unit, TAG_DESCRIPTION_MAX_LENGTH - 1)).success).toBe(true);
      expect(description(ofLength(unit, TAG_DESCRIPTION_MAX_LENGTH)).success).toBe(true);
      expect(codes(description(ofLength(unit, TAG_DESCRIPTION_MAX_LENGTH + 1)))).toEqual(["description_too_long"]);
    });
  }

  it("agrees with a code-point count for any full-Unicode title", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", minLength: 1, maxLength: 200 }), (raw) => {
        const trimmed = raw.trim();
        const valid = trimmed.length > 0 && pythonLen(trimmed) <= TAG_TITLE_MAX_LENGTH && trimmed.isWellFormed();
        expect(title(raw).success).toBe(valid);
      }),
    );
  });

  it("refuses strings with an unpaired surrogate, as the server does", () => {
    expect(codes(title("ok\uD800"))).toEqual(["title_malformed"]);
    expect(codes(description("\uDFFF"))).toEqual(["description_malformed"]);
  });

  it("trims the title before checking and sending it", () => {
    expect(createTagRequestSchema.parse({ title: "  Billing  " })).toEqual({ title: "Billing", description: null });
    expect(title(` ${"😀".repeat(TAG_TITLE_MAX_LENGTH)} `).success).toBe(true);
  });

  it("calls an empty or whitespace-only title required", () => {
    expect(codes(title(""))).toEqual(["title_required"]);
    expect(codes(title(" \n\t "))).toEqual(["title_required"]);
    expect(codes(createTagRequestSchema.safeParse({}))).toEqual(["title_required"]);
  });

  it("sends an empty description as null", () => {
    expect(createTagRequestSchema.parse({ title: "t", description: "" })).toEqual({ title: "t", description: null });
    expect(createTagRequestSchema.parse({ title: "t", description: "   " }).description).toBeNull();
    expect(createTagRequestSchema.parse({ title: "t", description: null }).description).toBeNull();
    expect(createTagRequestSchema.parse({ title: "t", description: " Refunds " }).description).toBe("Refunds");
  });

  it("never reports zod's generic message", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (t, d) => {
        const result = createTagRequestSchema.safeParse({ title: t, description: d });
        for (const issue of result.error?.issues ?? []) expect(issue.message).not.toMatch(/invalid input/i);
      }),
    );
  });
});

describe("updateTagRequestSchema", () => {
  it("leaves omitted fields omitted and clears an empty description", () => {
    expect(updateTagRequestSchema.parse({})).toEqual({});
    expect(updateTagRequestSchema.parse({ description: "" })).toEqual({ description: null });
    expect(updateTagRequestSchema.parse({ title: " New " })).toEqual({ title: "New" });
  });

  it("applies the same limits as create", () => {
    expect(updateTagRequestSchema.safeParse({ title: "😀".repeat(TAG_TITLE_MAX_LENGTH + 1) }).success).toBe(false);
    expect(updateTagRequestSchema.safeParse({ title: "   " }).success).toBe(false);
  });
});
