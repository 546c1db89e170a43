/**
 * What only the `node` build of ./server does: it calls the upstream over node:http with a
 * keep-alive agent. A raw TCP upstream shows what goes over each connection.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer as createHttpsServer } from "node:https";
import { createServer, type Server, type Socket } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createTagsProxy } from "../../src/server/node";
import { listenOnLoopback } from "../support/listenOnLoopback";
import { SECRET } from "./proxyHarness";

const PAGE = JSON.stringify({ conversation_tags: [], has_more: false, next_cursor: null });

/** One request as the upstream read it off a connection. */
interface Seen {
  connection: number;
  head: string;
}

/**
 * An HTTP/1.1 upstream on raw sockets: it answers each request with `PAGE`, keeping the connection
 * open, unless `hangUp(seen)` says to close the connection without answering.
 */
async function rawUpstream(hangUp: (seen: Seen) => boolean = () => false, host = "127.0.0.1") {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server: Server = createServer((socket) => {
    const connection = ++connections;
    sockets.add(socket);
    socket.on("close", () => {
      sockets.delete(socket);
    });
    let buffered = "";
    socket.on("data", (data) => {
      buffered += data.toString("latin1");
      for (;;) {
        const end = buffered.indexOf("\r\n\r\n");
        if (end === -1) return;
        const head = buffered.slice(0, end);
        const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? 0);
        if (buffered.length < end + 4 + length) return;
        buffered = buffered.slice(end + 4 + length);
        const request = { connection, head };
        seen.push(request);
        if (hangUp(request)) {
          socket.destroy();
          return;
        }
        socket.write(`HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: ${PAGE.length}\r\n\r\n${PAGE}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => { resolve(); });
      }),
  };
}

const open: { close: () => Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((server) => server.close()));
});

async function setUp(hangUp?: (seen: Seen) => boolean) {
  const upstream = await rawUpstream(hangUp);
  open.push(upstream);
  const proxy = createTagsProxy({ apiKey: SECRET, upstreamUrl: upstream.url });
  const send = (method: string, path = "/v1/convai/tags", body?: string) =>
    proxy.fetch(new Request(`http://proxy.test${path}`, { method, body, headers: { "content-type": "application/json" } }));
  return { upstream, send };
}

describe("createTagsProxy in Node: the upstream connection", () => {
  it("sends one request after another over one kept-alive connection", async () => {
    const { upstream, send } = await setUp();
    for (let i = 0; i < 5; i++) expect(await (await send("GET")).text()).toBe(PAGE);

    expect(upstream.seen.map((s) => s.connection)).toEqual([1, 1, 1, 1, 1]);
  });

  it("sends a GET again on a new connection when the kept-alive one was closed under it", async () => {
    const { upstream, send } = await setUp((s) => s.connection === 1 && upstream.seen.length === 2);
    await (await send("GET")).text();

    const res = await send("GET", "/v1/convai/tags/tag_1");

    expect([res.status, await res.text()]).toEqual([200, PAGE]);
    expect(upstream.seen.map((s) => [s.connection, s.head.split("\r\n")[0]])).toEqual([
      [1, "GET /v1/convai/tags HTTP/1.1"],
      [1, "GET /v1/convai/tags/tag_1 HTTP/1.1"],
      [2, "GET /v1/convai/tags/tag_1 HTTP/1.1"],
    ]);
  });

  it("does not send a POST twice: it may have been acted on, so the browser hears 502", async () => {
    const { upstream, send } = await setUp((s) => s.connection === 1 && upstream.seen.length === 2);
    await (await send("GET")).text();

    const res = await send("POST", "/v1/convai/tags", JSON.stringify({ title: "Refund" }));

    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({
      detail: { status: "upstream_unreachable", message: "The ElevenLabs API could not be reached." },
    });
    expect(upstream.seen.filter((s) => s.head.startsWith("POST"))).toHaveLength(1);
  });

  it("sends a bodyless POST with a zero length, as fetch() does, rather than chunked", async () => {
    const { upstream, send } = await setUp();
    await (await send("POST", "/v1/convai/conversations/conv_1/tags")).text();

    const head = upstream.seen[0]?.head.toLowerCase() ?? "";
    expect(head).toContain("\r\ncontent-length: 0");
    expect(head).not.toContain("transfer-encoding");
  });
});

/** A self-signed certificate for 127.0.0.1, made for this run; null when there is no openssl. */
function selfSigned(): { key: string; cert: string } | null {
  const dir = mkdtempSync(join(tmpdir(), "ctk-tls-"));
  try {
    const made = spawnSync("openssl", [
      "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
      "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", join(dir, "key.pem"), "-out", join(dir, "cert.pem"),
    ], { stdio: "ignore" });
    if (made.status !== 0) return null;
    return { key: readFileSync(join(dir, "key.pem"), "utf8"), cert: readFileSync(join(dir, "cert.pem"), "utf8") };
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const tls = selfSigned();
const ipv6 = await new Promise<boolean>((resolve) => {
  const probe = createServer();
  probe.once("error", () => {
    resolve(false);
  });
  probe.listen(0, "::1", () => {
    probe.close(() => {
      resolve(true);
    });
  });
});

describe("createTagsProxy in Node: reaching the upstream", () => {
  it.skipIf(tls === null)("refuses an https upstream whose certificate no authority signed: 502, nothing sent", async () => {
    let requests = 0;
    const server = createHttpsServer(tls ?? {}, (_req, res) => {
      requests++;
      res.end(PAGE);
    });
    // An https server is a node:http one over TLS: the same listen and close apply.
    const served = await listenOnLoopback(server);
    open.push(served);
    const { port } = new URL(served.url);
    const proxy = createTagsProxy({ apiKey: SECRET, upstreamUrl: `https://127.0.0.1:${port}` });

    const res = await proxy.fetch(new Request("http://proxy.test/v1/convai/tags"));

    expect(res.status).toBe(502);
    expect(await res.json()).toEqual({ detail: { status: "upstream_unreachable", message: "The ElevenLabs API could not be reached." } });
    expect(requests).toBe(0);
  });

  it.skipIf(!ipv6)("reaches an upstream given as an IPv6 literal", async () => {
    const upstream = await rawUpstream(undefined, "::1");
    open.push(upstream);
    const proxy = createTagsProxy({ apiKey: SECRET, upstreamUrl: upstream.url });

    const res = await proxy.fetch(new Request("http://proxy.test/v1/convai/tags"));

    expect([res.status, await res.text()]).toEqual([200, PAGE]);
    expect(upstream.seen[0]?.head).toMatch(/\r\nhost: \[::1\]:\d+/i);
  });
});
