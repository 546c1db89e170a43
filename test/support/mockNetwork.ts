/**
 * The network edge for tests in Node and jsdom: MSW answering from a fresh mock tags API, started and
 * reset with the test file's hooks, counting the create requests that reached it; plus seeding it with
 * tags and holding one request at the edge so a test can look at the screen or cache while it is in flight.
 */
import { http } from "msw";
import { setupServer } from "msw/node";
import { afterAll, afterEach, beforeAll } from "vitest";
import { createTagsHandlers } from "../../src/msw";
import { createMockTagsApi, type MockTagsApi, type MockTagsApiOptions } from "../../src/server";
import { tags } from "./fixtures";

/** jsdom's fetch (undici) needs absolute URLs; nothing listens here, MSW answers first. */
export const baseUrl = "http://127.0.0.1:9/api/elevenlabs";

/** The mock API plus the create requests it received, registered with the test file's hooks. */
export interface MockNetwork {
  api: MockTagsApi;
  /** The MSW server, for `server.use(...)` overrides (reset after each test). */
  server: ReturnType<typeof setupServer>;
  /** Bodies of every `POST /v1/convai/tags` that reached the network. */
  createRequests: unknown[];
  /**
   * Holds the next create request at the network edge until `release()`, then lets the mock API
   * answer it: a pending state that lasts exactly as long as the test needs.
   */
  holdNextCreate: () => { release: () => void };
}

/** Starts MSW over a fresh mock API for this test file; resets it after each test. */
export function startMockNetwork(options?: MockTagsApiOptions): MockNetwork {
  const api = createMockTagsApi(options);
  const server = setupServer(...createTagsHandlers({ api, baseUrl }));
  const network: MockNetwork = {
    api,
    server,
    createRequests: [],
    holdNextCreate() {
      let resolve = () => {};
      const promise = new Promise<void>((done) => {
        resolve = done;
      });
      server.use(
        http.post(
          `${baseUrl}/v1/convai/tags`,
          async ({ request }) => {
            await promise;
            return api.fetch(request);
          },
          { once: true },
        ),
      );
      return {
        release: () => {
          resolve();
        },
      };
    },
  };
  const pending: Promise<void>[] = [];
  server.events.on("request:start", ({ request }) => {
    if (request.method !== "POST" || !request.url.endsWith("/v1/convai/tags")) return;
    const index = network.createRequests.push(undefined) - 1;
    pending.push(
      request
        .clone()
        .json()
        .then((body: unknown) => {
          network.createRequests[index] = body;
        }),
    );
  });
  beforeAll(() => {
    server.listen({ onUnhandledRequest: "error" });
  });
  afterEach(async () => {
    server.resetHandlers();
    await Promise.all(pending.splice(0));
    api.reset();
    network.createRequests.length = 0;
  });
  afterAll(() => {
    server.close();
  });
  return network;
}

/** Answers this test from a mock API seeded with `tags(count)` (reset after the test). */
export function seedTags(network: MockNetwork, count: number): MockTagsApi {
  const api = createMockTagsApi({ tags: tags(count) });
  network.server.use(...createTagsHandlers({ api, baseUrl }));
  return api;
}

type Method = "get" | "post" | "patch" | "delete";

/**
 * Holds the next `method` request whose path ends with `path` until `release()`, then lets `api`
 * answer it. `arrived` resolves once the request reached the network edge.
 */
export function holdNext(network: MockNetwork, api: MockTagsApi, method: Method, path: string) {
  let release = () => {};
  let arrive = () => {};
  const released = new Promise<void>((done) => {
    release = done;
  });
  const arrived = new Promise<void>((done) => {
    arrive = done;
  });
  network.server.use(
    http[method](
      new RegExp(`${path.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(\\?.*)?$`),
      async ({ request }) => {
        arrive();
        await released;
        return api.fetch(request);
      },
      { once: true },
    ),
  );
  return { release, arrived };
}
