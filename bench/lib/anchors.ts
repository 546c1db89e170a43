/**
 * The two proxies the kit's proxy is measured against, both checking nothing: what a hand-written
 * Next.js route does (a Fetch handler that forwards with `fetch()`), and what http-proxy does (a
 * `node:http` pipe over a keep-alive agent). Each adds the API key and forwards any path.
 */
import { Agent, createServer, request as httpRequest, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A Fetch handler that forwards every request upstream with `fetch()` and returns its answer as it is. */
export function bareFetchProxy(upstreamUrl: string, apiKey: string): (request: Request) => Promise<Response> {
  return (request) => {
    const { pathname, search } = new URL(request.url);
    const hasBody = request.method !== "GET" && request.method !== "HEAD";
    const headers: Record<string, string> = { "xi-api-key": apiKey, accept: request.headers.get("accept") ?? "*/*" };
    const type = request.headers.get("content-type");
    if (type !== null) headers["content-type"] = type;
    return fetch(upstreamUrl + pathname + search, {
      method: request.method,
      headers,
      body: hasBody ? request.body : undefined,
      // Node's fetch needs this to send a streamed body.
      ...(hasBody ? { duplex: "half" } : {}),
    });
  };
}

/** A `node:http` server that pipes every request to `upstreamUrl` and the answer back, as http-proxy does. */
export function nodePipeProxy(upstreamUrl: string, apiKey: string): Promise<{ server: Server; url: string }> {
  const upstream = new URL(upstreamUrl);
  const agent = new Agent({ keepAlive: true });
  const server = createServer((req, res) => {
    const headers = { ...req.headers, host: upstream.host, "xi-api-key": apiKey };
    const out = httpRequest(
      { hostname: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers, agent },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on("error", () => {
      res.destroy();
    });
    req.pipe(out);
  });
  return new Promise((resolve) => {
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as AddressInfo;
      resolve({ server, url: `http://127.0.0.1:${port}` });
    });
  });
}
