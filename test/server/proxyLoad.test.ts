import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTagsClient, type ConversationTag } from "../../src";
import { createMockTagsApi } from "../../src/server";
import { SECRET, servedProxy, type Served } from "./proxyHarness";
import { tag } from "../support/fixtures";
import { serveOnLoopback } from "../support/serveOnLoopback";

const TOTAL = 1000;
const CONCURRENCY = 25;

const seed = tag(0, "Seed");

const api = createMockTagsApi({ apiKey: SECRET, tags: [seed] });
let upstream: Served;
let proxy: Served;

beforeAll(async () => {
  upstream = await serveOnLoopback((request) => api.fetch(request));
  proxy = await servedProxy(upstream);
});
afterAll(async () => {
  await proxy.close();
  await upstream.close();
});

/** Runs `task(0..total-1)` with at most `limit` in flight, collecting every failure. */
async function pool(total: number, limit: number, task: (i: number) => Promise<void>): Promise<unknown[]> {
  const failures: unknown[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const i = next++;
      await task(i).catch((error: unknown) => failures.push(error));
    }
  };
  await Promise.all(Array.from({ length: limit }, worker));
  return failures;
}

describe("createTagsProxy under load", () => {
  it(`answers ${TOTAL} mixed requests, ${CONCURRENCY} at a time, all correctly`, async () => {
    // The client checks every 2xx body against the API's schemas and rejects anything else.
    const client = createTagsClient({ baseUrl: proxy.url });
    const created = new Map<string, ConversationTag>([[seed.tag_id, seed]]);
    const counts = { create: 0, list: 0, get: 0 };

    const failures = await pool(TOTAL, CONCURRENCY, async (i) => {
      if (i % 4 < 2) {
        const title = `Tag ${i} 👍`;
        const tag = await client.createTag({ title, description: i % 3 === 0 ? `About ${i}` : null });
        expect(tag).toMatchObject({ title, description: i % 3 === 0 ? `About ${i}` : null });
        expect(created.has(tag.tag_id)).toBe(false);
        created.set(tag.tag_id, tag);
        counts.create++;
      } else if (i % 4 === 2) {
        const page = await client.listTags({ page_size: 10 });
        expect(page.conversation_tags.length).toBeGreaterThan(0);
        expect(page.conversation_tags.length).toBeLessThanOrEqual(10);
        for (const tag of page.conversation_tags) {
          // A tag whose create answer is still in flight is listed before the test has recorded it.
          const known = created.get(tag.tag_id);
          if (known) expect(tag).toEqual(known);
          else expect(tag.title).toMatch(/^Tag \d+ 👍$/);
        }
        counts.list++;
      } else {
        const ids = [...created.keys()];
        const id = ids[i % ids.length] ?? seed.tag_id;
        expect(await client.getTag(id)).toEqual(created.get(id));
        counts.get++;
      }
    });

    expect(failures).toEqual([]);
    expect(counts).toEqual({ create: TOTAL / 2, list: TOTAL / 4, get: TOTAL / 4 });
    expect(api.tags()).toHaveLength(1 + TOTAL / 2);
    const byId = (a: ConversationTag, b: ConversationTag) => a.tag_id.localeCompare(b.tag_id);
    expect(api.tags().sort(byId)).toEqual([...created.values()].sort(byId));
    // Generous: a count of correct answers is asserted here, never a duration (that is the bench's job).
  }, 60_000);
});
