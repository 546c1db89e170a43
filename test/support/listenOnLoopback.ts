/** Starts a Node server on a free port of 127.0.0.1 and gives back how to reach and stop it. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/** A running loopback server. */
export interface LoopbackServer {
  /** Origin of the server, e.g. `http://127.0.0.1:54321`. */
  url: string;
  /** Closes every connection (hanging ones included) and the port. */
  close(): Promise<void>;
}

/** Listens on a free port of 127.0.0.1; `close` also drops open connections, so a hang cannot keep the port. */
export async function listenOnLoopback(server: Server): Promise<LoopbackServer> {
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${String(port)}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
        server.closeAllConnections();
      }),
  };
}
