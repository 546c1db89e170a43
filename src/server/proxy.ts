import { readBodyWithin, TOO_LARGE } from "./proxy/body.js";
import { fetchTransport } from "./proxy/fetchTransport.js";
import { createForwarder } from "./proxy/forward.js";
import { corsHeaders, createOriginPolicy, isCrossSiteWrite, preflightResponse } from "./proxy/origin.js";
import { parseRequestUrl } from "./proxy/requestTarget.js";
import { errorResponse, withHeaders } from "./proxy/responses.js";
import { matchTagRoute, normalizeBasePath, stripBasePath } from "./proxy/routes.js";
import type { TransportFactory } from "./proxy/upstream.js";
import type { TagOperationName, TagRouteGroup, TagRouteMethod } from "../core/routes.js";

/**
 * What {@link TagsProxyOptions.authorize} may answer: only `true` lets the request through, a
 * `Response` is sent instead, and anything else (`false`, and `undefined` from a forgotten `return`)
 * is a 401.
 */
export type TagsProxyAuthorizeResult = boolean | Response;

/** What {@link TagsProxyOptions.authorize} learns about a request besides the request itself. */
export interface TagsProxyAuthorizeContext {
  /** The operation the request asks for (`"deleteTag"`, `"listConversations"`, …), from the route table. */
  operation: TagOperationName;
}

/** Options of {@link createTagsProxy}. */
export interface TagsProxyOptions {
  /**
   * The ElevenLabs API key, sent upstream as `xi-api-key`. Read it from the server's environment
   * (`process.env.ELEVENLABS_API_KEY`); it never reaches the browser, a response or a log line.
   */
  apiKey: string;
  /** Where the ElevenLabs API lives; default `https://api.elevenlabs.io`. */
  upstreamUrl?: string;
  /** The path the proxy is mounted at, e.g. `/api/elevenlabs`; default `""` (the root). */
  basePath?: string;
  /**
   * Your session check, run before anything is forwarded (it must not read the body). It receives
   * the operation's name, so a host can allow some and refuse others (only admins delete tags).
   * Return `true` to let the request through, a `Response` to send that instead (a copy, with the
   * CORS and `Vary` headers every answer gets); anything else, `false` or nothing at all, is a 401
   * (it fails closed: a forgotten `return` does not open the API).
   */
  authorize?: (
    request: Request,
    context: TagsProxyAuthorizeContext,
  ) => TagsProxyAuthorizeResult | Promise<TagsProxyAuthorizeResult>;
  /**
   * Also serve `GET /v1/convai/conversations` (read-only, filters from an allow-list), which
   * `useConversations` and `ConversationList` read. Off by default: a person allowed to manage tags
   * is not necessarily allowed to read call histories. No other conversations route is ever served.
   */
  conversations?: boolean;
  /**
   * Other origins (`https://app.example.com`) whose pages may call the proxy. Its own origin is
   * always trusted; any other `Origin` is refused for POST, PATCH and DELETE.
   */
  allowedOrigins?: readonly string[];
  /** Milliseconds the upstream has to answer, body included, before a 504; default 15 000. */
  timeoutMs?: number;
  /** Largest request body in bytes; a bigger one is a 413 and is not read further; default 16 384. */
  maxBodyBytes?: number;
  /**
   * The `fetch` the proxy calls the upstream with. Without it, in Node the proxy uses `node:http(s)`
   * over a keep-alive agent (its `fetch()` costs more per request than every check the proxy makes),
   * and elsewhere the global `fetch`.
   */
  fetch?: typeof fetch;
}

/** A backend proxy for the tags API, in the shape Bun, Deno, Workers, Hono and Next.js accept. */
export interface TagsProxy {
  /** Answers one request. Bound, so `export const POST = proxy.fetch` works. */
  readonly fetch: (request: Request) => Promise<Response>;
}

const BODY_METHODS = new Set(["POST", "PATCH"]);

/**
 * Creates the backend proxy the browser kit talks to. It forwards only the seven tag routes (and,
 * when asked, the read-only conversations list), adds
 * the server's API key, drops the browser's credentials, refuses cross-site writes, caps bodies
 * and times out slow upstreams; every refusal is a JSON `{"detail": ...}` the kit's client reads.
 * @throws Error when `apiKey` is missing or an option is malformed.
 */
export function createTagsProxy(options: TagsProxyOptions): TagsProxy {
  return buildTagsProxy(options, fetchTransport());
}

/**
 * {@link createTagsProxy} with the transport it uses when no `fetch` is given: each build of the
 * `./server` entry passes its runtime's own.
 * @internal
 */
