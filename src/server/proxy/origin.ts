/** Which browser origins may use the proxy: the CSRF check and the CORS headers. */

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The origins the proxy trusts: its own (from the request URL) plus the configured ones. */
export interface OriginPolicy {
  /** Whether `origin` (an `Origin` header value) is trusted for a request to `requestUrl`. */
  isAllowed(origin: string, requestUrl: URL): boolean;
  /** Whether `origin` is one of the configured cross-origin callers (needs CORS headers). */
  isCrossOriginAllowed(origin: string): boolean;
}

/** Builds the policy; each configured origin is normalized (`https://a.example/` -> `https://a.example`). */
export function createOriginPolicy(allowedOrigins: readonly string[] = []): OriginPolicy {
  const allowed = new Set(
    allowedOrigins.map((value) => {
      const origin = URL.canParse(value) ? new URL(value).origin : "null";
      if (origin === "null") {
        const expected = 'origins like "https://app.example.com"';
        throw new Error(`createTagsProxy: allowedOrigins must hold ${expected}, got "${value}"`);
      }
      return origin;
    }),
  );
  return {
    isAllowed: (origin, requestUrl) => origin === requestUrl.origin || allowed.has(origin),
    isCrossOriginAllowed: (origin) => allowed.has(origin),
  };
}

/**
 * Whether a state-changing request comes from a page the proxy does not trust. Requests with no
 * `Origin` (servers, curl) pass, unless the browser says through `Sec-Fetch-Site` it is cross-site.
 */
export function isCrossSiteWrite(request: Request, requestUrl: URL, policy: OriginPolicy): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return request.headers.get("sec-fetch-site") === "cross-site";
  return !policy.isAllowed(origin, requestUrl);
}

/**
 * CORS headers for an answer to a configured cross-origin caller; none otherwise. Credentials are
 * allowed because the host's `authorize` hook usually reads a session cookie.
 */
export function corsHeaders(request: Request, policy: OriginPolicy): Headers {
  const headers = new Headers();
  const origin = request.headers.get("origin");
  if (origin !== null && policy.isCrossOriginAllowed(origin)) {
    headers.set("access-control-allow-origin", origin);
    headers.set("access-control-allow-credentials", "true");
    headers.set("access-control-expose-headers", "retry-after");
  }
  return headers;
}

/** Answers a CORS preflight for a known route: 204 for a trusted origin, `null` to refuse it. */
export function preflightResponse(
  request: Request,
  requestUrl: URL,
  policy: OriginPolicy,
  methods: readonly string[],
): Response | null {
  const origin = request.headers.get("origin");
  if (origin === null || !policy.isAllowed(origin, requestUrl)) return null;
  const headers = new Headers({
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-allow-methods": methods.join(", "),
    // Echoed because the host's authorize hook may read its own headers (a CSRF token); only
    // content-type and accept are ever forwarded upstream.
    "access-control-allow-headers": request.headers.get("access-control-request-headers") ?? "content-type, accept",
    "access-control-max-age": "600",
    vary: "origin, access-control-request-method, access-control-request-headers",
  });
  return new Response(null, { status: 204, headers });
}
