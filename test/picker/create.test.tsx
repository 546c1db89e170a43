import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagsTitled, unprocessable } from "../support/fixtures";
import { chipTitles, combobox, listbox, logRequests, optionNames, renderPicker, startMockNetwork } from "./harness";

const network = startMockNetwork({ tags: tagsTitled(["Billing", "Escalated"]) });
const log = logRequests(network);
const posts = () => log.filter((entry) => entry.line.startsWith("POST"));

async function typeAndWait(user: ReturnType<typeof renderPicker>["user"], text: string, { paste = false } = {}) {
  await user.click(combobox());
  // Long texts are pasted: typing 120 emoji one by one only slows the test down.
  if (paste) await user.paste(text);
  else await user.keyboard(text);
  await waitFor(() => {
    expect(optionNames().at(-1)).toMatch(/^Create tag/);
  });
}

describe("ConversationTagPicker, create-on-type", () => {
  it("creates the typed tag with Enter on the last option, then assigns it", async () => {
    const { user, changes } = renderPicker();
    await typeAndWait(user, "  Bill me later ");
    expect(optionNames()).toEqual(["Create tag “Bill me later”"]);
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(chipTitles()).toEqual(["Bill me later"]);
    });
    const created = network.api.tags().find((tag) => tag.title === "Bill me later");
    expect(created).toBeDefined();
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toEqual([created?.tag_id]);
    });
    expect(changes.at(-1)).toEqual([created?.tag_id]);
    expect(posts().map((entry) => entry.line)).toEqual(["POST /v1/convai/tags", "POST /v1/convai/conversations/conv_1/tags"]);
    expect(combobox()).toHaveValue("");
    expect(screen.getByRole("status")).toHaveTextContent("Tag “Bill me later” created and added");
  });

  it("creates a title of 120 emoji, counted as the server counts", async () => {
    const { user } = renderPicker();
    const title = "👍".repeat(120);
    await typeAndWait(user, title, { paste: true });
    const option = within(listbox()).getByRole("option", { name: /Create tag/ });
    expect(option).not.toHaveAttribute("aria-disabled");
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(chipTitles()).toEqual([title]);
    });
  });

  it("disables the create option past 120 characters and says why, sending nothing", async () => {
    const { user } = renderPicker();
    await typeAndWait(user, "👍".repeat(121), { paste: true });
    const option = within(listbox()).getByRole("option", { name: /Create tag/ });
    expect(option).toHaveAttribute("aria-disabled", "true");
    expect(option).toHaveTextContent("Title must be 120 characters or fewer (1 character too many)");
    await user.keyboard("{Enter}");
    await user.click(option);
    expect(posts()).toEqual([]);
    expect(chipTitles()).toEqual([]);
  });

  it("shows a 422 inline under the picker, once, and keeps the typed text", async () => {
    const { user } = renderPicker();
    await typeAndWait(user, "Taken");
    network.api.failNext(unprocessable({ loc: ["body", "title"], msg: "A tag with this title already exists" }));
    await user.keyboard("{Enter}");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Tag “Taken” was not created. A tag with this title already exists");
    expect(screen.getAllByRole("alert")).toHaveLength(1);
    expect(combobox()).toHaveValue("Taken");
    expect(combobox()).toHaveFocus();
    expect(combobox()).toHaveAccessibleDescription(alert.textContent);
    expect(chipTitles()).toEqual([]);
    expect(network.api.assignedTagIds("conv_1")).toEqual([]);
  });

  it("says a server failure in the kit's words and clears it when the text changes", async () => {
    const { user } = renderPicker();
    await typeAndWait(user, "Later");
    network.api.failNext({ kind: "html", status: 502 });
    await user.keyboard("{Enter}");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Tag “Later” was not created. Something went wrong on the server.",
    );
    await user.keyboard("!");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(combobox()).toHaveValue("Later!");
  });
});
