import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { DeleteTagButton } from "../src";
import { sampleTags } from "../test/support/fixtures";
import { tagsApiOf } from "./support/tagsApi";

const [tag] = sampleTags(1) as [ReturnType<typeof sampleTags>[number]];

/**
 * A delete button that asks first, in a native modal `<dialog>` (alertdialog) naming the tag:
 * Escape cancels, focus starts on Cancel and returns to the button.
 */
const meta = {
  title: "DeleteTagButton",
  component: DeleteTagButton,
  tags: ["autodocs"],
  args: { tag, onDeleted: fn(), onError: fn() },
  parameters: { tagsApi: { mock: { tags: [tag] } } },
} satisfies Meta<typeof DeleteTagButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: one button, named after the tag. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "Delete Billing 1" })).toHaveTextContent("Delete");
    await expect(canvas.queryByRole("alertdialog")).toBeNull();
  },
};

/** Open: the confirmation names the tag; focus is on Cancel. */
export const Confirming: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Delete Billing 1" }));
    const dialog = canvas.getByRole("alertdialog", { name: "Delete “Billing 1”?" });
    await expect(dialog).toHaveAccessibleDescription("Conversations lose this tag. This cannot be undone.");
    await expect(within(dialog).getByRole("button", { name: "Cancel" })).toHaveFocus();
  },
};

/** Cancel: nothing is sent and focus is back on the button (Escape does the same; the e2e tests press it). */
export const Cancelled: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole("button", { name: "Delete Billing 1" });
    await userEvent.click(button);
    await userEvent.click(canvas.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(canvas.queryByRole("alertdialog")).toBeNull());
    await expect(button).toHaveFocus();
    await expect(tagsApiOf(loaded).api.tags()).toHaveLength(1);
  },
};

/** Confirmed: the API deletes it and `onDeleted` runs. */
export const Deleted: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Delete Billing 1" }));
    await userEvent.click(canvas.getByRole("button", { name: "Delete tag" }));
    await waitFor(() => expect(args.onDeleted).toHaveBeenCalledWith(tag));
    await expect(tagsApiOf(loaded).api.tags()).toHaveLength(0);
  },
};

/** Refused: an alert beside the button says the tag was not deleted. */
export const Refused: Story = {
  parameters: {
    tagsApi: { mock: { tags: [tag] }, failures: [{ failure: { kind: "status", status: 503, body: { detail: "busy" } } }] },
  },
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Delete Billing 1" }));
    await userEvent.click(canvas.getByRole("button", { name: "Delete tag" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("“Billing 1” was not deleted.");
    await expect(args.onError).toHaveBeenCalled();
  },
};
