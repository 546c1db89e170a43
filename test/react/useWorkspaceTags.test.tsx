/**
 * The workspace's tags: one walk per QueryClient, started when the browser is first idle, shared by
 * every picker, filter and conversations list, cancelled with its last consumer, refreshed newest
 * page first without emptying. Counted at the network edge, page by page.
 */
import { QueryClient } from "@tanstack/react-query";
import { act, screen, waitFor, within } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, it, vi } from "vitest";
import { http, HttpResponse } from "msw";
import { ConversationList, ConversationTagPicker, TagFilter, tagKeys, useDeleteTag, type WorkspaceTagsData } from "../../src";
import { summary } from "../conversations/harness";
import { tags } from "../support/fixtures";
import { baseUrl, startMockNetwork } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";
import { fakeIdle, watchTagPages } from "../support/tagPageHolds";

// 250 tags: three pages of 100. conv_1 carries the oldest tag, which only the last page brings.
const network = startMockNetwork({ tags: tags(250), conversations: [summary(1, ["tag_1"])] });
const pages = watchTagPages(network);
const idle = fakeIdle();

/** Pickers on conversations conv_1..conv_<count>, each uncontrolled, with no tags. */
const pickers = (count: number) =>
  Array.from({ length: count }, (_, i) => <ConversationTagPicker key={i} conversationId={`conv_${String(i + 1)}`} defaultTagIds={[]} />);

function renderPage(children: ReactNode, queryClient = new QueryClient()) {
  return { queryClient, ...renderWithApi(<>{children}</>, { queryClient }) };
}

/** Renders `children`, lets the browser be idle, and waits for the walk of all three pages to end. */
async function renderWalked(children: ReactNode, queryClient = new QueryClient()) {
  const page = renderPage(children, queryClient);
  idle.run();
  await waitFor(() => {
    expect(queryClient.isFetching()).toBe(0);
    expect(pages.requests).toHaveLength(3);
  });
  return page;
}

/** Lets react-query and MSW run what is ready, without any idle moment. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

/** Deletes a tag through the kit, as a tag list beside the picker would. */
function DeleteButton({ tagId }: { tagId: string }) {
  const deleteTag = useDeleteTag();
  return (
    <button type="button" onClick={() => { deleteTag.mutate(tagId); }}>
      Delete {tagId}
    </button>
  );
}

/** Creates a tag on the server directly: someone else, in another tab or dashboard. */
async function createElsewhere(title: string) {
  const created = await network.api.fetch(
    new Request(`${baseUrl}/v1/convai/tags`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ title }),
    }),
  );
  expect(created.status).toBe(200);
}

const optionsIn = (combobox: HTMLElement) =>
  within(document.getElementById(combobox.getAttribute("aria-controls") ?? "") ?? document.body).queryAllByRole("option");

