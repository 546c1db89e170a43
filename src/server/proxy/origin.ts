/** Which browser origins may use the proxy: the CSRF check and the CORS headers. */
import type { RequestTarget } from "./requestTarget.js";
import type { PlainHeaders } from "./responses.js";

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** The origins the proxy trusts: the page's own (as the browser saw it) plus the configured ones. */
export interface OriginPolicy {
  /** Whether `origin` (an `Origin` header value) is trusted for `request`. */
  isAllowed(origin: string, request: Request, requestUrl: Pick<RequestTarget, "origin">): boolean;
  /** Whether `origin` is one of the configured cross-origin callers (needs CORS headers). */
  isCrossOriginAllowed(origin: string): boolean;
  /** Whether any cross-origin caller is configured, so answers differ by `Origin`. */
  hasCrossOrigins: boolean;
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
    isAllowed: (origin, request, requestUrl) =>
      allowed.has(origin) || origin === requestUrl.origin || isSameHost(origin, request),
    isCrossOriginAllowed: (origin) => allowed.has(origin),
    hasCrossOrigins: allowed.size > 0,
  };
}

/**
 * Whether `origin` names the host the browser sent this request to. Frameworks and reverse proxies
 * rewrite `request.url` (Next.js says `localhost`), but the `Host` a browser sends, or the
 * `X-Forwarded-Host` a proxy in front adds, is what the page used; a page cannot forge either on a
 * cross-site request without a preflight, which the proxy refuses.
 */
function isSameHost(origin: string, request: Request): boolean {
  if (!URL.canParse(origin)) return false;
  const originHost = new URL(origin).host;
  const forwarded = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const hosts = [forwarded, request.headers.get("host")];
  return hosts.some((host) => host !== undefined && host !== null && host !== "" && sameHost(originHost, host));
}

// `Host: example.com:443` and `Origin: https://example.com` are the same place.
function sameHost(originHost: string, host: string): boolean {
  const lower = host.toLowerCase();
  return lower === originHost || lower.replace(/:(80|443)$/, "") === originHost;
}

/**
 * Whether a state-changing request comes from a page the proxy does not trust, decided as Go's
 * `http.CrossOriginProtection` does: `Sec-Fetch-Site: same-origin` (or `none`, typed by the person)
 * passes; any other `Sec-Fetch-Site` passes only for a configured `Origin`; without it, a request with
 * no `Origin` (a server, curl) passes and one with an `Origin` must be trusted.
 */
export function isCrossSiteWrite(request: Request, requestUrl: Pick<RequestTarget, "origin">, policy: OriginPolicy): boolean {
  if (!UNSAFE_METHODS.has(request.method)) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin" || site === "none") return false;
  const origin = request.headers.get("origin");
  // The browser itself says the page is elsewhere: only a configured origin may write.
  if (site !== null) return origin === null || !policy.isCrossOriginAllowed(origin);
  if (origin === null) return false;
  return !policy.isAllowed(origin, request, requestUrl);
}

/**
 * CORS headers for an answer to a configured cross-origin caller; none otherwise. Credentials are
 * allowed because the host's `authorize` hook usually reads a session cookie. Once any origin is
 * configured every answer says `Vary: Origin`, so a shared cache never serves one origin's answer
 * (with or without its CORS headers) to another.
 */
export function corsHeaders(request: Request, policy: OriginPolicy): PlainHeaders {
  // Nothing configured: nothing to add, and no need to look at the request.
  if (!policy.hasCrossOrigins) return {};
  const origin = request.headers.get("origin");
  if (origin === null || !policy.isCrossOriginAllowed(origin)) return { vary: "origin" };
  return {
    vary: "origin",
    "access-control-allow-origin": origin,
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": "retry-after",
  };
}

/** Answers a CORS preflight for a known route: 204 for a trusted origin, `null` to refuse it. */
export function preflightResponse(
  request: Request,
  requestUrl: Pick<RequestTarget, "origin">,
  policy: OriginPolicy,
  methods: readonly string[],
): Response | null {
  const origin = request.headers.get("origin");
  if (origin === null || !policy.isAllowed(origin, request, requestUrl)) return null;
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
