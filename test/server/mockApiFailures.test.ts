import { afterEach, describe, expect, it, vi } from "vitest";
import { createMockTagsApi } from "../../src/server";
import { callMock, mockRequest } from "../support/callMock";

const createRequest = (signal?: AbortSignal) =>
  mockRequest("POST", "/v1/convai/tags", { json: { title: "Refunds" }, ...(signal ? { signal } : {}) });

/** Whether `promise` has settled once queued callbacks have run (works under fake timers too). */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  promise.then(
    () => (done = true),
    () => (done = true),
  );
  for (let i = 0; i < 20; i++) await Promise.resolve();
  return done;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("createMockTagsApi().failNext", () => {
  it("answers the given status, JSON body and headers, then works again", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "status", status: 429, body: { detail: "slow down" }, headers: { "Retry-After": "7" } });
    const failed = await callMock(api, "POST", "/v1/convai/tags", { json: { title: "x" } });
    expect(failed).toMatchObject({ status: 429, body: { detail: "slow down" } });
    expect(failed.headers.get("retry-after")).toBe("7");
    expect(failed.headers.get("content-type")).toBe("application/json");
    expect(api.tags()).toEqual([]);
    expect((await callMock(api, "POST", "/v1/convai/tags", { json: { title: "x" } })).status).toBe(200);
  });

  it("fails as many requests as asked, whatever route they ask for", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "status", status: 503 }, 2);
    expect(await callMock(api, "GET", "/v1/convai/tags")).toMatchObject({ status: 503, text: "" });
    expect((await callMock(api, "GET", "/nowhere")).status).toBe(503);
    expect((await callMock(api, "GET", "/v1/convai/tags")).status).toBe(200);
  });

  it("sends a string body as is, so a 200 can carry a broken body", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "status", status: 200, body: "not json" });
    expect(await callMock(api, "GET", "/v1/convai/tags")).toMatchObject({ status: 200, text: "not json" });
  });

  it("serves nginx's HTML error page, 502 unless told otherwise", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "html" });
    api.failNext({ kind: "html", status: 504 });
    const badGateway = await callMock(api, "GET", "/v1/convai/tags");
    expect(badGateway.status).toBe(502);
    expect(badGateway.headers.get("content-type")).toBe("text/html");
    expect(badGateway.text).toContain("<title>502 Bad Gateway</title>");
    const timeout = await callMock(api, "GET", "/v1/convai/tags");
    expect(timeout.status).toBe(504);
    expect(timeout.text).toContain("<h1>504 Gateway Time-out</h1>");
  });

  it("rejects with a TypeError for a network failure, as an offline browser's fetch does", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "network" });
    await expect(api.fetch(createRequest())).rejects.toBeInstanceOf(TypeError);
    expect(api.tags()).toEqual([]);
  });

  it("hangs until the request is aborted, then rejects with the signal's reason", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "hang" });
    const controller = new AbortController();
    const pending = api.fetch(createRequest(controller.signal));
    expect(await settled(pending)).toBe(false);
    const reason = new Error("gave up");
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(api.tags()).toEqual([]);
  });

  it("fails concurrent requests in the order they arrived", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "status", status: 500 });
    const [first, second] = await Promise.all([api.fetch(createRequest()), api.fetch(createRequest())]);
    expect([first.status, second.status]).toEqual([500, 200]);
  });

  it("forgets pending failures on reset", async () => {
    const api = createMockTagsApi();
    api.failNext({ kind: "network" }, 3);
    api.reset();
    expect((await callMock(api, "GET", "/v1/convai/tags")).status).toBe(200);
  });
});

describe("createMockTagsApi({ latencyMs })", () => {
  it("answers only after the latency has passed", async () => {
    vi.useFakeTimers();
    const api = createMockTagsApi({ latencyMs: 300 });
    const pending = api.fetch(createRequest());
    await vi.advanceTimersByTimeAsync(299);
    expect(await settled(pending)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect((await pending).status).toBe(200);
  });

  it("stops waiting when the request is aborted, and changes nothing", async () => {
    const api = createMockTagsApi({ latencyMs: 60_000 });
    const controller = new AbortController();
    const pending = api.fetch(createRequest(controller.signal));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: "AbortError" });
    expect(api.tags()).toEqual([]);
  });

  it("rejects a request whose signal is already aborted without answering", async () => {
    const api = createMockTagsApi();
    const reason = new Error("too late");
    await expect(api.fetch(createRequest(AbortSignal.abort(reason)))).rejects.toBe(reason);
  });
});
