import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { tagsTitled } from "../support/fixtures";
import { chipTitles, combobox, listbox, optionNames, renderPicker, startMockNetwork } from "./harness";

const network = startMockNetwork({ tags: tagsTitled(["Billing", "Escalated", "Refund request"]) });

describe("ConversationTagPicker, keyboard and ARIA", () => {
  it("is a combobox that controls a listbox and opens with Down", async () => {
    const { user } = renderPicker();
    const input = combobox();
    expect(input).toHaveAttribute("aria-expanded", "false");
    expect(input).toHaveAttribute("aria-autocomplete", "list");
    await user.click(input);
    await user.keyboard("{Escape}");
    await user.keyboard("{ArrowDown}");
    expect(input).toHaveAttribute("aria-expanded", "true");
    await waitFor(() => {
      expect(optionNames()).toEqual(["Refund request", "Escalated", "Billing"]);
    });
    expect(input).toHaveAttribute("aria-controls", listbox().id);
    expect(listbox()).toHaveAttribute("aria-multiselectable", "true");
  });

  it("moves the active option with Down and Up, wrapping, through aria-activedescendant", async () => {
    const { user } = renderPicker();
    await user.click(combobox());
    await waitFor(() => {
      expect(optionNames()).toHaveLength(3);
    });
    const options = within(listbox()).getAllByRole("option");
    await user.keyboard("{ArrowDown}");
    expect(combobox()).toHaveAttribute("aria-activedescendant", options[0]?.id);
    await user.keyboard("{ArrowDown}{ArrowDown}{ArrowDown}");
    expect(combobox()).toHaveAttribute("aria-activedescendant", options[0]?.id);
    await user.keyboard("{ArrowUp}");
    expect(combobox()).toHaveAttribute("aria-activedescendant", options[2]?.id);
    expect(combobox()).toHaveFocus();
  });

  it("picks with Enter: the option becomes selected, a chip appears and the API assigns it", async () => {
    const { user, changes } = renderPicker();
    await user.click(combobox());
    await user.keyboard("esc");
    await waitFor(() => {
      expect(optionNames()).toEqual(["Escalated", "Create tag “esc”"]);
    });
    await user.keyboard("{Enter}");
    expect(chipTitles()).toEqual(["Escalated"]);
    expect(changes.at(-1)).toEqual(["tag_2"]);
    expect(combobox()).toHaveValue("");
    expect(combobox()).toHaveFocus();
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toEqual(["tag_2"]);
    });
    expect(screen.getByRole("status")).toHaveTextContent("Tag “Escalated” added");
    await user.keyboard("{ArrowDown}");
    const escalated = within(listbox()).getByRole("option", { name: /Escalated/ });
    expect(escalated).toHaveAttribute("aria-selected", "true");
    expect(within(listbox()).getByRole("option", { name: /Billing/ })).toHaveAttribute("aria-selected", "false");
  });

  it("closes on Escape, then clears the text on a second Escape", async () => {
    const { user } = renderPicker();
    await user.click(combobox());
    await user.keyboard("bil");
    expect(combobox()).toHaveAttribute("aria-expanded", "true");
    await user.keyboard("{Escape}");
    expect(combobox()).toHaveAttribute("aria-expanded", "false");
    expect(combobox()).toHaveValue("bil");
    await user.keyboard("{Escape}");
    expect(combobox()).toHaveValue("");
    expect(combobox()).toHaveFocus();
  });

  it("removes the last tag with Backspace in an empty input, and with a chip's button", async () => {
    const { user } = renderPicker({ tagIds: ["tag_1", "tag_2", "tag_3"] });
    await network.api.fetch(
      new Request("http://x/v1/convai/conversations/conv_1/tags", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tag_ids: ["tag_1", "tag_2", "tag_3"] }),
      }),
    );
    await waitFor(() => {
      expect(chipTitles()).toEqual(["Billing", "Escalated", "Refund request"]);
    });
    await user.click(combobox());
    await user.keyboard("{Backspace}");
    expect(chipTitles()).toEqual(["Billing", "Escalated"]);
    await user.click(screen.getByRole("button", { name: "Remove tag Billing" }));
    expect(chipTitles()).toEqual(["Escalated"]);
    expect(combobox()).toHaveFocus();
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toEqual(["tag_2"]);
    });
  });

  it("does not remove a tag with Backspace while there is text", async () => {
    const { user } = renderPicker({ tagIds: ["tag_1"] });
    await waitFor(() => {
      expect(chipTitles()).toEqual(["Billing"]);
    });
    await user.type(combobox(), "ab{Backspace}");
    expect(combobox()).toHaveValue("a");
    expect(chipTitles()).toEqual(["Billing"]);
  });

  it("gives every hook option to the hook and none to its root <div> as an attribute", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const { container, user } = renderPicker({
      messages: { pickerLabel: "Labels" },
      maxOptions: 2,
      onCreate: vi.fn(),
      onError: vi.fn(),
      "aria-describedby": "help",
    });
    const root = container.querySelector('[data-slot="picker"]');
    const attributes = [...(root?.attributes ?? [])].map((a) => a.name).sort();
    expect(attributes).toEqual(["aria-describedby", "data-ctk", "data-slot"]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    // And the hook got them: the label, and at most two options rendered.
    await user.click(screen.getByRole("combobox", { name: "Labels" }));
    await waitFor(() => {
      expect(within(screen.getByRole("listbox", { name: "Labels" })).getAllByRole("option")).toHaveLength(2);
    });
  });
});
