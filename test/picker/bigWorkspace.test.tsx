/**
 * The picker over a workspace whose tags are still being walked: it shows what has loaded, says how
 * many (spoken once, not per page), keeps "Create" disabled with the reason until the end, and keeps
 * the active option and the typed text where the person left them as pages arrive.
 */
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { createMockTagsApi, type MockTagsApi } from "../../src/server";
import { tag, tags } from "../support/fixtures";
import { fakeIdle, watchTagPages } from "../support/tagPageHolds";
import { combobox, listbox, optionNames, renderPicker, startMockNetwork } from "./harness";

const network = startMockNetwork({ tags: tags(250) });
let api: MockTagsApi = network.api;
const pages = watchTagPages(network, () => api);
fakeIdle();

const statusOf = (container: HTMLElement) => container.querySelector('[data-slot="picker-status"]');
const loadingText = () => document.querySelector('[data-slot="picker-loading"]')?.textContent;

/** Every text the status region held, in order, from now on. */
function statusHistory(container: HTMLElement) {
  const status = statusOf(container);
  const history: string[] = [status?.textContent ?? ""];
  const observer = new MutationObserver(() => {
    const text = status?.textContent ?? "";
    if (history.at(-1) !== text) history.push(text);
  });
  if (status) observer.observe(status, { subtree: true, childList: true, characterData: true });
  return {
    history,
    stop: () => {
      observer.disconnect();
    },
  };
}

describe("ConversationTagPicker over a workspace still loading", () => {
  it("shows the tags loaded so far and says how many, spoken once and not again with each page", async () => {
    api = network.api;
    pages.hold();
    const { user, container } = renderPicker();
    const spoken = statusHistory(container);
    await user.click(combobox());
    await waitFor(() => {
      expect(pages.requests).toHaveLength(1);
    });
    expect(loadingText()).toBe("Loading tags…");
    pages.requests[0]?.release();
    await waitFor(() => {
      expect(loadingText()).toBe("100 tags loaded, still loading…");
    });
    expect(optionNames()).toHaveLength(50);
    await waitFor(() => {
      expect(pages.requests).toHaveLength(2);
    });
    pages.requests[1]?.release();
    // On screen the count follows the pages; the status keeps what it said.
    await waitFor(() => {
      expect(loadingText()).toBe("200 tags loaded, still loading…");
    });
    expect(statusOf(container)).toHaveTextContent("100 tags loaded, still loading…");
    await waitFor(() => {
      expect(pages.requests).toHaveLength(3);
    });
    pages.requests[2]?.release();
    await waitFor(() => {
      expect(loadingText()).toBeUndefined();
    });
    spoken.stop();
    expect(spoken.history.filter((text) => text.includes("tags loaded"))).toEqual(["100 tags loaded, still loading…"]);
    expect(spoken.history).toEqual(["", "Loading tags…", "100 tags loaded, still loading…", ""]);
  });

  it("keeps Create disabled with the reason until the last page, then offers it", async () => {
    api = network.api;
    pages.hold();
    const { user } = renderPicker();
    await user.click(combobox());
    await waitFor(() => {
      expect(pages.requests).toHaveLength(1);
    });
    pages.requests[0]?.release();
    await user.keyboard("Tag 1");
    await waitFor(() => {
      expect(optionNames().at(-1)).toBe("Create tag “Tag 1” — available once every tag has loaded");
    });
    const create = within(listbox()).getAllByRole("option").at(-1);
    expect(create).toHaveAttribute("aria-disabled", "true");
    // "Tag 1" is on the last page: once it is in, there is nothing to create.
    pages.releaseAll();
    await waitFor(() => {
      expect(loadingText()).toBeUndefined();
    });
    expect(optionNames().some((name) => name.startsWith("Create tag"))).toBe(false);
    await user.clear(combobox());
    await user.keyboard("Brand new");
    expect(optionNames()).toEqual(["Create tag “Brand new”"]);
    expect(within(listbox()).getByRole("option")).not.toHaveAttribute("aria-disabled");
  });

  it("keeps the active option on the same tag and the typed text as they were while better matches arrive", async () => {
    // The newest page holds only titles with "refund" inside; the oldest tag, on the second page, starts with it.
    api = createMockTagsApi({ tags: [tag(1, "Refund policy"), ...Array.from({ length: 149 }, (_, i) => tag(i + 2, `Late refund ${String(i + 2)}`))] });
    pages.hold();
    const { user } = renderPicker();
    await user.click(combobox());
    await waitFor(() => {
      expect(pages.requests).toHaveLength(1);
    });
    pages.requests[0]?.release();
    await user.keyboard("refund");
    await waitFor(() => {
      expect(optionNames()[0]).toBe("Late refund 150");
    });
    // The person moves on to the second match.
    await user.keyboard("{ArrowDown}");
    const activeName = () => document.getElementById(combobox().getAttribute("aria-activedescendant") ?? "")?.textContent;
    expect(activeName()).toBe("Late refund 149");

    pages.releaseAll();
    await waitFor(() => {
      expect(optionNames()[0]).toBe("Refund policy");
    });
    expect(activeName()).toBe("Late refund 149");
    expect(combobox()).toHaveValue("refund");
    await user.keyboard("{Enter}");
    expect(screen.getByText("Late refund 149", { selector: '[data-slot="chip-label"]' })).toBeInTheDocument();
  });
});
