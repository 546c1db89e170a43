/**
 * The picker's queue with answers held and refused while the person goes on (issue 19, scenarios
 * 3 and 4): calls go to the conversation they were picked on, and a refusal undoes only itself.
 */
import { screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { useConversationTagPicker } from "../../src";
import { tagsTitled } from "../support/fixtures";
import { renderWithApi } from "../support/renderWithApi";
import { holdNextAssign, logRequests, startMockNetwork } from "./harness";

const network = startMockNetwork({ tags: tagsTitled(["Billing", "Escalated", "Refund request"]) });
const log = logRequests(network);
const writes = () => log.filter((entry) => !entry.line.startsWith("GET")).map((entry) => entry.line);

/** A dashboard's detail pane: one picker, the conversation chosen by buttons, ids kept per conversation. */
function DetailPane() {
  const [shown, setShown] = useState("c1");
  const [tagIds, setTagIds] = useState<Record<string, string[]>>({ c1: [], c2: [] });
  const picker = useConversationTagPicker({
    conversationId: shown,
    tagIds: tagIds[shown] ?? [],
    onTagIdsChange: (next, conversationId) => {
      setTagIds((all) => ({ ...all, [conversationId]: next }));
    },
  });
  return (
    <>
      <p>Showing {shown}</p>
      <output aria-label="Chips">{picker.tagIds.join(" ") || "none"}</output>
      <output aria-label="Stored for c1">{(tagIds.c1 ?? []).join(" ") || "none"}</output>
      <output aria-label="Error">{picker.error ?? ""}</output>
      <button type="button" onClick={() => { setShown(shown === "c1" ? "c2" : "c1"); }}>
        Switch
      </button>
      <button type="button" onClick={() => { picker.addTags(["tag_1"]); }}>
        Add Billing
      </button>
      <button type="button" onClick={() => { picker.addTags(["tag_2"]); }}>
        Add Escalated
      </button>
      <button type="button" onClick={() => { picker.removeTag("tag_1"); }}>
        Remove Billing
      </button>
    </>
  );
}

function renderPane() {
  const { user } = renderWithApi(<DetailPane />);
  const press = (name: string) => user.click(screen.getByRole("button", { name }));
  const shows = (label: string) => screen.getByRole("status", { name: label }).textContent;
  return { press, shows };
}

describe("ConversationTagPicker's queue under interleavings", () => {
  it("sends a pick queued on one conversation to that conversation after the picker moved to another", async () => {
    const { press, shows } = renderPane();
    const held = holdNextAssign(network);
    await press("Add Billing");
    await waitFor(() => {
      expect(writes()).toEqual(["POST /v1/convai/conversations/c1/tags"]);
    });
    await press("Add Escalated");
    await press("Switch");
    expect(screen.getByText("Showing c2")).toBeInTheDocument();
    expect(shows("Chips")).toBe("none");

    held.release();
    await waitFor(() => {
      expect(network.api.assignedTagIds("c1")).toEqual(["tag_1", "tag_2"]);
    });
    expect(writes()).toEqual(["POST /v1/convai/conversations/c1/tags", "POST /v1/convai/conversations/c1/tags"]);
    expect(network.api.assignedTagIds("c2")).toEqual([]);
    expect(shows("Chips")).toBe("none");
    expect(shows("Stored for c1")).toBe("tag_1 tag_2");
  });

  it("rolls a refused pick back on its own conversation, not on the one now shown", async () => {
    const { press, shows } = renderPane();
    const held = holdNextAssign(network);
    await press("Add Billing");
    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    await press("Switch");
    await press("Add Escalated");
    network.api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    held.release();
    await waitFor(() => {
      expect(network.api.assignedTagIds("c2")).toEqual(["tag_2"]);
    });
    expect(network.api.assignedTagIds("c1")).toEqual([]);
    expect(shows("Chips")).toBe("tag_2");
    expect(shows("Stored for c1")).toBe("none");
    // Not said under a picker that shows another conversation.
    expect(shows("Error")).toBe("");
  });

  it("keeps a re-picked tag when the first pick of it is refused after the re-pick was made", async () => {
    const { press, shows } = renderPane();
    const held = holdNextAssign(network);
    await press("Add Billing");
    await waitFor(() => {
      expect(writes()).toHaveLength(1);
    });
    await press("Remove Billing");
    await press("Add Billing");
    expect(shows("Chips")).toBe("tag_1");

    network.api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    held.release();
    await waitFor(() => {
      expect(writes()).toEqual([
        "POST /v1/convai/conversations/c1/tags",
        "DELETE /v1/convai/conversations/c1/tags/tag_1",
        "POST /v1/convai/conversations/c1/tags",
      ]);
    });
    await waitFor(() => {
      expect(network.api.assignedTagIds("c1")).toEqual(["tag_1"]);
    });
    expect(shows("Chips")).toBe("tag_1");
    expect(shows("Stored for c1")).toBe("tag_1");
  });
});
