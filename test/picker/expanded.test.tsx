import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagsTitled } from "../support/fixtures";
import { combobox, holdNextTagList, optionNames, renderPicker, startMockNetwork } from "./harness";

const network = startMockNetwork({ tags: tagsTitled(["Billing", "Escalated", "Refund request"]) });

const loadingText = () => screen.queryByText("Loading tags…", { selector: '[data-slot="picker-loading"]' });
const noMatchesText = () => screen.queryByText("No tags match", { selector: '[data-slot="picker-empty"]' });

/** Deletes every workspace tag through the mock API (the file's hooks restore them after the test). */
async function emptyWorkspace() {
  for (const tag of network.api.tags()) {
    const response = await network.api.fetch(new Request(`http://x/v1/convai/tags/${tag.tag_id}`, { method: "DELETE" }));
    expect(response.ok).toBe(true);
  }
}

// The APG: aria-expanded is true only while the listbox popup is shown. The picker's popup can be open
// with no listbox in it, saying only that the tags are loading or that none match.
describe("ConversationTagPicker, aria-expanded follows the listbox", () => {
  it("is false while the open popup says the tags are loading, true once options show, false after Escape", async () => {
    const held = holdNextTagList(network);
    const { user } = renderPicker();
    await user.click(combobox());
    expect(loadingText()).toBeInTheDocument();
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
    expect(combobox()).not.toHaveAttribute("aria-activedescendant");
    // Typing while the list loads offers nothing yet (not even "Create"): still no listbox.
    await user.keyboard("zz{ArrowDown}");
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
    expect(combobox()).not.toHaveAttribute("aria-activedescendant");

    held.release();
    await waitFor(() => {
      expect(optionNames()).toEqual(["Create tag “zz”"]);
    });
    expect(loadingText()).not.toBeInTheDocument();
    expect(combobox()).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
  });

  it("is false while the open popup says no tags match, and true once there is an option to pick", async () => {
    await emptyWorkspace();
    const { user } = renderPicker();
    await user.click(combobox());
    await waitFor(() => {
      expect(noMatchesText()).toBeInTheDocument();
    });
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
    // Blank text is no title to create: still nothing to offer.
    await user.keyboard("   ");
    expect(noMatchesText()).toBeInTheDocument();
    expect(combobox()).toHaveAttribute("aria-expanded", "false");

    await user.keyboard("New");
    expect(optionNames()).toEqual(["Create tag “New”"]);
    expect(combobox()).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
  });

  it("is false before the first open and true while tags are listed", async () => {
    const { user } = renderPicker();
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
    await user.click(combobox());
    await waitFor(() => {
      expect(optionNames()).toEqual(["Refund request", "Escalated", "Billing"]);
    });
    expect(combobox()).toHaveAttribute("aria-expanded", "true");
  });
});