describe("useWorkspaceTags: one walk, shared", () => {
  it("walks the pages once for 100 pickers, a TagFilter and a ConversationList on one page: ceil(250 / 100) requests", async () => {
    const { queryClient } = renderPage(
      <>
        {pickers(100)}
        <TagFilter value={[]} onChange={() => {}} />
        <ConversationList locale="en-US" timeZone="UTC" />
      </>,
    );
    idle.run();
    // The list's chip of the oldest tag shows once the last page is in. (Patience, not a timing: a
    // hundred pickers render slowly in jsdom on a busy machine.)
    expect(await screen.findByText("Tag 1", { selector: '[data-slot="row-tag"]' }, { timeout: 30_000 })).toBeInTheDocument();
    await waitFor(
      () => {
        expect(queryClient.isFetching()).toBe(0);
      },
      { timeout: 30_000 },
    );
    await settle();
    expect(pages.requests).toHaveLength(3);
    expect(pages.requests.map((request) => request.aborted)).toEqual([false, false, false]);
  }, 90_000);

  it("starts when the browser is first idle, before any popup opens, and opening then sends nothing", async () => {
    const { user } = renderPage(pickers(1));
    await settle();
    expect(pages.requests).toHaveLength(0);
    idle.run();
    await waitFor(() => {
      expect(pages.requests.filter((request) => request.answered)).toHaveLength(3);
    });
    const combobox = screen.getByRole("combobox", { name: "Add tags" });
    expect(combobox).toHaveAttribute("aria-expanded", "false");
    await user.click(combobox);
    // Every tag is there at once: the first 50 options, and nothing says it is loading.
    expect(optionsIn(combobox)).toHaveLength(50);
    expect(screen.queryByText(/Loading tags|still loading/)).not.toBeInTheDocument();
    await settle();
    expect(pages.requests).toHaveLength(3);
  });

  it("sends the first request in the idle moment itself, not from a render after it", async () => {
    renderPage(pickers(1));
    await settle();
    const fetches = vi.spyOn(globalThis, "fetch");
    let sentInIdleMoment = 0;
    idle.run(() => {
      sentInIdleMoment = fetches.mock.calls.length;
    });
    expect(sentInIdleMoment).toBe(1);
    await waitFor(() => {
      expect(pages.requests.filter((request) => request.answered)).toHaveLength(3);
    });
    fetches.mockRestore();
  });

  it("starts when the input gets focus before any idle moment, and opening then sends nothing", async () => {
    const { user } = renderPage(pickers(1));
    await settle();
    expect(pages.requests).toHaveLength(0);
    await user.tab();
    const combobox = screen.getByRole("combobox", { name: "Add tags" });
    expect(combobox).toHaveFocus();
    await waitFor(() => {
      expect(pages.requests.filter((request) => request.answered)).toHaveLength(3);
    });
    // No idle moment came: the focus alone walked the pages.
    expect(idle.waiting()).toBeGreaterThan(0);
    await user.keyboard("{ArrowDown}");
    expect(optionsIn(combobox)).toHaveLength(50);
    await settle();
    expect(pages.requests).toHaveLength(3);
  });

  it("sends nothing for a picker mounted later while the walk is fresh", async () => {
    const queryClient = new QueryClient();
    const first = await renderWalked(pickers(1), queryClient);
    first.unmount();
    const { user } = renderPage(<ConversationTagPicker conversationId="conv_9" defaultTagIds={["tag_1"]} />, queryClient);
    idle.run();
    // The chip's title comes from the cache: the oldest tag, from the last page.
    expect(screen.getByText("Tag 1", { selector: '[data-slot="chip-label"]' })).toBeInTheDocument();
    await user.click(screen.getByRole("combobox", { name: "Add tags" }));
    await settle();
    expect(pages.requests).toHaveLength(3);
  });

  it("aborts the page in flight when the last consumer unmounts, and the next consumer walks on from there", async () => {
    const queryClient = new QueryClient();
    pages.hold();
    const first = renderPage(pickers(3), queryClient);
    idle.run();
    await waitFor(() => {
      expect(pages.requests).toHaveLength(1);
    });
    pages.requests[0]?.release();
    await waitFor(() => {
      expect(pages.requests).toHaveLength(2);
    });
    first.unmount();
    await waitFor(() => {
      expect(pages.requests[1]?.aborted).toBe(true);
    });
    await settle();
    expect(pages.requests.filter((request) => request.aborted)).toHaveLength(1);
    expect(pages.requests).toHaveLength(2);

    // What was walked stays; the next consumer asks for the second page again, not the first.
    pages.releaseAll();
    renderPage(pickers(1), queryClient);
    idle.run();
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
      expect(pages.requests).toHaveLength(4);
    });
    expect(pages.requests.map((request) => request.cursor === null)).toEqual([true, false, false, false]);
    expect(pages.requests[2]?.cursor).toBe(pages.requests[1]?.cursor);
  });
});

describe("useWorkspaceTags: after a write cancelled the walk", () => {
  it("walks on once for twenty consumers, from the page it stopped at", async () => {
    pages.hold();
    const { queryClient } = renderPage(pickers(20));
    idle.run();
    await waitFor(() => {
      expect(pages.requests).toHaveLength(1);
    });
    pages.requests[0]?.release();
    await waitFor(() => {
      expect(pages.requests).toHaveLength(2);
    });
    // What every kit write does first, so no page read before it lands after it.
    await act(() => queryClient.cancelQueries({ queryKey: tagKeys.lists() }));
    await waitFor(() => {
      expect(pages.requests).toHaveLength(3);
    });
    await settle();
    expect(pages.requests).toHaveLength(3);
    expect(pages.requests.map((request) => request.aborted)).toEqual([false, true, false]);
    expect(pages.requests[2]?.cursor).toBe(pages.requests[1]?.cursor);
    pages.releaseAll();
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
      expect(pages.requests).toHaveLength(4);
    });
    expect(pages.requests.filter((request) => request.aborted)).toHaveLength(1);
  });
});

