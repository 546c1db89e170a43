/**
 * Render counts with 1,000 conversations loaded: tagging one row re-renders that row only. A row
 * renders its toggle's accessible name once per render, so a `messages` function counts row renders
 * through the public API.
 */
import { QueryClient } from "@tanstack/react-query";
import { waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  conversationListQueryOptions,
  createTagsClient,
  defaultConversationListMessages,
  type ConversationListMessages,
} from "../../src";
import { tag } from "../support/fixtures";
import { baseUrl, startMockNetwork } from "../support/mockNetwork";
import { renderList, summary } from "./harness";

const network = startMockNetwork({
  tags: [tag(1, "Refund"), tag(2, "VIP")],
  conversations: Array.from({ length: 1000 }, (_, i) => summary(i + 1, i % 2 === 0 ? ["tag_1"] : [])),
});

const rowRenders: string[] = [];
const countingMessages: Partial<ConversationListMessages> = {
  editTagsAccessibleLabel: (title) => {
    rowRenders.push(title);
    return defaultConversationListMessages.editTagsAccessibleLabel(title);
  },
};

describe("ConversationList render counts", () => {
  it("assigning a tag in one row of 1,000 re-renders that row only", async () => {
    const queryClient = new QueryClient();
    const filters = { page_size: 100 };
    // All ten pages at once, as a server would prefetch them: the same cache "Load more" builds.
    await queryClient.infiniteQuery({ ...conversationListQueryOptions(createTagsClient({ baseUrl }), filters), pages: 10 });
    const { user, container } = renderList({ filters, messages: countingMessages }, queryClient);
    // Plain DOM queries here: role and label queries over 1,000 rows cost seconds in jsdom.
    expect(container.querySelectorAll('[data-slot="row"]')).toHaveLength(1000);
    await waitFor(() => {
      expect(container.querySelectorAll('[data-slot="row-tag"]')).toHaveLength(500);
    });
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });
    rowRenders.length = 0;

    const toggle = container.querySelector<HTMLElement>('[aria-label="Edit tags of Call 500"]');
    if (!toggle) throw new Error("no row titled Call 500");
    await user.click(toggle);
    const editor = container.querySelector<HTMLElement>('[data-slot="row-editor"]');
    if (!editor) throw new Error("the editor did not open");
    await user.type(within(editor).getByRole("combobox", { name: "Add tags" }), "VI");
    await user.click(await within(editor).findByRole("option", { name: "VIP" }));
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_500")).toEqual(["tag_2"]);
    });
    await user.click(within(editor).getByRole("button", { name: "Done" }));
    await waitFor(() => {
      expect(queryClient.isFetching()).toBe(0);
    });

    expect(rowRenders.length).toBeGreaterThan(0);
    expect(new Set(rowRenders)).toEqual(new Set(["Call 500"]));
  }, 60_000);
});
