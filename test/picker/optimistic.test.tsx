import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { QueryClient } from "@tanstack/react-query";
import { ConversationTagPicker, TagsApiProvider, tagKeys, useConversationTagPicker } from "../../src";
import { tag, tagsTitled } from "../support/fixtures";
import { renderWithApi } from "../support/renderWithApi";
import {
  baseUrl,
  chipTitles,
  combobox,
  holdNextAssign,
  logRequests,
  optionNames,
  renderPicker,
  startMockNetwork,
} from "./harness";

const titles = ["Billing", "Escalated", "Refund request", ...Array.from({ length: 117 }, (_, i) => `Bulk ${i + 1}`)];
const network = startMockNetwork({ tags: tagsTitled(titles) });
const log = logRequests(network);
const assignBodies = () =>
  log.filter((entry) => entry.line === "POST /v1/convai/conversations/conv_1/tags").map((entry) => entry.body);

async function openAndWait(user: ReturnType<typeof renderPicker>["user"], text: string) {
  await user.click(combobox());
  await user.keyboard(text);
  await waitFor(() => {
    expect(optionNames()[0]).toBe(titles.find((title) => title.toLowerCase().startsWith(text.toLowerCase())));
  });
}

describe("ConversationTagPicker, optimistic assign and unassign", () => {
  it("takes a refused tag off again and names it", async () => {
    const { user, changes } = renderPicker();
    await openAndWait(user, "Escal");
    network.api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    await user.keyboard("{Enter}");
    expect(changes[0]).toEqual(["tag_2"]);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Tag “Escalated” could not be added to this conversation, so it was taken off again.",
    );
    expect(chipTitles()).toEqual([]);
    expect(changes.at(-1)).toEqual([]);
    // The status no longer says it was added.
    expect(screen.getByRole("status")).not.toHaveTextContent("added");
  });

  it("puts a tag back when removing it is refused", async () => {
    const { user, changes } = renderPicker({ tagIds: ["tag_1", "tag_3"] });
    await waitFor(() => {
      expect(chipTitles()).toEqual(["Billing", "Refund request"]);
    });
    network.api.failNext({ kind: "network" });
    await user.click(screen.getByRole("button", { name: "Remove tag Billing" }));
    expect(changes[0]).toEqual(["tag_3"]);
    expect(await screen.findByRole("alert")).toHaveTextContent("Tag “Billing” could not be removed");
    expect(chipTitles()).toEqual(["Billing", "Refund request"]);
    expect(changes.at(-1)).toEqual(["tag_1", "tag_3"]);
  });

  it("keeps picks made while a call is in flight and sends them together afterwards", async () => {
    const { user } = renderPicker();
    const held = holdNextAssign(network);
    await openAndWait(user, "Bill");
    await user.keyboard("{Enter}");
    await waitFor(() => {
      expect(assignBodies()).toHaveLength(1);
    });
    await user.keyboard("Escal{Enter}Refund{Enter}");
    expect(chipTitles()).toEqual(["Billing", "Escalated", "Refund request"]);
    held.release();
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toEqual(["tag_1", "tag_2", "tag_3"]);
    });
    expect(assignBodies()).toEqual([{ tag_ids: ["tag_1"] }, { tag_ids: ["tag_2", "tag_3"] }]);
  });

  it("splits an assignment of more than 50 tags into calls of 50", async () => {
    const ids = Array.from({ length: 120 }, (_, i) => `tag_${i + 1}`);
    function Bulk() {
      const picker = useConversationTagPicker({ conversationId: "conv_1" });
      return (
        <button type="button" onClick={() => { picker.addTags(ids); }}>
          Tag all ({picker.tagIds.length})
        </button>
      );
    }
    const { user } = renderWithApi(<Bulk />);
    await user.click(screen.getByRole("button", { name: "Tag all (0)" }));
    expect(screen.getByRole("button", { name: "Tag all (120)" })).toBeInTheDocument();
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toHaveLength(120);
    });
    expect(assignBodies().map((body) => (body as { tag_ids: string[] }).tag_ids.length)).toEqual([50, 50, 20]);
  });

  it("shows a tag that is not in the workspace as a removable Deleted tag chip", async () => {
    const { user, changes } = renderPicker({ tagIds: ["tag_1", "tag_gone"] });
    await waitFor(() => {
      expect(chipTitles()).toEqual(["Billing", "Deleted tag"]);
    });
    await user.click(screen.getByRole("button", { name: "Remove tag Deleted tag" }));
    expect(chipTitles()).toEqual(["Billing"]);
    await waitFor(() => {
      expect(log.some((entry) => entry.line === "DELETE /v1/convai/conversations/conv_1/tags/tag_gone")).toBe(true);
    });
    // The API answers 404 for a tag that no longer exists: it is off the conversation either way.
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(changes.at(-1)).toEqual(["tag_1"]);
  });

  it("says Loading on a chip until the workspace's tags arrive", async () => {
    renderPicker({ tagIds: [tag(1, "Billing").tag_id] });
    expect(chipTitles()).toEqual(["Loading…"]);
    await waitFor(() => {
      expect(chipTitles()).toEqual(["Billing"]);
    });
  });

  it("keeps the conversation's cached tag ids in step through the kit's assign hook", async () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(tagKeys.conversation("conv_1"), ["tag_3"]);
    const user = userEvent.setup({ delay: null });
    // By hand, not renderWithApi: the host's QueryClient handed to the provider as a prop, the one test of it.
    render(
      <TagsApiProvider baseUrl={baseUrl} queryClient={queryClient}>
        <ConversationTagPicker conversationId="conv_1" defaultTagIds={["tag_3"]} />
      </TagsApiProvider>,
    );
    await openAndWait(user, "Escal");
    await user.keyboard("{Enter}");
    expect(queryClient.getQueryData(tagKeys.conversation("conv_1"))).toEqual(["tag_3", "tag_2"]);
    await waitFor(() => {
      expect(network.api.assignedTagIds("conv_1")).toEqual(["tag_2"]);
    });
  });
});
