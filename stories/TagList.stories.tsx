import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { TagList, type ConversationTag } from "../src";
import { sampleTags } from "../test/support/fixtures";
import { always, requestsOf, tagsApiOf } from "./support/tagsApi";

/**
 * The workspace's tags, newest first: "Load more" over cursor pages, loading, empty and error
 * states, and per row an inline edit and a delete that asks first.
 */
const meta = {
  title: "TagList",
  component: TagList,
  tags: ["autodocs"],
  args: { pageSize: 3 },
} satisfies Meta<typeof TagList>;

export default meta;
type Story = StoryObj<typeof meta>;

/** No tags in the workspace yet. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No tags yet. Tags you create appear here.")).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Load more" })).toBeNull();
  },
};

/** Everything fits on one page: no "Load more"; each row has Edit and Delete. */
export const OnePage: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(3) } } },
  args: { pageSize: 10 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(3));
    await expect(canvas.getAllByRole("listitem")[0]).toHaveTextContent("Billing 1");
    await expect(canvas.getByRole("button", { name: "Edit Billing 1" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Delete Billing 1" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Load more" })).toBeNull();
  },
};

/** Seven tags, three a page: "Load more" follows the cursor until the last page. */
export const SeveralPages: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(7) } } },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(3));
    await userEvent.click(canvas.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(6));
    await userEvent.click(canvas.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(7));
    await expect(canvas.getAllByRole("listitem")[6]).toHaveTextContent("Onboarding 7");
    await expect(canvas.queryByRole("button", { name: "Load more" })).toBeNull();
    await expect(requestsOf(loaded, "GET")).toHaveLength(3);
  },
};

/** The first page has not arrived (the mock API never answers here). */
export const Loading: Story = {
  parameters: { tagsApi: { failures: [{ failure: { kind: "hang" } }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("Loading tags…");
    await expect(canvas.queryByRole("list")).toBeNull();
  },
};

/** A 500 on every try (the first and two retries); "Try again" then succeeds. */
export const LoadError: Story = {
  parameters: {
    tagsApi: {
      mock: { tags: sampleTags(2) },
      failures: [{ failure: { kind: "status", status: 500, body: { detail: "Internal Server Error" } }, times: 3 }],
    },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent("Could not load the tags. The server could not list the tags.");
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(2));
  },
};

/** "Edit" turns the row into the edit form; Save patches the row in place and focus returns to Edit. */
export const EditingARow: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(3) } } },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Edit Refund 2" }));
    const editor = canvas.getByRole("form", { name: "Edit Refund 2" });
    const title = within(editor).getByRole("textbox", { name: "Title" });
    await expect(title).toHaveFocus();
    await userEvent.clear(title);
    await userEvent.type(title, "Refunds");
    await userEvent.click(within(editor).getByRole("button", { name: "Save" }));
    await expect(await canvas.findByRole("button", { name: "Edit Refunds" })).toHaveFocus();
    await expect(canvas.getByText("Tag “Refunds” saved")).toBeInTheDocument();
    await expect(tagsApiOf(loaded).api.tags()[1]?.title).toBe("Refunds");
  },
};

/** The delete confirmation, open: it names the tag and focus starts on Cancel. */
export const ConfirmingADelete: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(3) } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Delete Refund 2" }));
    const dialog = canvas.getByRole("alertdialog", { name: "Delete “Refund 2”?" });
    await expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
  },
};

/** Confirmed: the row leaves at once and focus moves to the next row. */
export const Deleted: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(3) } } },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Delete Refund 2" }));
    await userEvent.click(canvas.getByRole("button", { name: "Delete tag" }));
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(2));
    await expect(canvas.getByRole("button", { name: "Edit Bug report 3" })).toHaveFocus();
    await waitFor(() => expect(tagsApiOf(loaded).api.tags()).toHaveLength(2));
    await expect(await canvas.findByText("Tag “Refund 2” deleted")).toBeInTheDocument();
  },
};

/** The API refuses the delete: the row comes back where it was, and an alert says so. */
export const DeleteRefused: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(3) } } },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Delete Refund 2" }));
    tagsApiOf(loaded).api.failNext(always({ kind: "status", status: 500, body: { detail: "boom" } }).failure);
    await userEvent.click(canvas.getByRole("button", { name: "Delete tag" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent(
      "“Refund 2” was not deleted. Something went wrong on the server. Try again.",
    );
    await waitFor(() => expect(canvas.getAllByRole("listitem")[1]).toHaveTextContent("Refund 2"));
  },
};

function openLink(tag: ConversationTag) {
  return <a href={`#/tags/${tag.tag_id}`}>Open {tag.title}</a>;
}

/** Row actions replaced (a link instead of Edit) or removed (`deleteAction={null}`). */
export const CustomActions: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(2) } } },
  args: { editAction: openLink, deleteAction: null },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("link", { name: "Open Billing 1" })).toBeVisible();
    await expect(canvas.queryByRole("button", { name: /^Edit|^Delete/ })).toBeNull();
  },
};
