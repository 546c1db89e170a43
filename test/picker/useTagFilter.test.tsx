/**
 * useTagFilter without TagFilter: a host renders its own markup from the prop getters and gets the
 * same combobox, chips and clear button.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { useTagFilter } from "../../src";
import { tagsTitled } from "../support/fixtures";
import { renderWithApi } from "../support/renderWithApi";
import { startMockNetwork } from "./filterHarness";

startMockNetwork({ tags: tagsTitled(["Billing", "Reembolsó", "VIP"]) });

function OwnFilter({ changes }: { changes: string[][] }) {
  const [value, setValue] = useState<readonly string[]>(["tag_3"]);
  const filter = useTagFilter({
    value,
    onChange: (next) => {
      changes.push(next);
      setValue(next);
    },
    messages: { label: "Tags" },
  });
  return (
    <section>
      <label id={filter.ids.label} htmlFor={filter.ids.input}>
        {filter.messages.label}
      </label>
      {filter.chips.map((chip) => (
        <span key={chip.tagId}>
          {chip.label}
          <button {...filter.getChipRemoveProps(chip.tagId)}>x</button>
        </span>
      ))}
      {filter.chips.length > 0 && <button {...filter.getClearProps()}>{filter.messages.clearFilters}</button>}
      <input {...filter.getInputProps()} />
      <div {...filter.getPopupProps()}>
        <ul {...filter.getListboxProps()}>
          {filter.options.map((option, index) => (
            <li key={option.kind === "tag" ? option.tag.tag_id : "create"} {...filter.getOptionProps(index)}>
              {option.kind === "tag" ? option.tag.title : ""}
            </li>
          ))}
        </ul>
      </div>
      <p role="status">{filter.status}</p>
    </section>
  );
}

describe("useTagFilter, headless", () => {
  it("drives a host's own markup: keys pick, chips remove, Clear filters clears", async () => {
    const changes: string[][] = [];
    const { user } = renderWithApi(<OwnFilter changes={changes} />);
    const input = screen.getByRole("combobox", { name: "Tags" });
    expect(await screen.findByRole("button", { name: "Remove filter VIP" })).toBeVisible();
    await user.click(input);
    await user.keyboard("bil");
    await waitFor(() => {
      expect(within(screen.getByRole("listbox", { name: "Tags" })).getAllByRole("option")).toHaveLength(1);
    });
    await user.keyboard("{Enter}");
    expect(changes).toEqual([["tag_3", "tag_1"]]);
    expect(screen.getByRole("status")).toHaveTextContent("Filtered by VIP, Billing");
    await user.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(changes).toEqual([["tag_3", "tag_1"], []]);
    expect(input).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Filter cleared");
  });
});
