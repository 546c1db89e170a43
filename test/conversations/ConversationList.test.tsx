import { screen, waitFor, within } from "@testing-library/react";
import axe from "axe-core";
import { http, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { tag } from "../support/fixtures";
import { startMockNetwork } from "../support/mockNetwork";
import { chipsOf, conversationList, quickRetries, renderList, row, rowTitles, summary } from "./harness";

const network = startMockNetwork({
  tags: [tag(1, "Refund"), tag(2, "VIP"), tag(3, "Billing")],
  conversations: [
    summary(1, ["tag_1"]),
    summary(2, ["tag_1", "tag_2"], { status: "failed", call_successful: "failure", call_duration_secs: 3725 }),
    summary(3, [], { call_summary_title: null }),
    summary(4, ["tag_404"], { call_summary_title: null, agent_name: null, status: "processing", call_successful: "unknown" }),
    summary(5, ["tag_3"]),
  ],
});

describe("ConversationList", () => {
  it("lists conversations newest first with title, start, duration, status, success and tag chips", async () => {
    renderList();
    await conversationList();
    expect(rowTitles()).toEqual(["Call 5", "conv_4", "Support Agent", "Call 2", "Call 1"]);

    const call2 = row("Call 2");
    const time = within(call2).getByText("Nov 25, 2026, 9:02 AM");
    expect(time.tagName).toBe("TIME");
    expect(time).toHaveAttribute("datetime", "2026-11-25T09:02:00.000Z");
    expect(call2).toHaveTextContent("1 hr 2 min 5 sec");
    expect(within(call2).getByText("Failed")).toBeInTheDocument();
    expect(within(call2).getByText("Unsuccessful")).toBeInTheDocument();
    await waitFor(() => {
      expect(chipsOf(call2)).toEqual(["Refund", "VIP"]);
    });

    const call1 = row("Call 1");
    expect(call1).toHaveTextContent("2 min 5 sec");
    expect(within(call1).getByText("Done")).toBeInTheDocument();
    expect(within(call1).getByText("Successful")).toBeInTheDocument();
    // A tag the workspace does not have is not guessed at.
    expect(chipsOf(row("conv_4"))).toEqual([]);
    expect(within(row("conv_4")).getByText("Not evaluated")).toBeInTheDocument();
  });

  it("describes the tag filter in words and lists only the matching conversations", async () => {
    renderList({ filters: { tag_ids: ["tag_2", "tag_3"] } });
    const list = await conversationList();
    await waitFor(() => {
      expect(list).toHaveAccessibleDescription("Tagged: VIP, Billing");
    });
    expect(rowTitles()).toEqual(["Call 5", "Call 2"]);
  });

  it("loads more on request, announces how many arrived and moves focus to the first new row", async () => {
    const { user } = renderList({ filters: { page_size: 2 } });
    await conversationList();
    expect(rowTitles()).toEqual(["Call 5", "conv_4"]);

    await user.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => {
      expect(rowTitles()).toHaveLength(4);
    });
    expect(screen.getByRole("status")).toHaveTextContent("2 more conversations loaded");
    await waitFor(() => {
      expect(screen.getByRole("button", { name: "Edit tags of Support Agent" })).toHaveFocus();
    });

    await user.click(screen.getByRole("button", { name: "Load more" }));
    await waitFor(() => {
      expect(screen.getByRole("status")).toHaveTextContent("1 more conversation loaded");
    });
    expect(rowTitles()).toEqual(["Call 5", "conv_4", "Support Agent", "Call 2", "Call 1"]);
    expect(screen.queryByRole("button", { name: "Load more" })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Edit tags of Call 1" })).toHaveFocus();
  });

  it("says which tags found nothing, without a filter that no conversation exists yet", async () => {
    const { unmount } = renderList({ filters: { tag_ids: ["tag_3", "tag_2"], search: "nothing like this" } });
    expect(await screen.findByText("No conversations tagged Billing, VIP.")).toBeInTheDocument();
    expect(screen.getByText("Tagged: Billing, VIP")).toBeInTheDocument();
    unmount();

    renderList({ filters: { search: "nothing like this" } });
    expect(await screen.findByText("No conversations yet.")).toBeInTheDocument();
  });

  it("shows a loading state, then an alert with a retry that recovers", async () => {
    let failing = true;
    network.server.use(
      http.get(/\/v1\/convai\/conversations(\?.*)?$/, () =>
        failing ? HttpResponse.json({ detail: "boom" }, { status: 500 }) : undefined,
      ),
    );
    const { user, container } = renderList({}, quickRetries());
    expect(screen.getByRole("status")).toHaveTextContent("Loading conversations…");
    expect(container.firstElementChild).toHaveAttribute("aria-busy", "true");

    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("Could not load the conversations. Something went wrong on the server. Try again in a moment.");
    failing = false;
    await user.click(within(alert).getByRole("button", { name: "Try again" }));
    await conversationList();
    expect(rowTitles()).toHaveLength(5);
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("has no axe violations, with a row's tag editor closed and open", async () => {
    const { user, container } = renderList({ filters: { tag_ids: ["tag_1"] } });
    await conversationList();
    await screen.findByText("Tagged: Refund");
    expect((await axe.run(container)).violations.map((violation) => violation.id)).toEqual([]);
    await user.click(screen.getByRole("button", { name: "Edit tags of Call 2" }));
    await screen.findByRole("combobox", { name: "Add tags" });
    expect((await axe.run(container)).violations.map((violation) => violation.id)).toEqual([]);
  });
});
