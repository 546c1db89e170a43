import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tag } from "../support/fixtures";
import { combobox, listbox, logRequests, optionNames, renderPicker, startMockNetwork } from "./harness";

// 250 tags over three pages of 100, plus a few with accents and capitals.
const many = Array.from({ length: 247 }, (_, i) => tag(i + 1, `Topic ${String(i + 1).padStart(3, "0")}`));
const network = startMockNetwork({
  tags: [...many, tag(248, "Café order"), tag(249, "CAFÉ CRÈME"), tag(250, "Décaféiné")],
});
const log = logRequests(network);

describe("ConversationTagPicker, filtering", () => {
  it("loads every page, 100 at a time, three requests in all, none during the first render", async () => {
    const { user } = renderPicker();
    // The walk waits for the browser's first idle moment (test/react/useWorkspaceTags.test.tsx); a
    // click before it starts the walk at once.
    expect(log).toEqual([]);
    // The click sends the first request from its event, before the popup renders; on this instant
    // mock the walk may be over by the time the click's events are (test/picker/bigWorkspace.test.tsx
    // holds pages back to see the popup while it loads).
    await user.click(combobox());
    await waitFor(() => {
      expect(document.querySelector('[data-slot="picker-loading"]')).toBeNull();
    });
    expect(screen.getAllByRole("option").length).toBeGreaterThan(0);
    const lists = log.filter((entry) => entry.line.startsWith("GET /v1/convai/tags"));
    expect(lists).toHaveLength(3);
    expect(lists.every((entry) => entry.line.includes("page_size=100"))).toBe(true);
  });

  it("matches case- and accent-insensitively, titles starting with the text first", async () => {
    const { user } = renderPicker();
    await user.click(combobox());
    await user.keyboard("cafe");
    await waitFor(() => {
      expect(optionNames()).toEqual(["CAFÉ CRÈME", "Café order", "Décaféiné", "Create tag “cafe”"]);
    });
    await user.clear(combobox());
    await user.keyboard("CRÉME");
    await waitFor(() => {
      expect(optionNames()).toEqual(["CAFÉ CRÈME", "Create tag “CRÉME”"]);
    });
  });

  it("renders at most 50 options and says how many more match", async () => {
    const { user } = renderPicker();
    await user.click(combobox());
    await user.keyboard("topic");
    await waitFor(() => {
      expect(within(listbox()).getAllByRole("option")).toHaveLength(51);
    });
    expect(screen.getByText("197 more tags match — keep typing")).toBeInTheDocument();
    await user.keyboard(" 24");
    await waitFor(() => {
      expect(optionNames()).toEqual([
        ...[247, 246, 245, 244, 243, 242, 241, 240].map((n) => `Topic ${n}`),
        "Create tag “topic 24”",
      ]);
    });
    expect(screen.queryByText(/more tags? match/)).not.toBeInTheDocument();
  });

  it("offers no create option when a title equals the text, ignoring case and spaces around it", async () => {
    const { user } = renderPicker();
    await user.click(combobox());
    await user.keyboard("  café ORDER ");
    await waitFor(() => {
      expect(optionNames()).toEqual(["Café order"]);
    });
  });
});
