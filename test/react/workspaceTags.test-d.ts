import { QueryClient, useQuery } from "@tanstack/react-query";
import { describe, expectTypeOf, it } from "vitest";
import {
  createTagsClient,
  useWorkspaceTags,
  workspaceTagsQueryOptions,
  type ConversationTag,
  type TagsApiError,
  type WorkspaceTagsData,
} from "../../src";

const client = createTagsClient({ baseUrl: "/api/elevenlabs" });

describe("workspace tags types", () => {
  it("types the walk's options for useQuery and a server's QueryClient", async () => {
    expectTypeOf(useQuery(workspaceTagsQueryOptions(client)).data).toEqualTypeOf<WorkspaceTagsData | undefined>();
    const queryClient = new QueryClient();
    expectTypeOf(await queryClient.query(workspaceTagsQueryOptions(client))).toEqualTypeOf<WorkspaceTagsData>();
    // With a staleTime, as a hover prefetch passes one.
    expectTypeOf(await queryClient.query({ ...workspaceTagsQueryOptions(client), staleTime: 60_000 })).toEqualTypeOf<WorkspaceTagsData>();
  });

  it("types useWorkspaceTags' result", () => {
    const workspace = useWorkspaceTags({ immediate: true });
    expectTypeOf(workspace.tags).toEqualTypeOf<readonly ConversationTag[]>();
    expectTypeOf(workspace.byId).toEqualTypeOf<ReadonlyMap<string, ConversationTag>>();
    expectTypeOf(workspace.error).toEqualTypeOf<TagsApiError | null>();
    expectTypeOf(workspace.loadedCount).toEqualTypeOf<number>();
  });
});
