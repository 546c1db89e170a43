import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import {
  defaultConversationListMessages,
  useConversationList,
  useUnassignTag,
  type UseConversationListOptions,
} from "../../src";
import { tag } from "../support/fixtures";
import { startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";
import { summary } from "./harness";

startMockNetwork({
  tags: [tag(1, "Refund"), tag(2, "VIP")],
  conversations: [summary(1, ["tag_1", "tag_2"]), summary(2, ["tag_1"]), summary(3, ["tag_2"]), summary(4, [])],
});

function setUp(options: UseConversationListOptions) {
  const queryClient = new QueryClient();
  const { result } = renderHook(() => ({ list: useConversationList(options), unassign: useUnassignTag() }), {
    wrapper: withProvider(queryClient),
  });
  const ready = () =>
    waitFor(() => {
      expect(result.current.list.state).toBe("ready");
    });
  const unassign = (conversationId: string, tagId: string) =>
    act(async () => {
      await result.current.unassign.mutateAsync({ conversationId, tagId });
    });
  const lost = (id: string) => result.current.list.rows.find((row) => row.id === id)?.noLongerTagged.map((t) => t.title);
  return { queryClient, result, ready, unassign, lost };
}

describe("useConversationList", () => {
  it("gives display-ready rows in the requested locale and time zone", async () => {
    const { result, ready } = setUp({ locale: "de-DE", timeZone: "Europe/Berlin" });
    await ready();
    await waitFor(() => {
      expect(result.current.list.rows[3]?.tags).toEqual([
        { tagId: "tag_1", title: "Refund" },
        { tagId: "tag_2", title: "VIP" },
      ]);
    });
    const row = result.current.list.rows[3];
    expect(row).toMatchObject({
      id: "conv_1",
      title: "Call 1",
      startTime: "2026-11-25T09:01:00.000Z",
      startTimeText: "25.11.2026, 10:01",
      status: "done",
      statusText: "Done",
      success: "success",
      successText: "Successful",
      noLongerTagged: [],
    });
    expect(row?.durationText).toMatch(/^2 Min\.,? 5 Sek\.$/);
    expect(row?.summary.conversation_id).toBe("conv_1");
  });

  it("describes the tag filter in words and starts in the loading state", async () => {
    const { result, ready } = setUp({ filters: { tag_ids: ["tag_2", "tag_1", "tag_2"] } });
    expect(result.current.list.state).toBe("loading");
    expect(result.current.list.messages).toBe(defaultConversationListMessages);
    await ready();
    await waitFor(() => {
      expect(result.current.list.filterDescription).toBe("Tagged: VIP, Refund");
    });
    expect(result.current.list.filterTagTitles).toEqual(["VIP", "Refund"]);
    expect(result.current.list.rows.map((row) => row.id)).toEqual(["conv_3", "conv_2", "conv_1"]);
  });

  it("marks the filter tags a row lost since the fetch, keeps them over Load more, and forgets them on a refetch", async () => {
    const { result, ready, unassign, lost } = setUp({ filters: { tag_ids: ["tag_1", "tag_2"], page_size: 2 } });
    await ready();
    await waitFor(() => {
      expect(result.current.list.rows[0]?.tags).toHaveLength(1);
    });
    await unassign("conv_3", "tag_2");
    expect(lost("conv_3")).toEqual(["VIP"]);
    expect(result.current.list.noLongerTaggedCount).toBe(1);

    act(() => {
      result.current.list.loadMore();
    });
    await waitFor(() => {
      expect(result.current.list.rows).toHaveLength(3);
    });
    expect(lost("conv_3")).toEqual(["VIP"]);
    await unassign("conv_1", "tag_1");
    expect(lost("conv_1")).toEqual(["Refund"]);

    act(() => {
      result.current.list.refresh();
    });
    await waitFor(() => {
      expect(result.current.list.rows.map((row) => row.id)).toEqual(["conv_2", "conv_1"]);
    });
    expect(lost("conv_1")).toEqual([]);
    expect(result.current.list.noLongerTaggedCount).toBe(0);
  });

  it("keeps every other row's object when one row's tags change", async () => {
    const { result, ready, unassign } = setUp({});
    await ready();
    await waitFor(() => {
      expect(result.current.list.rows[3]?.tags).toHaveLength(2);
    });
    const before = result.current.list.rows;
    await unassign("conv_2", "tag_1");
    const after = result.current.list.rows;
    expect(after).not.toBe(before);
    expect(after.map((row, i) => row === before[i])).toEqual([true, true, false, true]);
    expect(after[2]?.tags).toEqual([]);
  });
});
