/**
 * pydantic v2's validation errors, word for word, for the fields of the tags API. FastAPI returns
 * these as `{"detail": [...]}` with a 422, and clients (ours and the SDK) read them.
 */
import { countCharacters } from "../../core/tag.js";

/** Where a value sits in the request: `["body", "title"]`, `["query", "page_size"]`. */
export type Loc = (string | number)[];

/** One entry of a FastAPI 422 `detail` list, with the keys in FastAPI's order. */
export interface ValidationIssue {
  type: string;
  loc: Loc;
  msg: string;
  input: unknown;
  ctx?: Record<string, unknown>;
}

function issue(type: string, loc: Loc, msg: string, input: unknown, ctx?: Record<string, unknown>): ValidationIssue {
  return ctx ? { type, loc, msg, input, ctx } : { type, loc, msg, input };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The body as a JSON object, if it is one. */
export type JsonObject = Record<string, unknown>;

/** Errors for a request body that must be a JSON object; none when it is one. */
export function checkModel(body: unknown): ValidationIssue[] {
  if (body === undefined || body === null) return [issue("missing", ["body"], "Field required", null)];
  if (typeof body === "object" && !Array.isArray(body)) return [];
  return [
    issue(
      "model_attributes_type",
      ["body"],
      "Input should be a valid dictionary or object to extract fields from",
      body,
    ),
  ];
}

/** Length limits of a `str` field, in code points. */
export interface StringLimits {
  min?: number;
  max?: number;
}

/** Errors for a `str` field with length limits. */
export function checkString(input: unknown, loc: Loc, { min, max }: StringLimits): ValidationIssue[] {
  if (typeof input !== "string") return [issue("string_type", loc, "Input should be a valid string", input)];
  if (!input.isWellFormed()) {
    const msg = "Input should be a valid string, unable to parse raw data as a unicode string";
    return [issue("string_unicode", loc, msg, input)];
  }
  // pydantic does not trim: the raw string is measured, in code points like Python's len().
  const length = countCharacters(input);
  if (min !== undefined && length < min) {
    const msg = `String should have at least ${plural(min, "character")}`;
    return [issue("string_too_short", loc, msg, input, { min_length: min })];
  }
  if (max !== undefined && length > max) {
    const msg = `String should have at most ${plural(max, "character")}`;
    return [issue("string_too_long", loc, msg, input, { max_length: max })];
  }
  return [];
}

/**
 * Errors for a required field: `missing` (with the whole object as `input`, as pydantic reports)
 * when absent, otherwise what `check` finds in its value.
 */
export function checkField(
  body: JsonObject,
  field: string,
  check: (value: unknown) => ValidationIssue[],
): ValidationIssue[] {
  if (!Object.hasOwn(body, field)) return [issue("missing", ["body", field], "Field required", body)];
  return check(body[field]);
}

/** Errors for a `list[str]` field with item-count limits. */
export function checkStringList(input: unknown, loc: Loc, min: number, max: number): ValidationIssue[] {
  if (!Array.isArray(input)) return [issue("list_type", loc, "Input should be a valid list", input)];
  const list: unknown[] = input;
  const actual = list.length;
  // pydantic counts items as it validates them and stops with only this error past the maximum.
  if (actual > max) {
    const msg = `List should have at most ${plural(max, "item")} after validation, not ${actual}`;
    return [issue("too_long", loc, msg, list, { field_type: "List", max_length: max, actual_length: actual })];
  }
  const itemIssues = list.flatMap((item, index) => checkString(item, [...loc, index], {}));
  if (itemIssues.length > 0) return itemIssues;
  if (actual < min) {
    const msg = `List should have at least ${plural(min, "item")} after validation, not ${actual}`;
    return [issue("too_short", loc, msg, list, { field_type: "List", min_length: min, actual_length: actual })];
  }
  return [];
}

// pydantic-core's lax str -> int: trimmed, a sign, digits with single underscores, optional ".0".
const INTEGER = /^[+-]?\d+(?:_\d+)*(?:\.0+)?$/;
const MAX_INTEGER_DIGITS = 4300;

/** Parses a query integer as FastAPI does, or returns its errors; `ge` and `le` bound it when given. */
export function parseQueryInteger(
  raw: string,
  name: string,
  { ge = -Infinity, le = Infinity }: { ge?: number; le?: number } = {},
): { value: number } | { issues: ValidationIssue[] } {
  const loc = ["query", name];
  const text = raw.trim();
  if (text.length > MAX_INTEGER_DIGITS) {
    const msg = "Unable to parse input string as an integer, exceeded maximum size";
    return { issues: [issue("int_parsing_size", loc, msg, raw)] };
  }
  if (!INTEGER.test(text)) {
    const msg = "Input should be a valid integer, unable to parse string as an integer";
    return { issues: [issue("int_parsing", loc, msg, raw)] };
  }
  const value = Math.trunc(Number(text.replace(/_/g, "")));
  if (value < ge) {
    return { issues: [issue("greater_than_equal", loc, `Input should be greater than or equal to ${ge}`, raw, { ge })] };
  }
  if (value > le) {
    return { issues: [issue("less_than_equal", loc, `Input should be less than or equal to ${le}`, raw, { le })] };
  }
  return { value };
}

/**
 * Errors for a `Literal[...]` field: pydantic's `literal_error`, listing the allowed values in
 * declaration order. (A spec schema with an inline `enum` and no `$ref` is a `Literal`, not an `Enum`.)
 */
export function checkLiteral(input: unknown, loc: Loc, allowed: readonly string[]): ValidationIssue[] {
  if (typeof input === "string" && allowed.includes(input)) return [];
  const quoted = allowed.map((value) => `'${value}'`);
  const expected = quoted.length > 1 ? `${quoted.slice(0, -1).join(", ")} or ${quoted.at(-1) ?? ""}` : (quoted[0] ?? "");
  return [issue("literal_error", loc, `Input should be ${expected}`, input, { expected })];
}
