/** TagFilter's combobox: the picker's roles, keys and matching, choosing tags and never creating one. */
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagsTitled } from "../support/fixtures";
import {
  filterChips,
  filterInput,
  filterListbox,
  filterOptionNames,
  filterOptions,
  filterStatus,
  renderFilter,
  startMockNetwork,
} from "./filterHarness";

// tag_1 Billing, tag_2 Reembolsó, tag_3 VIP; listed newest first.
const network = startMockNetwork({ tags: tagsTitled(["Billing", "Reembolsó", "VIP"]) });

/** Opens the popup with Down and waits for every tag. */
async function openAll(user: ReturnType<typeof renderFilter>["user"]) {
  await user.click(filterInput());
  await user.keyboard("{Escape}{ArrowDown}");
  await waitFor(() => {
    expect(filterOptions()).toHaveLength(3);
  });
}

describe("TagFilter, the combobox", () => {
  it("is a combobox labelled Filter by tag that controls a multi-select listbox and opens with Down", async () => {
    const { user } = renderFilter();
    const input = filterInput();
    expect(screen.getByText("Filter by tag")).toBeVisible();
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).toHaveAttribute("aria-autocomplete", "list");
    await openAll(user);
    expect(input).toHaveAttribute("aria-expanded", "true");
    expect(input).toHaveAttribute("aria-controls", filterListbox().id);
    expect(filterListbox()).toHaveAttribute("aria-multiselectable", "true");
    expect(filterOptionNames()).toEqual(["VIP", "Reembolsó", "Billing"]);
    expect(input).toHaveAttribute("aria-activedescendant", filterOptions()[0]?.id);
  });

  it("matches ignoring case and accents", async () => {
    const { user } = renderFilter();
    await user.click(filterInput());
    await user.keyboard("reembolso");
    await waitFor(() => {
      expect(filterOptionNames()).toEqual(["Reembolsó"]);
    });
    await user.clear(filterInput());
    await user.keyboard("BÍLL");
    await waitFor(() => {
      expect(filterOptionNames()).toEqual(["Billing"]);
    });
  });

  it("selects with the arrow keys and Enter: onChange, aria-selected, a chip and the status", async () => {
    const { user, changes } = renderFilter();
    await openAll(user);
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowUp}{Enter}");
    expect(changes).toEqual([["tag_2"]]);
    expect(filterChips()).toEqual(["Reembolsó"]);
    expect(within(filterListbox()).getByRole("option", { name: /Reembolsó/ })).toHaveAttribute("aria-selected", "true");
    expect(within(filterListbox()).getByRole("option", { name: /VIP/ })).toHaveAttribute("aria-selected", "false");
    expect(filterStatus()).toHaveTextContent("Filtered by Reembolsó");
    expect(filterInput()).toHaveFocus();

    await user.keyboard("{ArrowUp}{Enter}");
    expect(changes).toEqual([["tag_2"], ["tag_2", "tag_3"]]);
    expect(filterChips()).toEqual(["Reembolsó", "VIP"]);
    expect(filterStatus()).toHaveTextContent("Filtered by Reembolsó, VIP");
  });

  it("takes a chosen tag out when it is picked again, as the picker toggles", async () => {
    const { user, changes } = renderFilter({ value: ["tag_1", "tag_3"] });
    await openAll(user);
    await user.click(within(filterListbox()).getByRole("option", { name: /Billing/ }));
    expect(changes).toEqual([["tag_3"]]);
    expect(filterChips()).toEqual(["VIP"]);
    expect(filterStatus()).toHaveTextContent("Filtered by VIP");
  });

  it("typing then Enter picks the best match and empties the text", async () => {
    const { user, changes } = renderFilter();
    await user.click(filterInput());
    await user.keyboard("vi");
    await waitFor(() => {
      expect(filterOptionNames()).toEqual(["VIP"]);
    });
    await user.keyboard("{Enter}");
    expect(changes).toEqual([["tag_3"]]);
    expect(filterInput()).toHaveValue("");
  });

  it("never offers to create a tag and never writes: a title nobody has matches nothing", async () => {
    const requests: string[] = [];
    network.server.events.on("request:start", ({ request }) => requests.push(request.method));
    const { user, changes } = renderFilter();
    await user.click(filterInput());
    await user.keyboard("Brand new title");
    expect(await screen.findByText("No tags match")).toBeVisible();
    expect(filterInput()).toHaveAttribute("aria-expanded", "false");
    expect(screen.queryByRole("option")).not.toBeInTheDocument();
    expect(screen.queryByText(/Create/)).not.toBeInTheDocument();
    await user.keyboard("{Enter}");
    expect(changes).toEqual([]);
    expect(requests.filter((method) => method !== "GET")).toEqual([]);
    network.server.events.removeAllListeners("request:start");
  });

  it("closes on Escape, then clears the text on a second Escape", async () => {
    const { user } = renderFilter();
    await user.click(filterInput());
    await user.keyboard("bil");
    await waitFor(() => {
      expect(filterInput()).toHaveAttribute("aria-expanded", "true");
    });
    await user.keyboard("{Escape}");
    expect(filterInput()).toHaveAttribute("aria-expanded", "false");
    expect(filterInput()).toHaveValue("bil");
    await user.keyboard("{Escape}");
    expect(filterInput()).toHaveValue("");
    expect(filterInput()).toHaveFocus();
  });
});
