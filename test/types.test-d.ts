import type { InfiniteData } from "@tanstack/react-query";
import { describe, expectTypeOf, it } from "vitest";
import {
  createTagsClient,
  TagsApiError,
  useCreateTag,
  useTags,
  type ConversationTag,
  type ListTagsPage,
  type TagsApiErrorKind,
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
});
