import { describe, expect, it } from "vitest";
import { TagsApiError, createTagsClient } from "../../src";
import { createMockTagsApi } from "../../src/server";
import { serveOnLoopback } from "./serveOnLoopback";

describe("serveOnLoopback", () => {
  it("serves the mock API over real HTTP on 127.0.0.1", async () => {
    const served = await serveOnLoopback(createMockTagsApi().fetch);
    try {
      expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const client = createTagsClient({ baseUrl: served.url });
      expect((await client.createTag({ title: "Over the wire" })).title).toBe("Over the wire");
    } finally {
      await served.close();
    }
  });

  it("turns a simulated network failure into a dropped connection, not a 500", async () => {
    const api = createMockTagsApi();
    const served = await serveOnLoopback(api.fetch);
    try {
      api.failNext({ kind: "network" });
      const error: unknown = await createTagsClient({ baseUrl: served.url }).listTags().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TagsApiError);
      expect(error).toMatchObject({ kind: "network", status: null });
    } finally {
      await served.close();
    }
  });

  it("closes even while a request hangs, dropping that connection", async () => {
    const api = createMockTagsApi();
    let arrived: () => void = () => undefined;
    const arrival = new Promise<void>((resolve) => (arrived = resolve));
    const served = await serveOnLoopback((request) => {
      arrived();
      return api.fetch(request);
    });
    api.failNext({ kind: "hang" });
    const pending = createTagsClient({ baseUrl: served.url }).listTags().catch((e: unknown) => e);
    await arrival;
    await served.close();
    expect(await pending).toMatchObject({ kind: "network" });
  });
});
