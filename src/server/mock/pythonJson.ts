/**
 * A JSON reader that fails where and how CPython's `json` module fails, because FastAPI puts that
 * module's message and position into a 422 `json_invalid` error.
 */
import { countCharacters } from "../../core/tag.js";

/** A value Python's `json.loads` can produce, as JavaScript holds it. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** The outcome of {@link parsePythonJson}: a value, or Python's `JSONDecodeError` message and position. */
export type PythonJsonResult =
  | { ok: true; value: JsonValue }
  | { ok: false; message: string; position: number };

class DecodeError extends Error {
  constructor(
    message: string,
    readonly index: number,
  ) {
    super(message);
  }
}

/** Thrown where Python's scanner raises `StopIteration`: no value starts here. */
class NoValue extends Error {
  constructor(readonly index: number) {
    super("Expecting value");
  }
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /-?(?:0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
const ESCAPES: Record<string, string> = { '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const HEX4 = /^[0-9a-fA-F]{4}$/;

function skip(s: string, i: number): number {
  while (i < s.length && WHITESPACE.has(s.charAt(i))) i++;
  return i;
}

function hex(s: string, u: number): number {
  const digits = s.slice(u + 1, u + 5);
  if (!HEX4.test(digits)) throw new DecodeError("Invalid \\uXXXX escape", u);
  return parseInt(digits, 16);
}

// Mirrors CPython's C `scanstring`: `end` is just past the opening quote.
function scanString(s: string, end: number): [string, number] {
  const begin = end - 1;
  let out = "";
  for (;;) {
    let next = end;
    while (next < s.length && s[next] !== '"' && s[next] !== "\\") {
      if (s.charCodeAt(next) <= 0x1f) throw new DecodeError("Invalid control character at", next);
      next++;
    }
    out += s.slice(end, next);
    if (next >= s.length) throw new DecodeError("Unterminated string starting at", begin);
    if (s[next] === '"') return [out, next + 1];
    next++;
    if (next >= s.length) throw new DecodeError("Unterminated string starting at", begin);
    const c = s.charAt(next);
    if (c !== "u") {
      const escaped = ESCAPES[c];
      if (escaped === undefined) throw new DecodeError("Invalid \\escape", next - 1);
      out += escaped;
      end = next + 1;
      continue;
    }
    if (next + 5 >= s.length) throw new DecodeError("Invalid \\uXXXX escape", next);
    let code = hex(s, next);
    end = next + 5;
    // A high surrogate joins a following \u low surrogate; otherwise it stays alone, as in Python.
    if (code >= 0xd800 && code <= 0xdbff && end + 6 < s.length && s.slice(end, end + 2) === "\\u") {
      const low = hex(s, end + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        end += 6;
      }
    }
    out += String.fromCodePoint(code);
  }
}

function scanObject(s: string, end: number): [JsonValue, number] {
  const result: Record<string, JsonValue> = {};
  end = skip(s, end);
  if (s[end] === "}") return [result, end + 1];
  if (s[end] !== '"') throw new DecodeError("Expecting property name enclosed in double quotes", end);
  end++;
  for (;;) {
    const [key, afterKey] = scanString(s, end);
    end = skip(s, afterKey);
    if (s[end] !== ":") throw new DecodeError("Expecting ':' delimiter", end);
    end = skip(s, end + 1);
    const [value, afterValue] = scanValue(s, end, "Expecting value");
    // defineProperty, not assignment: a "__proto__" key is data here, as it is in Python.
    Object.defineProperty(result, key, { value, enumerable: true, writable: true, configurable: true });
    end = skip(s, afterValue);
    if (s[end] === "}") return [result, end + 1];
    if (s[end] !== ",") throw new DecodeError("Expecting ',' delimiter", end);
    end = skip(s, end + 1);
    if (s[end] !== '"') throw new DecodeError("Expecting property name enclosed in double quotes", end);
    end++;
  }
}

function scanArray(s: string, end: number): [JsonValue, number] {
  const result: JsonValue[] = [];
  end = skip(s, end);
  if (s[end] === "]") return [result, end + 1];
  for (;;) {
    const [value, afterValue] = scanValue(s, end, "Expecting value");
    result.push(value);
    end = skip(s, afterValue);
    if (s[end] === "]") return [result, end + 1];
    if (s[end] !== ",") throw new DecodeError("Expecting ',' delimiter", end);
    end = skip(s, end + 1);
  }
}

const CONSTANTS: [string, JsonValue][] = [
  ["null", null],
  ["true", true],
  ["false", false],
  ["NaN", NaN],
  ["Infinity", Infinity],
  ["-Infinity", -Infinity],
];

function scanValue(s: string, i: number, message: string): [JsonValue, number] {
  try {
    return scanOnce(s, i);
  } catch (error) {
    if (error instanceof NoValue) throw new DecodeError(message, error.index);
    throw error;
  }
}

function scanOnce(s: string, i: number): [JsonValue, number] {
  const c = s[i];
  if (c === '"') return scanString(s, i + 1);
  if (c === "{") return scanObject(s, i + 1);
  if (c === "[") return scanArray(s, i + 1);
  for (const [word, value] of CONSTANTS) {
    if (s.startsWith(word, i)) return [value, i + word.length];
  }
  NUMBER.lastIndex = i;
  const match = NUMBER.exec(s);
  if (!match) throw new NoValue(i);
  return [Number(match[0]), i + match[0].length];
}

/**
 * Parses `text` as Python's `json.loads` does: `NaN` and `Infinity` are accepted, and a failure reports
 * Python's message (`"Expecting value"`, `"Expecting ',' delimiter"`, ...) and its position in code points.
 */
export function parsePythonJson(text: string): PythonJsonResult {
  try {
    const [value, end] = scanValue(text, skip(text, 0), "Expecting value");
    const rest = skip(text, end);
    if (rest !== text.length) throw new DecodeError("Extra data", rest);
    return { ok: true, value };
  } catch (error) {
    if (!(error instanceof DecodeError)) throw error;
    // Python indexes strings by code point; JavaScript by UTF-16 unit.
    const position = countCharacters(text.slice(0, error.index));
    return { ok: false, message: error.message, position };
  }
}
