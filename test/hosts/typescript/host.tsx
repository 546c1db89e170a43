/**
 * A host app's code against the packed kit: every entry's main exports, used with their types, so a
 * declaration that resolves to nothing (or to `any`) under one `moduleResolution` fails `tsc` there.
 * check.ts type-checks it with each tsconfig.<resolution>.json beside it (see that file).
 */
import { QueryClient } from "@tanstack/react-query";
import {
  CreateTagDialog,
  CreateTagForm,
  ConversationTagPicker,
  TagList,
  TagsApiProvider,
  defaultMessages,
  describeTagError,
  useCreateTag,
  useTags,
  type TagMessages,
} from "convai-tag-kit";
import {
  TAG_TITLE_MAX_LENGTH,
  TagsApiError,
  countCharacters,
  createTagRequestSchema,
  createTagsClient,
  tagKeys,
  tagListQueryOptions,
  type ConversationTag,
  type TagsClient,
} from "convai-tag-kit/core";
import { createTagsHandlers } from "convai-tag-kit/msw";
import { createMockTagsApi, createTagsProxy, type MockTagsApi, type TagsProxy } from "convai-tag-kit/server";
import type { HttpHandler } from "msw";

// convai-tag-kit/core: the client, its errors, cache keys and query options a server prefetches with.
export const client: TagsClient = createTagsClient({ baseUrl: "https://api.example.test", headers: { "xi-api-key": "k" } });
export const created: Promise<ConversationTag> = client.createTag({ title: "Billing" });
export const prefetched: Promise<unknown> = new QueryClient().infiniteQuery(tagListQueryOptions(client, { page_size: 20 }));
export const listKey: readonly unknown[] = tagKeys.lists();
const parsed = createTagRequestSchema.safeParse({ title: "Billing" });
export const title: string | undefined = parsed.success ? parsed.data.title : undefined;
export const fits: boolean = countCharacters("👍") <= TAG_TITLE_MAX_LENGTH;
export function isRefused(error: unknown): boolean {
  return error instanceof TagsApiError && error.kind === "forbidden";
}

// convai-tag-kit/server and convai-tag-kit/msw: objects with fetch(request), and MSW handlers over one.
export const proxy: TagsProxy = createTagsProxy({ apiKey: "k", basePath: "/api/elevenlabs", authorize: () => true });
export const handle: (request: Request) => Promise<Response> = proxy.fetch;
export const mockApi: MockTagsApi = createMockTagsApi();
export const answered: Promise<Response> = mockApi.fetch(new Request("http://localhost/v1/convai/tags"));
export const handlers: HttpHandler[] = createTagsHandlers({ api: mockApi, baseUrl: "/api/elevenlabs" });

// convai-tag-kit: the provider, hooks and components.
const messages: TagMessages = { ...defaultMessages, submitLabel: "Save" };

function Titles() {
  const tags = useTags({ page_size: 20 });
  const create = useCreateTag({
    onError: (error: TagsApiError) => {
      console.warn(describeTagError(error, messages));
    },
  });
  const error: TagsApiError | null = tags.error;
  const titles: string[] = tags.data?.pages.flatMap((page) => page.conversation_tags.map((tag) => tag.title)) ?? [];
  return (
    <button
      type="button"
      disabled={create.isPending}
      onClick={() => {
        create.mutate({ title: "New" });
      }}
    >
      {error ? error.kind : titles.join(", ")}
    </button>
  );
}

export const app = (
  <TagsApiProvider baseUrl="/api/elevenlabs">
    <CreateTagForm messages={messages} onSuccess={(tag: ConversationTag) => { console.info(tag.tag_id); }} />
    <CreateTagDialog />
    <TagList aria-label="Tags" pageSize={20} />
    <ConversationTagPicker conversationId="conv_1" />
    <Titles />
  </TagsApiProvider>
);
