/**
 * Tagging from the list: one row's inline picker, what adding and removing a tag does to that row
 * (and to the mock API), the "no longer tagged" mark until the list is fetched again, a tag deleted
 * elsewhere, and where focus goes.
 */
import { QueryClient } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ConversationList, useDeleteTag } from "../../src";
import { tag } from "../support/fixtures";
import { holdNext, startMockNetwork } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";
import { chipsOf, conversationList, renderList, row, rowTitles, summary } from "./harness";

const network = startMockNetwork({
  tags: [tag(1, "Refund"), tag(2, "VIP"), tag(3, "Billing")],
  conversations: [summary(1, ["tag_1"]), summary(2, ["tag_1", "tag_2"]), summary(3, ["tag_3"])],
});

const toggle = (title: string) => screen.getByRole("button", { name: `Edit tags of ${title}` });
const combobox = () => screen.getByRole("combobox", { name: "Add tags" });

describe("ConversationList, editing a row's tags", () => {
  it("opens a picker for that row only, with focus in its input, and Done returns focus to the toggle", async () => {
    const { user } = renderList();
    await conversationList();
    expect(toggle("Call 1")).toHaveAttribute("aria-expanded", "false");

    await user.click(toggle("Call 1"));
    expect(toggle("Call 1")).toHaveAttribute("aria-expanded", "true");
    expect(toggle("Call 2")).toHaveAttribute("aria-expanded", "false");
    expect(screen.getAllByRole("combobox")).toHaveLength(1);
    await waitFor(() => {
      expect(combobox()).toHaveFocus();
    });
    const editor = document.getElementById(toggle("Call 1").getAttribute("aria-controls") ?? "");
    expect(editor).toContainElement(combobox());
    expect(row("Call 1")).toContainElement(editor);

    await user.click(within(row("Call 1")).getByRole("button", { name: "Done" }));
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    expect(toggle("Call 1")).toHaveAttribute("aria-expanded", "false");
    expect(toggle("Call 1")).toHaveFocus();
  });

  it("closes on Escape once the picker's popup is closed, returning focus to the toggle", async () => {
    const { user } = renderList();
    await conversationList();
    await user.click(toggle("Call 3"));
    await waitFor(() => {
      expect(combobox()).toHaveFocus();
    });
    await user.keyboard("{ArrowDown}");
    expect(combobox()).toHaveAttribute("aria-expanded", "true");
    // The first Escape is the picker's: it closes the popup.
    await user.keyboard("{Escape}");
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
    expect(combobox()).toHaveFocus();

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("combobox")).not.toBeInTheDocument();
    expect(toggle("Call 3")).toHaveFocus();
  });

  it("adds a tag: the row's chips and the API change, and no other row does", async () => {
    const { user } = renderList();
    await conversationList();
    await waitFor(() => {
      expect(chipsOf(row("Call 1"))).toEqual(["Refund"]);
    });
    await user.click(toggle("Call 1"));
    await user.type(combobox(), "VI");
    await user.click(await screen.findByRole("option", { name: "VIP" }));
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toEqual(["tag_1", "tag_2"]);
    });

    await user.click(within(row("Call 1")).getByRole("button", { name: "Done" }));
    expect(chipsOf(row("Call 1"))).toEqual(["Refund", "VIP"]);
    expect(chipsOf(row("Call 3"))).toEqual(["Billing"]);
  });

  it("shows a pick queued behind a running call at once, and both reach the API", async () => {
    const { user } = renderList();
    await conversationList();
    await user.click(toggle("Call 3"));
    const held = holdNext(network, network.api, "post", "/v1/convai/conversations/conv_3/tags");
    await user.type(combobox(), "Ref");
    await user.click(await screen.findByRole("option", { name: "Refund" }));
    await held.arrived;
    await user.type(combobox(), "VI");
    await user.click(await screen.findByRole("option", { name: "VIP" }));

    // The first call is still held: the second pick waits behind it, and shows all the same.
    for (const title of ["Billing", "Refund", "VIP"]) {
      expect(within(row("Call 3")).getByRole("button", { name: `Remove tag ${title}` })).toBeInTheDocument();
    }
    held.release();
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_3")).toEqual(["tag_3", "tag_1", "tag_2"]);
    });
    await user.click(within(row("Call 3")).getByRole("button", { name: "Done" }));
    expect(chipsOf(row("Call 3"))).toEqual(["Billing", "Refund", "VIP"]);
  });

  it("marks a row that lost a filter tag, keeps it until Refresh, then it is gone", async () => {
    const { user, container } = renderList({ filters: { tag_ids: ["tag_1"] } });
    await conversationList();
    expect(rowTitles()).toEqual(["Call 2", "Call 1"]);
    await user.click(toggle("Call 2"));
    await user.click(await screen.findByRole("button", { name: "Remove tag Refund" }));

    const marked = await within(row("Call 2")).findByText("No longer tagged Refund");
    expect(marked).toBeVisible();
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_2")).toEqual(["tag_2"]);
    });
    expect(within(row("Call 1")).queryByText(/No longer tagged/)).not.toBeInTheDocument();
    expect(screen.getByText("1 conversation no longer carries a tag of this filter.")).toBeInTheDocument();
    await user.click(within(row("Call 2")).getByRole("button", { name: "Done" }));
    expect(rowTitles()).toEqual(["Call 2", "Call 1"]);

    await user.click(screen.getByRole("button", { name: "Refresh" }));
    await waitFor(() => {
      expect(rowTitles()).toEqual(["Call 1"]);
    });
    expect(screen.queryByRole("button", { name: "Refresh" })).not.toBeInTheDocument();
    expect(screen.queryByText(/No longer tagged/)).not.toBeInTheDocument();
    // Focus was on Refresh, which left with the marked rows: it stays in the list, not on <body>.
    expect(container.firstElementChild).toHaveFocus();
  });

  it("drops a tag deleted elsewhere in the page from every row's chips", async () => {
    function DeleteVip() {
      const deleteTag = useDeleteTag();
      return (
        <button
          type="button"
          onClick={() => {
            deleteTag.mutate("tag_2");
          }}
        >
          Delete VIP
        </button>
      );
    }
    const { user } = renderWithApi(
      <>
        <ConversationList locale="en-US" timeZone="UTC" />
        <DeleteVip />
      </>,
    );
    await conversationList();
    await waitFor(() => {
      expect(chipsOf(row("Call 2"))).toEqual(["Refund", "VIP"]);
    });
    await user.click(screen.getByRole("button", { name: "Delete VIP" }));
    await waitFor(() => {
      expect(chipsOf(row("Call 2"))).toEqual(["Refund"]);
    });
    await waitFor(() => {
      expect(network.api.tags().map((t) => t.tag_id)).not.toContain("tag_2");
    });
  });

  it("moves focus to a neighbour when a refetch drops the row it was in", async () => {
    const queryClient = new QueryClient();
    const { user } = renderList({ filters: { tag_ids: ["tag_1"] } }, queryClient);
    await conversationList();
    await user.click(toggle("Call 2"));
    await user.click(await screen.findByRole("button", { name: "Remove tag Refund" }));
    await within(row("Call 2")).findByText("No longer tagged Refund");
    await user.click(within(row("Call 2")).getByRole("button", { name: "Done" }));
    expect(toggle("Call 2")).toHaveFocus();

    // A refetch the person did not ask for (the window regained focus, say) drops the row.
    await queryClient.invalidateQueries();
    await waitFor(() => {
      expect(rowTitles()).toEqual(["Call 1"]);
    });
    expect(toggle("Call 1")).toHaveFocus();
  });
});
