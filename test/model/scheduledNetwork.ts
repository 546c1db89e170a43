/**
 * A `fetch` whose answers the test gives, one request at a time and in any order: every request
 * waits until `answer()` settles it with an outcome. A request answered "ok" reaches the model
 * server (the kit's mock API, checked against the official SDK elsewhere), which applies it then;
 * any other outcome leaves the server as it was.
 */
import type { MockTagsApi } from "../../src/server";

/** How one answer ends. */
export type Outcome = "ok" | "422" | "500" | "timeout" | "network";

/** One request waiting for its answer. */
export interface Parked {
  request: Request;
  settle: (outcome: Outcome) => Promise<void>;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

function failure(outcome: Exclude<Outcome, "ok" | "network">): Response {
  switch (outcome) {
    case "422":
      return json(422, { detail: [{ type: "value_error", loc: ["body", "title"], msg: "Refused by the model", input: "" }] });
    case "500":
      return json(500, { detail: { status: "internal_error", message: "Refused by the model" } });
    case "timeout":
      // What a proxy answers when the API took too long; the API did nothing.
      return new Response("<html><body>504 Gateway Time-out</body></html>", { status: 504 });
  }
}

/** The parked requests and the `fetch` that parks them; see the module comment. */
export function createScheduledNetwork(server: MockTagsApi) {
  const parked: Parked[] = [];
  const sent: { method: string; path: string; body: unknown }[] = [];

  function fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
    const request = new Request(input, init);
    const body = typeof init?.body === "string" ? (JSON.parse(init.body) as unknown) : undefined;
    sent.push({ method: request.method, path: new URL(request.url).pathname, body });
    return new Promise<Response>((resolve, reject) => {
      const entry: Parked = {
        request,
        settle: async (outcome) => {
          const index = parked.indexOf(entry);
          if (index < 0) return;
          parked.splice(index, 1);
          if (outcome === "network") reject(new TypeError("Failed to fetch"));
          else resolve(outcome === "ok" ? await server.fetch(request) : failure(outcome));
        },
      };
      if (request.signal.aborted) {
        reject(request.signal.reason as Error);
        return;
      }
      parked.push(entry);
      // A cancelled query's request leaves the queue unanswered, as a browser's would.
      request.signal.addEventListener(
        "abort",
        () => {
          const index = parked.indexOf(entry);
          if (index >= 0) parked.splice(index, 1);
          reject(request.signal.reason as Error);
        },
        { once: true },
      );
    });
  }

  return {
    fetch,
    /** Every request made, in order, with its JSON body. */
    sent,
    /** Waiting writes, oldest first. */
    writes: () => parked.filter((entry) => entry.request.method !== "GET"),
    /** Waiting reads, oldest first. */
    reads: () => parked.filter((entry) => entry.request.method === "GET"),
  };
}
