import { QueryClient } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createTagsClient, TagList, tagListQueryOptions, type ConversationTag } from "../../src";
import { baseUrl, seedTags, startMockNetwork } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";

const network = startMockNetwork();

// A replaced delete action is called once per render of its row: a public way to count row renders.
const rowRenders: string[] = [];
function countingDelete(tag: ConversationTag) {
  rowRenders.push(tag.tag_id);
  return null;
}

describe("TagList", () => {
  it("editing one row of 1,000 tags re-renders that row only", async () => {
    seedTags(network, 1000);
    const queryClient = new QueryClient();
    // All ten pages at once, as a server would prefetch them: the same cache "Load more" builds.
    const client = createTagsClient({ baseUrl });
    await queryClient.infiniteQuery({ ...tagListQueryOptions(client, { page_size: 100 }), pages: 10 });
    const { user, container } = renderWithApi(<TagList pageSize={100} deleteAction={countingDelete} />, { queryClient });
    // Plain DOM counts here: role queries over 2,000 buttons cost seconds in jsdom.
    expect(container.querySelectorAll("li")).toHaveLength(1000);
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });
    rowRenders.length = 0;

    await user.click(screen.getByLabelText("Edit Tag 500"));
    const editor = screen.getByRole("form", { name: "Edit Tag 500" });
    await user.type(within(editor).getByRole("textbox", { name: "Title" }), " renamed");
    await user.click(within(editor).getByRole("button", { name: "Save" }));
    await screen.findByLabelText("Edit Tag 500 renamed");
    // The background refresh of all ten pages has landed, too.
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });

    expect(rowRenders.length).toBeGreaterThan(0);
    expect(new Set(rowRenders)).toEqual(new Set(["tag_500"]));
  }, 30_000);
});
