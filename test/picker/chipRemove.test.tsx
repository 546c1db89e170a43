import { fireEvent, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagsTitled } from "../support/fixtures";
import { chipTitles, combobox, optionNames, renderPicker, startMockNetwork } from "./harness";

const network = startMockNetwork({ tags: tagsTitled(["Billing", "Escalated", "Refund request"]) });

/** Renders a picker holding Billing and Escalated, its listbox open from a click in the input. */
async function openWithTwoChips() {
  const rendered = renderPicker({ tagIds: ["tag_1", "tag_2"] });
  await rendered.user.click(combobox());
  await waitFor(() => {
    expect(optionNames()).toHaveLength(3);
  });
  expect(chipTitles()).toEqual(["Billing", "Escalated"]);
  expect(combobox()).toHaveAttribute("aria-expanded", "true");
  return rendered;
}

// Were a press on × to take focus, the input's blur would close the popup; on a page that ends with the
// popup, the page shortens under the pointer and the release lands elsewhere (test/e2e/picker.spec.ts).
describe("ConversationTagPicker, a chip's remove button under the mouse", () => {
  it("does not take focus on mouse-down (the default is prevented)", async () => {
    await openWithTwoChips();
    const remove = screen.getByRole("button", { name: "Remove tag Billing" });
    // fireEvent returns false when a handler called preventDefault().
    expect(fireEvent.mouseDown(remove)).toBe(false);
  });

  it("keeps focus in the input and the listbox open through the press, and removes the tag on the first click", async () => {
    const { user, changes } = await openWithTwoChips();
    const remove = screen.getByRole("button", { name: "Remove tag Billing" });
    await user.pointer({ keys: "[MouseLeft>]", target: remove });
    expect(combobox()).toHaveFocus();
    expect(combobox()).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("listbox", { name: "Add tags" })).toBeVisible();
    expect(chipTitles()).toEqual(["Billing", "Escalated"]);

    await user.pointer({ keys: "[/MouseLeft]", target: remove });
    expect(chipTitles()).toEqual(["Escalated"]);
    expect(changes.at(-1)).toEqual(["tag_2"]);
    expect(combobox()).toHaveFocus();
    expect(combobox()).toHaveAttribute("aria-expanded", "true");
    expect(screen.getByRole("status")).toHaveTextContent("Tag “Billing” removed");
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toEqual([]);
    });
  });

  it("still takes Tab, and Enter removes the tag and moves focus to the input", async () => {
    const { user } = await openWithTwoChips();
    await user.keyboard("{Escape}");
    await user.tab({ shift: true });
    expect(screen.getByRole("button", { name: "Remove tag Escalated" })).toHaveFocus();
    await user.keyboard("{Enter}");
    expect(chipTitles()).toEqual(["Billing"]);
    expect(combobox()).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Tag “Escalated” removed");
  });
});
