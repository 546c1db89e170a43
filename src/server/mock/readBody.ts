/** Reads a request body the way FastAPI does before pydantic sees it. */
import { parsePythonJson } from "./pythonJson.js";
import { bodyParseError, validationError } from "./responses.js";

/** The body for validation (`undefined` when empty), or the answer FastAPI gives before validating. */
export type BodyResult = { ok: true; body: unknown } | { ok: false; response: Response };

// FastAPI decodes JSON only for application/json and application/*+json; since 0.12x
// (`strict_content_type`, on by default) a request without a content type is not JSON either.
function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const type = header.split(";", 1)[0]?.trim().toLowerCase() ?? "";
  const [main, sub = ""] = type.split("/");
  return main === "application" && (sub === "json" || sub.endsWith("+json"));
}

/**
 * Reads the body: empty means missing, JSON is decoded with Python's rules (a syntax error becomes
 * FastAPI's `json_invalid` 422, bytes that are not UTF-8 its 400), and any other content type is
 * left as text, which pydantic then refuses as not an object.
 */
export async function readBody(request: Request): Promise<BodyResult> {
  const bytes = new Uint8Array(await request.arrayBuffer());
  if (bytes.length === 0) return { ok: true, body: undefined };
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return { ok: true, body: new TextDecoder().decode(bytes) };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, response: bodyParseError() };
  }
  const parsed = parsePythonJson(text);
  if (parsed.ok) return { ok: true, body: parsed.value };
  return {
    ok: false,
    response: validationError([
      {
        type: "json_invalid",
        loc: ["body", parsed.position],
        msg: "JSON decode error",
        input: {},
        ctx: { error: parsed.message },
      },
    ]),
  };
}
