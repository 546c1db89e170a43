import type { Meta, StoryObj } from "@storybook/react-vite";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { CreateTagForm, TagList, tagKeys, TagsApiProvider } from "../src";
import { tagsApiOf } from "./support/tagsApi";

/**
 * `TagsApiProvider` gives the kit its client. Inside a host app's own `QueryClientProvider` it
 * shares that cache; with none it brings its own, so the kit works with zero react-query set-up.
 * Either way, a tag created with the form shows up in every tag list without a reload.
 */
const meta = {
  title: "TagsApiProvider",
  component: TagsApiProvider,
  tags: ["autodocs"],
  // An app passes its proxy's path; the stories pass the path of their own mock API instead.
  args: { baseUrl: "/api/elevenlabs" },
  parameters: { tagsApi: { provider: false }, controls: { disable: true } },
} satisfies Meta<typeof TagsApiProvider>;

export default meta;
type Story = StoryObj<typeof meta>;

function hostQueryClientOf(loaded: Record<string, unknown>): QueryClient {
  const client = loaded.hostQueryClient;
  if (!(client instanceof QueryClient)) throw new Error("the host query client was not loaded");
  return client;
}

/** Creates a tag through the form and waits for it to appear in the list beside it. */
async function createAndSeeInList(canvasElement: HTMLElement, title: string) {
  const canvas = within(canvasElement);
  await expect(await canvas.findByText("No tags yet. Tags you create appear here.")).toBeVisible();
  await userEvent.type(canvas.getByRole("textbox", { name: "Title" }), title);
  await userEvent.click(canvas.getByRole("button", { name: "Create tag" }));
  await waitFor(() => expect(canvas.getByRole("listitem")).toHaveTextContent(title));
}

/** The host app owns the `QueryClient`; the kit's queries and mutations land in the host's cache. */
export const InsideHostQueryClientProvider: Story = {
  loaders: [() => ({ hostQueryClient: new QueryClient({ defaultOptions: { queries: { retry: false } } }) })],
  render: (_args, { loaded }) => (
    <QueryClientProvider client={hostQueryClientOf(loaded)}>
      <TagsApiProvider baseUrl={tagsApiOf(loaded).baseUrl}>
        <CreateTagForm />
        <TagList pageSize={5} />
      </TagsApiProvider>
    </QueryClientProvider>
  ),
  play: async ({ canvasElement, loaded }) => {
    await createAndSeeInList(canvasElement, "Shared cache");
    const [tag] = tagsApiOf(loaded).api.tags();
    if (!tag) throw new Error("no tag was created");
    await expect(hostQueryClientOf(loaded).getQueryData(tagKeys.detail(tag.tag_id))).toEqual(tag);
  },
};

/** No `QueryClientProvider` anywhere: the provider creates its own and everything still works. */
export const WithoutQueryClientProvider: Story = {
  render: (_args, { loaded }) => (
    <TagsApiProvider baseUrl={tagsApiOf(loaded).baseUrl}>
      <CreateTagForm />
      <TagList pageSize={5} />
    </TagsApiProvider>
  ),
  play: async ({ canvasElement }) => {
    await createAndSeeInList(canvasElement, "Own cache");
  },
};
