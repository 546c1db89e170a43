/** The answers FastAPI and the gateways in front of it give, as Fetch `Response`s. */
import type { ValidationIssue } from "./validation.js";

/** A JSON answer, serialized as Starlette's `JSONResponse` does. */
export function jsonResponse(status: number, body: unknown, headers?: Record<string, string>): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** `204 No Content`, as the delete, assign and unassign routes answer. */
export function noContent(): Response {
  return new Response(null, { status: 204 });
}

/** A FastAPI 422 with pydantic's errors. */
export function validationError(issues: ValidationIssue[]): Response {
  return jsonResponse(422, { detail: issues });
}

/** Starlette's answer for a path no route matches. */
export function routeNotFound(): Response {
  return jsonResponse(404, { detail: "Not Found" });
}

/** Starlette's answer for a known path with a method it does not serve. */
export function methodNotAllowed(allowed: readonly string[]): Response {
  return jsonResponse(405, { detail: "Method Not Allowed" }, { allow: allowed.join(", ") });
}

/** Starlette's redirect from a path with a trailing slash to the route without it. */
export function redirect(location: string): Response {
  return new Response(null, { status: 307, headers: { location } });
}

/** The API's answer for a tag id it does not know. */
export function tagNotFound(tagId: string): Response {
  return jsonResponse(404, {
    detail: { status: "tag_not_found", message: `Conversation tag ${tagId} not found` },
  });
}

/** The mock's answer for a cursor it did not issue (the real API's answer is not documented). */
export function invalidCursor(): Response {
  return jsonResponse(400, { detail: { status: "invalid_cursor", message: "The cursor is not valid" } });
}

/** The API's answer for a missing or wrong `xi-api-key`. */
export function invalidApiKey(): Response {
  return jsonResponse(401, { detail: { status: "invalid_api_key", message: "Invalid API key" } });
}

/** FastAPI's answer when the body cannot even be decoded (not UTF-8). */
export function bodyParseError(): Response {
  return jsonResponse(400, { detail: "There was an error parsing the body" });
}

const REASONS: Record<number, string> = {
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Temporarily Unavailable",
  504: "Gateway Time-out",
};

/** The HTML error page nginx serves when the upstream fails; no JSON in sight. */
export function gatewayErrorPage(status: number): Response {
  const title = `${status} ${REASONS[status] ?? "Error"}`;
  const html = `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return new Response(html, { status, headers: { "content-type": "text/html" } });
}
