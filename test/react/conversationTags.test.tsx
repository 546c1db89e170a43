import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { tagKeys, useAssignTags, useUnassignTag } from "../../src";
import { holdNext, seedTags, startMockNetwork } from "../support/mockNetwork";
import { withProvider } from "../support/renderWithApi";

const network = startMockNetwork();

function setUp(assigned: string[]) {
  const api = seedTags(network, 4);
  const queryClient = new QueryClient();
  queryClient.setQueryData(tagKeys.conversation("conv_1"), assigned);
  const { result } = renderHook(() => ({ assign: useAssignTags(), unassign: useUnassignTag() }), {
    wrapper: withProvider(queryClient),
  });
  const ids = () => queryClient.getQueryData<string[]>(tagKeys.conversation("conv_1"));
  return { api, result, ids };
}

describe("useAssignTags", () => {
  it("adds the ids to the conversation before the server answers", async () => {
    const { api, result, ids } = setUp(["tag_1"]);
    const held = holdNext(network, api, "post", "/v1/convai/conversations/conv_1/tags");
    act(() => {
      result.current.assign.mutate({ conversationId: "conv_1", tagIds: ["tag_2", "tag_1", "tag_3"] });
    });
    await held.arrived;
    expect(ids()).toEqual(["tag_1", "tag_2", "tag_3"]);
    held.release();
    await waitFor(() => {
      expect(result.current.assign.isSuccess).toBe(true);
    });
    expect(api.assignedTagIds("conv_1")).toEqual(["tag_2", "tag_1", "tag_3"]);
  });

  it("takes back only the ids it added when the API refuses", async () => {
    const { api, result, ids } = setUp(["tag_1"]);
    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    await act(async () => {
      await result.current.assign.mutateAsync({ conversationId: "conv_1", tagIds: ["tag_1", "tag_2"] }).catch(() => undefined);
    });
    expect(result.current.assign.error?.kind).toBe("server");
    expect(ids()).toEqual(["tag_1"]);
  });
});

describe("useUnassignTag", () => {
  it("removes the id at once and puts it back in place when the API refuses", async () => {
    const { api, result, ids } = setUp(["tag_1", "tag_2", "tag_3"]);
    const held = holdNext(network, api, "delete", "/v1/convai/conversations/conv_1/tags/tag_2");
    let done: Promise<unknown> = Promise.resolve();
    act(() => {
      done = result.current.unassign.mutateAsync({ conversationId: "conv_1", tagId: "tag_2" }).catch(() => undefined);
    });
    await held.arrived;
    expect(ids()).toEqual(["tag_1", "tag_3"]);
    api.failNext({ kind: "status", status: 503, body: { detail: "busy" } });
    held.release();
    await act(async () => {
      await done;
    });
    expect(result.current.unassign.error?.kind).toBe("server");
    expect(ids()).toEqual(["tag_1", "tag_2", "tag_3"]);
  });

  it("lets an assign and an unassign on one conversation at once both land", async () => {
    const { api, result, ids } = setUp(["tag_1", "tag_2"]);
    const held = holdNext(network, api, "post", "/v1/convai/conversations/conv_1/tags");
    let assigned: Promise<unknown> = Promise.resolve();
    act(() => {
      assigned = result.current.assign.mutateAsync({ conversationId: "conv_1", tagIds: ["tag_3"] }).catch(() => undefined);
    });
    await held.arrived;
    api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
    held.release();
    await act(async () => {
      await result.current.unassign.mutateAsync({ conversationId: "conv_1", tagId: "tag_1" });
      await assigned;
    });
    // The assign failed and took back tag_3 only; the unassign of tag_1 stands.
    expect(ids()).toEqual(["tag_2"]);
  });
});