describe("useWorkspaceTags: refresh", () => {
  /** A picker with its popup open on every tag, the walk complete, then every later page held. */
  async function openOnCompleteWalk() {
    const { queryClient, user } = await renderWalked(pickers(1));
    const combobox = screen.getByRole("combobox", { name: "Add tags" });
    await user.click(combobox);
    expect(optionsIn(combobox)).toHaveLength(50);
    pages.hold();
    return { queryClient, combobox, user };
  }

  it("shows a tag created elsewhere after one request, while the rest is still being walked again", async () => {
    const { queryClient, combobox } = await openOnCompleteWalk();
    await createElsewhere("Made elsewhere");
    void queryClient.invalidateQueries({ queryKey: tagKeys.lists() });
    await waitFor(() => {
      expect(pages.requests).toHaveLength(4);
    });
    pages.requests[3]?.release();
    await waitFor(() => {
      expect(optionsIn(combobox)[0]).toHaveTextContent("Made elsewhere");
    });
    // One request of the refresh answered; the next page is asked for and held: the rest is unwalked.
    await waitFor(() => {
      expect(pages.requests).toHaveLength(5);
    });
    expect(pages.requests.slice(3).map((request) => request.answered)).toEqual([true, false]);
    pages.releaseAll();
  });

  it("after the kit's own write succeeds, reads the newest page alone: one request, not a walk of every page", async () => {
    const { queryClient, user } = await renderWalked(
      <>
        {pickers(1)}
        <DeleteButton tagId="tag_100" />
      </>,
    );
    await createElsewhere("Made elsewhere");
    await user.click(screen.getByRole("button", { name: "Delete tag_100" }));
    await waitFor(() => {
      expect(network.api.tags().some((tag) => tag.tag_id === "tag_100")).toBe(false);
      expect(queryClient.isFetching()).toBe(0);
      expect(queryClient.isMutating()).toBe(0);
    });
    await settle();
    expect(pages.requests.slice(3).map((request) => request.cursor)).toEqual([null]);
    // The refresh brought the tag made elsewhere; the write had already taken tag_100 out; the walk stays complete.
    const combobox = screen.getByRole("combobox", { name: "Add tags" });
    await user.click(combobox);
    expect(optionsIn(combobox)[0]).toHaveTextContent("Made elsewhere");
    expect(screen.queryByText(/Loading tags|still loading/)).not.toBeInTheDocument();
    const walked = queryClient.getQueryData<WorkspaceTagsData>(tagKeys.workspace());
    const ids = walked?.pages.flatMap((page) => page.conversation_tags.map((tag) => tag.tag_id)) ?? [];
    expect(ids).toEqual(network.api.tags().map((tag) => tag.tag_id));
  });

  it("after a kit write fails (its outcome unknown), walks every page again", async () => {
    const { queryClient, user } = await renderWalked(
      <>
        {pickers(1)}
        <DeleteButton tagId="tag_100" />
      </>,
    );
    network.server.use(
      http.delete(`${baseUrl}/v1/convai/tags/:tagId`, () => HttpResponse.json({ detail: "Upstream failed" }, { status: 502 })),
    );
    await user.click(screen.getByRole("button", { name: "Delete tag_100" }));
    await waitFor(() => {
      expect(queryClient.isMutating()).toBe(0);
      expect(pages.requests).toHaveLength(6);
      expect(queryClient.isFetching()).toBe(0);
    });
    expect(pages.requests.slice(3).map((request) => request.cursor === null)).toEqual([true, false, false]);
  });

  it("never empties the options while a refresh walks the pages again", async () => {
    const { queryClient, combobox } = await openOnCompleteWalk();
    const seen: number[] = [];
    const observer = new MutationObserver(() => {
      seen.push(optionsIn(combobox).length);
    });
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    void queryClient.invalidateQueries({ queryKey: tagKeys.lists() });
    for (let page = 3; page < 6; page += 1) {
      await waitFor(() => {
        expect(pages.requests).toHaveLength(page + 1);
      });
      expect(optionsIn(combobox)).toHaveLength(50);
      expect(screen.queryByText(/Loading tags|still loading/)).not.toBeInTheDocument();
      pages.requests[page]?.release();
    }
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });
    observer.disconnect();
    expect(optionsIn(combobox)).toHaveLength(50);
    // And at no moment in between, whatever changed on the page.
    expect(seen.filter((count) => count !== 50)).toEqual([]);
    expect(pages.requests).toHaveLength(6);
  });
});
