import { describe, expect, it } from "vitest";
import { createTagsClient, workspaceTagsQueryOptions, type ListTagsPage, type WorkspaceTagsData } from "../../src/core";
import { isWorkspaceWalkComplete, mergeWalkedPage, walkWorkspaceTags } from "../../src/core/walkWorkspaceTags";
import { createMockTagsApi } from "../../src/server";
import { listPage, tag, tags } from "../support/fixtures";

const ids = (data: WorkspaceTagsData) => data.pages.map((page) => page.conversation_tags.map((t) => t.tag_id));

/** A client on the mock API, counting the list requests it sends. */
function countingClient(count: number) {
  const api = createMockTagsApi({ tags: tags(count) });
  const requests: string[] = [];
  const client = createTagsClient({
    baseUrl: "http://mock",
    fetch: (input, init) => {
      const request = new Request(input, init);
      requests.push(new URL(request.url).search);
      return api.fetch(request);
    },
  });
  return { api, client, requests };
}

describe("mergeWalkedPage", () => {
  // The previous walk: tags 6..1 over three pages of two (newest first), complete.
  const previous: WorkspaceTagsData = {
    pages: [listPage([tag(6), tag(5)], "c1"), listPage([tag(4), tag(3)], "c2"), listPage([tag(2), tag(1)])],
    pageParams: [null, "c1", "c2"],
  };

  it("puts a refreshed first page in front and keeps the pages not walked again, so nothing blanks", () => {
    // Tag 7 was created elsewhere: the first page now holds 7 and 6, and 5 moved to the second.
    const merged = mergeWalkedPage(previous, 0, null, listPage([tag(7), tag(6)], "d1"));
    expect(ids(merged)).toEqual([["tag_7", "tag_6"], ["tag_5"], ["tag_4", "tag_3"], ["tag_2", "tag_1"]]);
    expect(isWorkspaceWalkComplete(merged)).toBe(true);
  });

  it("drops a tag the walk has passed without meeting it (deleted elsewhere) and shows renames as it passes them", () => {
    // Tag 5 was deleted and tag 4 renamed: the first page now holds 6 and 4.
    const merged = mergeWalkedPage(previous, 0, null, listPage([tag(6), tag(4, "Renamed")], "d1"));
    expect(ids(merged)).toEqual([["tag_6", "tag_4"], ["tag_3"], ["tag_2", "tag_1"]]);
    expect(merged.pages[0]?.conversation_tags[1]?.title).toBe("Renamed");
  });

  it("ends with the last page read: nothing of the previous walk is left", () => {
    const first = mergeWalkedPage(previous, 0, null, listPage([tag(6), tag(4)], "d1"));
    const last = mergeWalkedPage(first, 1, "d1", listPage([tag(3)]));
    expect(ids(last)).toEqual([["tag_6", "tag_4"], ["tag_3"]]);
    expect(last.pageParams).toEqual([null, "d1"]);
  });

  it("keeps the previous walk's last page, even emptied, so a complete list stays complete", () => {
    const merged = mergeWalkedPage(previous, 0, null, listPage([tag(6), tag(5), tag(4), tag(3), tag(2), tag(1)], "d1"));
    expect(ids(merged)).toEqual([["tag_6", "tag_5", "tag_4", "tag_3", "tag_2", "tag_1"], []]);
    expect(isWorkspaceWalkComplete(merged)).toBe(true);
  });

  it("shows a row once when a later page repeats it, and ends the walk on a page that says more without a cursor", () => {
    const first = mergeWalkedPage(undefined, 0, null, listPage([tag(3), tag(2)], "c1"));
    const page: ListTagsPage = { conversation_tags: [tag(2), tag(1)], has_more: true, next_cursor: null };
    const merged = mergeWalkedPage(first, 1, "c1", page);
    expect(ids(merged)).toEqual([["tag_3", "tag_2"], ["tag_1"]]);
    expect(isWorkspaceWalkComplete(merged)).toBe(true);
  });
});

