/**
 * The filter's ids against the workspace's tags: ids whose tags are loading keep their place as
 * "Loading tag…" chips; ids of deleted tags leave the filter through one `onChange` call, and only
 * once the delete is settled (a refused delete brings the tag back, and the filter must not have changed).
 */
import { act, screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagsTitled } from "../support/fixtures";
import { holdNext } from "../support/mockNetwork";
import { filterChips, filterInput, renderFilter, startMockNetwork } from "./filterHarness";

const network = startMockNetwork({ tags: tagsTitled(["Billing", "Reembolsó", "VIP"]) });

/** Lets react-query and the effects run a few more turns, so a second `onChange` would have arrived. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 50));
  });
}

describe("TagFilter, ids and the workspace's tags", () => {
  it("shows a Loading tag… chip for an id while the tags load, keeps it in value, then shows its title", async () => {
    const held = holdNext(network, network.api, "get", "/v1/convai/tags");
    const { changes } = renderFilter({ value: ["tag_2"] });
    await held.arrived;
    expect(filterChips()).toEqual(["Loading tag…"]);
    expect(screen.getByRole("button", { name: "Remove filter Loading tag…" })).toBeVisible();
    expect(screen.getByRole("button", { name: "Clear filters" })).toBeVisible();
    held.release();
    await waitFor(() => {
      expect(filterChips()).toEqual(["Reembolsó"]);
    });
    expect(changes).toEqual([]);
  });

  it("drops a tag deleted through the kit with one onChange, once the delete is answered", async () => {
    const { user, changes } = renderFilter({ value: ["tag_1", "tag_3"] }, ["tag_1"]);
    await waitFor(() => {
      expect(filterChips()).toEqual(["Billing", "VIP"]);
    });
    const held = holdNext(network, network.api, "delete", "/v1/convai/tags/tag_1");
    await user.click(screen.getByRole("button", { name: "Delete tag_1" }));
    await held.arrived;
    // Gone from the list at once, so its chip goes; the filter waits for the answer.
    await waitFor(() => {
      expect(filterChips()).toEqual(["VIP"]);
    });
    expect(changes).toEqual([]);
    held.release();
    await waitFor(() => {
      expect(changes).toEqual([["tag_3"]]);
    });
    await settle();
    expect(changes).toEqual([["tag_3"]]);
    expect(filterChips()).toEqual(["VIP"]);
  });

  it("keeps the filter as it was when the API refuses the delete and the tag comes back", async () => {
    const { user, changes } = renderFilter({ value: ["tag_1"] }, ["tag_1"]);
    await waitFor(() => {
      expect(filterChips()).toEqual(["Billing"]);
    });
    network.api.failNext({ kind: "status", status: 403, body: { detail: { status: "forbidden", message: "No" } } });
    const held = holdNext(network, network.api, "delete", "/v1/convai/tags/tag_1");
    await user.click(screen.getByRole("button", { name: "Delete tag_1" }));
    await held.arrived;
    await waitFor(() => {
      expect(filterChips()).toEqual([]);
    });
    held.release();
    await waitFor(() => {
      expect(filterChips()).toEqual(["Billing"]);
    });
    await settle();
    expect(filterChips()).toEqual(["Billing"]);
    expect(changes).toEqual([]);
  });

  it("drops an id no tag has (a stale link) once, even when the host keeps passing it", async () => {
    const { user, changes } = renderFilter({ value: ["tag_gone", "tag_2"], follows: false });
    await waitFor(() => {
      expect(changes).toEqual([["tag_2"]]);
    });
    expect(filterChips()).toEqual(["Reembolsó"]);
    // Re-renders with the same value (focus, typing) report nothing more.
    await user.click(filterInput());
    await user.keyboard("re");
    await settle();
    expect(changes).toEqual([["tag_2"]]);
  });
});
