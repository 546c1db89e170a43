import type { InfiniteData } from "@tanstack/react-query";
import type { MouseEventHandler } from "react";
import { describe, expectTypeOf, it } from "vitest";
import {
  createTagsClient,
  TagsApiError,
  useCreateTag,
  useTags,
  type ConversationTag,
  type CreateTagFormProps,
  type UseCreateTagFormOptions,
  type ListTagsPage,
  type TagsApiErrorKind,
  type TagFilterProps,
  type UseTagFilterOptions,
} from "../src";

describe("public types", () => {
  it("resolves useCreateTag().mutateAsync to a ConversationTag and types its error as TagsApiError", () => {
    const mutation = useCreateTag();
    expectTypeOf(mutation.mutateAsync).returns.resolves.toEqualTypeOf<ConversationTag>();
    expectTypeOf(mutation.error).toEqualTypeOf<TagsApiError | null>();
    expectTypeOf(mutation.mutate).parameter(0).toEqualTypeOf<{ title: string; description?: string | null }>();
  });

  it("keeps a tag's description nullable, as on the wire", () => {
    expectTypeOf<ConversationTag["description"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ConversationTag["created_at_unix_secs"]>().toEqualTypeOf<number>();
  });

  it("pages useTags as ListTagsPage with TagsApiError", () => {
    const tags = useTags();
    expectTypeOf(tags.data).toEqualTypeOf<InfiniteData<ListTagsPage, string | null> | undefined>();
    expectTypeOf(tags.error).toEqualTypeOf<TagsApiError | null>();
  });

  it("types every client call", () => {
    const client = createTagsClient({ baseUrl: "/api/elevenlabs" });
    expectTypeOf(client.createTag({ title: "t" })).resolves.toEqualTypeOf<ConversationTag>();
    expectTypeOf(client.listTags()).resolves.toEqualTypeOf<ListTagsPage>();
    expectTypeOf(client.deleteTag("tag_1")).resolves.toBeVoid();
    expectTypeOf<TagsApiError["kind"]>().toEqualTypeOf<TagsApiErrorKind>();
    expectTypeOf<TagsApiError["fieldErrors"]>().toEqualTypeOf<{ title?: string[]; description?: string[] }>();
  });

  it("takes every useCreateTagForm option on CreateTagForm, typed as the hook types it", () => {
    type HookOptions = UseCreateTagFormOptions<{ previous: number }>;
    type FormProps = CreateTagFormProps<{ previous: number }>;
    expectTypeOf<Pick<FormProps, keyof HookOptions>>().toEqualTypeOf<HookOptions>();
    // A <form> attribute of the same name (onError is also a DOM event) never widens the hook's option.
    expectTypeOf<FormProps["onError"]>().toEqualTypeOf<HookOptions["onError"]>();
  });

  it("takes every useTagFilter option on TagFilter, and its onChange is the filter's, not the <div>'s", () => {
    expectTypeOf<Pick<TagFilterProps, keyof UseTagFilterOptions>>().toEqualTypeOf<UseTagFilterOptions>();
    expectTypeOf<TagFilterProps["onChange"]>().toEqualTypeOf<(tagIds: string[]) => void>();
    expectTypeOf<TagFilterProps["value"]>().toEqualTypeOf<readonly string[]>();
  });

  it("types each part's *Props as that element's native props, className and handlers included", () => {
    expectTypeOf<NonNullable<CreateTagFormProps["cancelProps"]>["onClick"]>().toEqualTypeOf<
      MouseEventHandler<HTMLButtonElement> | undefined
    >();
    expectTypeOf<NonNullable<CreateTagFormProps["titleInputProps"]>["className"]>().toEqualTypeOf<string | undefined>();
  });
});
