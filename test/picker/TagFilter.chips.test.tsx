/**
 * TagFilter's chips, its Clear filters button, its words and its accessibility; the combobox itself is
 * in TagFilter.test.tsx.
 */
import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it, vi } from "vitest";
import { defaultTagFilterMessages } from "../../src";
import { tagsTitled } from "../support/fixtures";
import { filterChips, filterInput, filterOptions, filterStatus, renderFilter, startMockNetwork } from "./filterHarness";

// tag_1 Billing, tag_2 Reembolsó, tag_3 VIP; listed newest first.
startMockNetwork({ tags: tagsTitled(["Billing", "Reembolsó", "VIP"]) });

describe("TagFilter, chips", () => {
  it("removes a tag with its Remove filter button and gives focus to the input", async () => {
    const { user, changes } = renderFilter({ value: ["tag_1", "tag_2"] });
    await waitFor(() => {
      expect(filterChips()).toEqual(["Billing", "Reembolsó"]);
    });
    await user.click(screen.getByRole("button", { name: "Remove filter Billing" }));
    expect(changes).toEqual([["tag_2"]]);
    expect(filterChips()).toEqual(["Reembolsó"]);
    expect(filterInput()).toHaveFocus();
    expect(filterStatus()).toHaveTextContent("Filtered by Reembolsó");
  });

  it("removes the last chip with Backspace in an empty input, and not while there is text", async () => {
    const { user, changes } = renderFilter({ value: ["tag_1", "tag_2"] });
    await waitFor(() => {
      expect(filterChips()).toEqual(["Billing", "Reembolsó"]);
    });
    await user.type(filterInput(), "ab{Backspace}");
    expect(changes).toEqual([]);
    await user.keyboard("{Backspace}{Backspace}");
    expect(changes).toEqual([["tag_1"]]);
    expect(filterChips()).toEqual(["Billing"]);
    await user.keyboard("{Backspace}");
    expect(changes).toEqual([["tag_1"], []]);
    expect(filterStatus()).toHaveTextContent("Filter cleared");
    expect(screen.queryByRole("list", { name: "Tags in the filter" })).not.toBeInTheDocument();
  });

  it("clears every tag with Clear filters, once, and returns focus to the input", async () => {
    const { user, changes } = renderFilter({ value: ["tag_1", "tag_3"] });
    await waitFor(() => {
      expect(filterChips()).toEqual(["Billing", "VIP"]);
    });
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(changes).toEqual([[]]);
    expect(filterChips()).toEqual([]);
    expect(screen.queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
    expect(filterInput()).toHaveFocus();
    expect(filterStatus()).toHaveTextContent("Filter cleared");
  });

  it("shows no Clear filters button while nothing is chosen", () => {
    renderFilter();
    expect(screen.queryByRole("button", { name: "Clear filters" })).not.toBeInTheDocument();
  });
});

describe("TagFilter, words and accessibility", () => {
  it("has no axe violations, closed with chips and open on the options", async () => {
    const { user, container } = renderFilter({ value: ["tag_2"] });
    await waitFor(() => {
      expect(filterChips()).toEqual(["Reembolsó"]);
    });
    expect((await axe.run(container)).violations.map((violation) => violation.id)).toEqual([]);
    await user.click(filterInput());
    await waitFor(() => {
      expect(filterOptions()).toHaveLength(3);
    });
    expect((await axe.run(container)).violations.map((violation) => violation.id)).toEqual([]);
  });

  it("says what is chosen without claiming it matches all or any of the tags", () => {
    const { filteredBy, filterCleared, label, clearFilters } = defaultTagFilterMessages;
    const words = [filteredBy(["Refund", "VIP"]), filterCleared, label, clearFilters].join(" ");
    expect(filteredBy(["Refund", "VIP"])).toBe("Filtered by Refund, VIP");
    expect(words).not.toMatch(/\b(any|all|every|each|both|either|and|or)\b/i);
  });

  it("gives every hook option to the hook and none to its root <div> as an attribute", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const { container } = renderFilter({ value: ["tag_1"], maxOptions: 2, messages: { label: "Labels" }, "aria-describedby": "help" });
    // Once loaded, so no data-pending: what is left is the host's attribute and the kit's own.
    expect(await screen.findByRole("button", { name: "Remove filter Billing" })).toBeVisible();
    const root = container.querySelector('[data-slot="tag-filter"]');
    expect([...(root?.attributes ?? [])].map((attribute) => attribute.name).sort()).toEqual(["aria-describedby", "data-ctk", "data-slot"]);
    expect(screen.getByRole("combobox", { name: "Labels" })).toBeVisible();
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
  });

  it("takes its words from messages", async () => {
    const { user } = renderFilter({
      value: ["tag_1"],
      messages: { label: "Nach Tag filtern", removeFilter: (title) => `Filter ${title} entfernen`, filteredBy: (titles) => `Gefiltert: ${titles.join(" · ")}` },
    });
    const input = screen.getByRole("combobox", { name: "Nach Tag filtern" });
    await user.click(await screen.findByRole("button", { name: "Filter Billing entfernen" }));
    expect(input).toHaveFocus();
    await user.keyboard("{ArrowDown}");
    await waitFor(() => {
      expect(within(screen.getByRole("listbox", { name: "Nach Tag filtern" })).getAllByRole("option")).toHaveLength(3);
    });
    await user.keyboard("{Enter}");
    expect(filterStatus()).toHaveTextContent("Gefiltert: VIP");
  });
});