export function buildTagsProxy(options: TagsProxyOptions, defaultTransport: TransportFactory): TagsProxy {
  const apiKey = requireApiKey(options);
  const upstreamBase = (options.upstreamUrl ?? "https://api.elevenlabs.io").replace(/\/+$/, "");
  if (!URL.canParse(upstreamBase) || !/^https?:$/.test(new URL(upstreamBase).protocol)) {
    throw new Error("createTagsProxy: upstreamUrl must be an absolute http(s) URL");
  }
  const basePath = normalizeBasePath(options.basePath);
  const policy = createOriginPolicy(options.allowedOrigins);
  const timeoutMs = positive(options.timeoutMs ?? 15_000, "timeoutMs");
  const maxBodyBytes = positive(options.maxBodyBytes ?? 16_384, "maxBodyBytes");
  const { authorize } = options;
  // Fails closed: only an explicit `true` opens the conversations list, and a group added to the
  // route table is not served until it is named here (the type makes that a compile error).
  const served: Readonly<Record<TagRouteGroup, boolean>> = { tags: true, conversations: options.conversations === true };
  const transport = (options.fetch ? fetchTransport(options.fetch) : defaultTransport)(upstreamBase);
  const forward = createForwarder({ apiKey, timeoutMs, transport });

  // Every answer leaves through here, so none (a refusal, authorize's own Response, an early
  // return added later) can miss the CORS and `Vary: Origin` headers its request calls for.
  async function handle(request: Request): Promise<Response> {
    return withHeaders(await respond(request), corsHeaders(request, policy));
  }

  async function respond(request: Request): Promise<Response> {
    const url = parseRequestUrl(request.url);
    // URL parsing has already resolved `..` and `%2e%2e` segments; what is left must match exactly.
    const path = stripBasePath(url.pathname, basePath);
    const route = path === null ? null : matchTagRoute(path, served);
    if (path === null || route === null) return errorResponse(404, "Not Found");

    if (request.method === "OPTIONS") {
      return (
        preflightResponse(request, url, policy, route.methods) ??
        errorResponse(403, { status: "forbidden_origin", message: "This origin may not call the tags API." })
      );
    }
    const operation = Object.hasOwn(route.operations, request.method)
      ? route.operations[request.method as TagRouteMethod]
      : undefined;
    if (operation === undefined) {
      return errorResponse(405, "Method Not Allowed", { allow: route.methods.join(", ") });
    }
    if (isCrossSiteWrite(request, url, policy)) {
      const message = "Cross-site requests to the tags API are refused.";
      return errorResponse(403, { status: "forbidden_origin", message });
    }

    // Fails closed: only an explicit `true` (or a Response to send) is an answer the host meant.
    const verdict: unknown = authorize ? await authorize(request, { operation }) : true;
    if (verdict !== true) {
      // A copy: the host may hand the same object to every request, and the headers added to this
      // answer (one origin's CORS headers) must not stay on it for the next.
      if (isResponse(verdict)) return new Response(verdict.body, verdict);
      return errorResponse(401, { status: "unauthorized", message: "Sign in to manage tags." });
    }

    let body: Uint8Array<ArrayBuffer> | undefined;
    if (BODY_METHODS.has(request.method)) {
      try {
        const read = await readBodyWithin(request, maxBodyBytes);
        if (read === TOO_LARGE) {
          const message = `The request body is larger than ${maxBodyBytes} bytes.`;
          return errorResponse(413, { status: "payload_too_large", message });
        }
        body = read;
      } catch {
        return errorResponse(400, { status: "bad_request", message: "The request body could not be read." });
      }
    }
    return forward(request, { url, path, route, body });
  }

  return { fetch: handle };
}

// Not `instanceof`: adapters (Hono's Node server) swap the global Response for their own class.
function isResponse(value: unknown): value is Response {
  return typeof value === "object" && value !== null && typeof (value as Response).status === "number" && "headers" in value;
}

// The message names the variable, never the value: a malformed key is still a secret.
function requireApiKey(options: TagsProxyOptions | undefined): string {
  const apiKey: unknown = options?.apiKey;
  if (typeof apiKey !== "string" || apiKey.trim() === "") {
    throw new Error(
      "createTagsProxy needs an ElevenLabs API key: pass { apiKey: process.env.ELEVENLABS_API_KEY } " +
        "and set ELEVENLABS_API_KEY in the server's environment (never in browser code).",
    );
  }
  return apiKey;
}

function positive(value: number, name: string): number {
  if (!Number.isFinite(value) || value <= 0) throw new Error(`createTagsProxy: ${name} must be a positive number`);
  return value;
}
