import { describe, expectTypeOf, it } from "vitest";
import {
  useAssignTags,
  useDeleteTag,
  useTag,
  useUnassignTag,
  useUpdateTag,
  type ConversationTag,
  type TagsApiError,
} from "../../src";

describe("lifecycle hook types", () => {
  it("types useTag's data by select, and its error as TagsApiError", () => {
    expectTypeOf(useTag("tag_1").data).toEqualTypeOf<ConversationTag | undefined>();
    expectTypeOf(useTag("tag_1", { select: (tag) => tag.title }).data).toEqualTypeOf<string | undefined>();
    expectTypeOf(useTag("tag_1").error).toEqualTypeOf<TagsApiError | null>();
  });

  it("types each mutation's variables", () => {
    expectTypeOf(useUpdateTag().mutate)
      .parameter(0)
      .toEqualTypeOf<{ tagId: string; changes: { title?: string | null; description?: string | null } }>();
    expectTypeOf(useDeleteTag().mutate).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(useAssignTags().mutate).parameter(0).toEqualTypeOf<{ conversationId: string; tagIds: string[] }>();
    expectTypeOf(useUnassignTag().mutate).parameter(0).toEqualTypeOf<{ conversationId: string; tagId: string }>();
  });

  it("hands the caller's onMutate result to its own callbacks", () => {
    useDeleteTag({
      onMutate: () => ({ at: 1 }),
      onError: (_error, _tagId, context) => {
        expectTypeOf(context).toEqualTypeOf<{ at: number } | undefined>();
      },
    });
  });
});
