import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConversationTagPicker } from "../src";
import { sampleTags } from "../test/support/fixtures";
import { openWithDown } from "./support/openWithDown";
import { always, requestsOf, tagsApiOf } from "./support/tagsApi";
import { withPopupRoom } from "./support/withPopupRoom";

/**
 * Tags one conversation: chips for its tags and a combobox over all of the workspace's tags that
 * also creates the tag you type. Each story has its own mock API; its `play` puts the picker in the
 * state its name says and checks it (axe runs on that state).
 */
const meta = {
  title: "ConversationTagPicker/States",
  component: ConversationTagPicker,
  tags: ["autodocs"],
  args: { conversationId: "conv_story", defaultTagIds: [] },
  parameters: { tagsApi: { mock: { tags: sampleTags(12) } } },
  decorators: [withPopupRoom],
} satisfies Meta<typeof ConversationTagPicker>;

export default meta;
type Story = StoryObj<typeof meta>;

const input = (canvasElement: HTMLElement) => within(canvasElement).getByRole("combobox", { name: "Add tags" });
const options = (canvasElement: HTMLElement) => within(canvasElement).queryAllByRole("option");

/** Nothing assigned yet, popup closed. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(input(canvasElement)).toHaveAttribute("aria-expanded", "false");
    await expect(within(canvasElement).queryByRole("list")).toBeNull();
  },
};

/** Three tags assigned, each a chip with a remove button. */
export const WithTags: Story = {
  args: { defaultTagIds: ["tag_sample_001", "tag_sample_002", "tag_sample_003"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("button", { name: "Remove tag Billing 1" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Remove tag Bug report 3" })).toBeVisible();
  },
};

/** Open with Down: every tag, assigned ones checked (`aria-selected`), the first one active. */
export const Open: Story = {
  args: { defaultTagIds: ["tag_sample_002"] },
  play: ({ canvasElement }) => openWithDown(canvasElement, "Add tags"),
};

/** Typing filters, ignoring case and accents; the create option comes last. */
export const Filtered: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(input(canvasElement), "BÍLL");
    await waitFor(() => expect(options(canvasElement).map((option) => option.textContent)).toEqual(["Billing 1", "Billing 8", "Create tag “BÍLL”"]));
  },
};

/** A thousand tags: 50 options rendered, and how many more match. */
export const ThousandTags: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(1000) } } },
  play: async ({ canvasElement, loaded }) => {
    await userEvent.type(input(canvasElement), "bil");
    await waitFor(() => expect(within(canvasElement).getByText("93 more tags match — keep typing")).toBeVisible(), {
      timeout: 5000,
    });
    await expect(options(canvasElement)).toHaveLength(51);
    await expect(requestsOf(loaded, "GET")).toHaveLength(10);
  },
};

/** The workspace's tags are still loading. */
export const Loading: Story = {
  parameters: { tagsApi: { failures: [{ failure: { kind: "hang" } }] } },
  play: async ({ canvasElement }) => {
    await userEvent.click(input(canvasElement));
    await expect(within(canvasElement).getByText("Loading tags…", { selector: "[data-slot=picker-loading]" })).toBeVisible();
  },
};

/** The tags could not be loaded. */
export const LoadFailed: Story = {
  parameters: { tagsApi: { failures: [always({ kind: "status", status: 500, body: { detail: "boom" } })] } },
  play: async ({ canvasElement }) => {
    await userEvent.click(input(canvasElement));
    await expect(await within(canvasElement).findByText("The tags could not be loaded.", {}, { timeout: 4000 })).toBeVisible();
  },
};

/** A new title: "Create tag “…”" is the only option and Enter creates and assigns it. */
export const CreateOnType: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(input(canvasElement), "Needs callback");
    await waitFor(() => expect(options(canvasElement).map((option) => option.textContent)).toEqual(["Create tag “Needs callback”"]));
    await userEvent.keyboard("{Enter}");
    await expect(await canvas.findByRole("button", { name: "Remove tag Needs callback" })).toBeVisible();
    await expect(canvas.getByRole("status")).toHaveTextContent("Tag “Needs callback” created and added");
  },
};

/** Past 120 characters (counted as the server counts) the create option is disabled and says why. */
export const CreateTooLong: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.click(input(canvasElement));
    await userEvent.paste("🦜".repeat(125));
    const create = await within(canvasElement).findByRole("option", { name: /Create tag/ });
    await expect(create).toHaveAttribute("aria-disabled", "true");
    await expect(create).toHaveTextContent("Title must be 120 characters or fewer (5 characters too many)");
  },
};

/** The server refuses the create with a 422: its message under the picker, the text kept. */
export const CreateRefused: Story = {
  parameters: {
    tagsApi: {
      mock: { tags: sampleTags(3), titleMaxLength: 5 },
    },
  },
  play: async ({ canvasElement }) => {
    await userEvent.type(input(canvasElement), "Too long here");
    await waitFor(() => expect(options(canvasElement)).toHaveLength(1));
    await userEvent.keyboard("{Enter}");
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent("Tag “Too long here” was not created. String should have at most 5 characters");
    await expect(input(canvasElement)).toHaveValue("Too long here");
  },
};

/** The API refuses the assign: the chip goes again and a message names the tag. */
export const AssignRefused: Story = {
  play: async ({ canvasElement, loaded }) => {
    await userEvent.type(input(canvasElement), "Churn");
    await waitFor(() => expect(options(canvasElement)[0]).toHaveTextContent("Churn risk 5"));
    tagsApiOf(loaded).api.failNext({ kind: "status", status: 403, body: { detail: { status: "forbidden", message: "No" } } });
    await userEvent.keyboard("{Enter}");
    await expect(await within(canvasElement).findByRole("alert")).toHaveTextContent(
      "Tag “Churn risk 5” could not be added to this conversation, so it was taken off again.",
    );
    await expect(within(canvasElement).queryByRole("list")).toBeNull();
  },
};

/** An id that is not among the workspace's tags (deleted elsewhere) is a removable "Deleted tag" chip. */
export const DeletedTag: Story = {
  args: { defaultTagIds: ["tag_sample_001", "tag_gone"] },
  play: async ({ canvasElement }) => {
    await expect(await within(canvasElement).findByRole("button", { name: "Remove tag Deleted tag" })).toBeVisible();
  },
};

/** Dark theme, popup open on a filtered list with a create option. */
export const Dark: Story = {
  globals: { theme: "dark" },
  args: { defaultTagIds: ["tag_sample_001", "tag_gone"] },
  play: async ({ canvasElement }) => {
    await userEvent.type(input(canvasElement), "re");
    await waitFor(() => expect(options(canvasElement).at(-1)).toHaveTextContent("Create tag “re”"));
  },
};
