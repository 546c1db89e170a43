/** Sends one request straight to a Fetch handler (no network) and reads the answer. */

/** Anything with a Fetch handler, such as the mock API. */
export interface FetchTarget {
  fetch(request: Request): Promise<Response>;
}

/** What came back: status, headers, raw text and the body parsed as JSON when it is JSON. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  body: unknown;
}

/** How to send the request: `json` is stringified with `content-type: application/json`. */
export interface CallInit {
  json?: unknown;
  body?: BodyInit;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

/** The origin requests are addressed to; the handler never opens a socket. */
export const MOCK_ORIGIN = "http://127.0.0.1";

/** Builds the request `callMock` sends. */
export function mockRequest(method: string, path: string, init: CallInit = {}): Request {
  const headers = new Headers(init.headers);
  let body = init.body;
  if (init.json !== undefined) {
    body = JSON.stringify(init.json);
    if (!headers.has("content-type")) headers.set("content-type", "application/json");
  }
  return new Request(MOCK_ORIGIN + path, { method, headers, body, signal: init.signal });
}

/** Calls `target.fetch` with a request for `method path` and reads the whole answer. */
export async function callMock(target: FetchTarget, method: string, path: string, init: CallInit = {}): Promise<Answer> {
  const response = await target.fetch(mockRequest(method, path, init));
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // Not JSON: keep the text.
  }
  return { status: response.status, headers: response.headers, text, body };
}
