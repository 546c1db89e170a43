/**
 * Loopback plumbing for the proxy tests: a recording upstream, the proxy served over real HTTP,
 * and raw requests whose paths no client has normalized.
 */
import { afterEach } from "vitest";
import { request as httpRequest } from "node:http";
import { createTagsProxy, type TagsProxyOptions } from "../../src/server";
import { serveOnLoopback, type LoopbackServer } from "../support/serveOnLoopback";

/** The test API key: any response or log line containing it is a leak. */
export const SECRET = "sk_test_SECRET_123";

/** A running loopback server. */
export type Served = LoopbackServer;

/** What the upstream saw of one forwarded request. */
export interface Received {
  method: string;
  url: URL;
  headers: Headers;
  body: string;
  signal: AbortSignal;
}

/** An upstream that records every request and answers with `respond` (200 `{}` by default). */
export interface RecordingUpstream extends Served {
  received: Received[];
  respond: (request: Request) => Response | Promise<Response>;
}

/** Starts a {@link RecordingUpstream} on loopback. */
export async function recordingUpstream(): Promise<RecordingUpstream> {
  const received: Received[] = [];
  const upstream = {
    received,
    respond: ((): Response => Response.json({})) as (request: Request) => Response | Promise<Response>,
  };
  const served = await serveOnLoopback(async (request) => {
    const body = await request.text();
    received.push({ method: request.method, url: new URL(request.url), headers: request.headers, body, signal: request.signal });
    return upstream.respond(request);
  });
  return Object.assign(upstream, served);
}

/** The proxy mounted at `/api/elevenlabs` in front of `upstream`, served on loopback. */
export async function servedProxy(upstream: Served, options: Partial<TagsProxyOptions> = {}): Promise<Served> {
  const proxy = createTagsProxy({ apiKey: SECRET, upstreamUrl: upstream.url, basePath: "/api/elevenlabs", ...options });
  const served = await serveOnLoopback(proxy.fetch);
  return { ...served, url: `${served.url}/api/elevenlabs` };
}

/** A response read in full, after checking the key is nowhere in it. */
export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

/** Reads a response and fails if the secret key appears in any header or the body. */
export async function answer(response: Response): Promise<Answer> {
  return checked(response.status, response.headers, await response.text());
}

function checked(status: number, headers: Headers, text: string): Answer {
  const leaked = [...headers].some(([name, value]) => `${name}: ${value}`.includes(SECRET)) || text.includes(SECRET);
  if (leaked) throw new Error("the API key leaked into a response");
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    // Not JSON: the test reads `text`.
  }
  return { status, headers, text, json };
}

/** Sends a request with the path exactly as given (`..` and `%2e` untouched), as a hostile client would. */
export function rawRequest(
  origin: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const { hostname, port } = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: init.method ?? "GET", headers: init.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => {
        const headers = new Headers();
        for (const [name, value] of Object.entries(res.headers)) {
          if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(", ") : value);
        }
        try {
          resolve(checked(res.statusCode ?? 0, headers, Buffer.concat(chunks).toString("utf8")));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

/**
 * A `setUp(options)` that serves a recording upstream and a proxy in front of it, both closed after
 * each test of the calling file.
 */
export function proxyPairs(): (options?: Partial<TagsProxyOptions>) => Promise<{ upstream: RecordingUpstream; proxy: Served }> {
  const open: Served[] = [];
  afterEach(async () => {
    await Promise.all(open.splice(0).map((s) => s.close()));
  });
  return async (options = {}) => {
    const upstream = await recordingUpstream();
    const proxy = await servedProxy(upstream, options);
    open.push(proxy, upstream);
    return { upstream, proxy };
  };
}