describe("walkWorkspaceTags", () => {
  it("reads every page, 100 at a time, publishing each but the last", async () => {
    const { client, requests } = countingClient(250);
    const published: number[] = [];
    let cached: WorkspaceTagsData | undefined;
    const data = await walkWorkspaceTags(
      client,
      {
        read: () => cached,
        publish: (next) => {
          cached = next;
          published.push(next.pages.flatMap((page) => page.conversation_tags).length);
        },
      },
      { restart: false },
    );
    expect(requests).toHaveLength(3);
    expect(requests.every((search) => search.includes("page_size=100"))).toBe(true);
    expect(published).toEqual([100, 200]);
    expect(data.pages.flatMap((page) => page.conversation_tags)).toHaveLength(250);
    expect(isWorkspaceWalkComplete(data)).toBe(true);
  });

  it("resumes a walk that stopped where it stopped, and starts over when told to", async () => {
    const { client, requests } = countingClient(250);
    let cached: WorkspaceTagsData | undefined = {
      pages: [await client.listTags({ page_size: 100 })],
      pageParams: [null],
    };
    requests.length = 0;
    const cache = {
      read: () => cached,
      publish: (next: WorkspaceTagsData) => {
        cached = next;
      },
    };
    cached = await walkWorkspaceTags(client, cache, { restart: false });
    expect(requests).toHaveLength(2);
    expect(requests[0]).toContain("cursor=");
    requests.length = 0;
    await walkWorkspaceTags(client, cache, { restart: true });
    expect(requests).toHaveLength(3);
    expect(requests[0]).not.toContain("cursor=");
  });

  it("with headOnly, reads the newest page alone on a complete walk, and walks every page on an incomplete one", async () => {
    const { client, requests } = countingClient(250);
    let cached: WorkspaceTagsData | undefined;
    const cache = {
      read: () => cached,
      publish: (next: WorkspaceTagsData) => {
        cached = next;
      },
    };
    cached = await walkWorkspaceTags(client, cache, { restart: true });
    const complete = cached;
    await client.createTag({ title: "Newest" });
    requests.length = 0;
    cached = await walkWorkspaceTags(client, cache, { restart: true, headOnly: true });
    expect(requests).toHaveLength(1);
    expect(requests[0]).not.toContain("cursor=");
    expect(cached.pages[0]?.conversation_tags[0]?.title).toBe("Newest");
    expect(cached.pages.flatMap((page) => page.conversation_tags)).toHaveLength(251);
    expect(isWorkspaceWalkComplete(cached)).toBe(true);
    // The older pages are the ones walked before, unchanged objects.
    expect(cached.pages.at(-1)).toBe(complete.pages.at(-1));

    cached = { pages: complete.pages.slice(0, 1), pageParams: [null] };
    requests.length = 0;
    cached = await walkWorkspaceTags(client, cache, { restart: true, headOnly: true });
    expect(requests).toHaveLength(3);
    expect(cached.pages.flatMap((page) => page.conversation_tags)).toHaveLength(251);
  });

  it("stops at once when cancelled, publishing nothing more", async () => {
    const { client } = countingClient(250);
    const controller = new AbortController();
    let published = 0;
    const walk = walkWorkspaceTags(
      client,
      {
        read: () => undefined,
        publish: () => {
          published += 1;
          controller.abort();
        },
      },
      { restart: false, signal: controller.signal },
    );
    await expect(walk).rejects.toThrow();
    expect(published).toBe(1);
  });
});

describe("workspaceTagsQueryOptions", () => {
  it("walks every page on a server, under tagKeys.workspace()", async () => {
    const { QueryClient } = await import("@tanstack/react-query");
    const { client, requests } = countingClient(250);
    const queryClient = new QueryClient();
    const data = await queryClient.query(workspaceTagsQueryOptions(client));
    expect(requests).toHaveLength(3);
    expect(data.pages.flatMap((page) => page.conversation_tags)).toHaveLength(250);
    expect(queryClient.getQueryData(["convai-tags", "list", "workspace"])).toEqual(data);
  });
});
