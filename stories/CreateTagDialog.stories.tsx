import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { CreateTagDialog, TagList } from "../src";
import { sampleTags } from "../test/support/fixtures";
import { tagsApiOf } from "./support/tagsApi";

/**
 * A "New tag" button that opens `CreateTagForm` in a native modal `<dialog>`; it closes on
 * success, focus returns to the button and a status names the new tag.
 */
const meta = {
  title: "CreateTagDialog",
  component: CreateTagDialog,
  tags: ["autodocs"],
  args: { onCreated: fn() },
} satisfies Meta<typeof CreateTagDialog>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed: the button alone. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("button", { name: "New tag" })).toBeVisible();
    await expect(canvas.queryByRole("dialog")).toBeNull();
  },
};

/** Open: a modal dialog titled "New tag", focus in the title field. */
export const Open: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "New tag" }));
    const dialog = canvas.getByRole("dialog", { name: "New tag" });
    await expect(within(dialog).getByRole("textbox", { name: "Title" })).toHaveFocus();
  },
};

/** Cancel closes it and focus goes back to the button. */
export const Cancelled: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole("button", { name: "New tag" });
    await userEvent.click(button);
    await userEvent.click(canvas.getByRole("button", { name: "Cancel" }));
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
    await expect(button).toHaveFocus();
  },
};

/** Created: the dialog closed, focus is on the button, and the status names the tag. */
export const Created: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole("button", { name: "New tag" });
    await userEvent.click(button);
    await userEvent.type(canvas.getByRole("textbox", { name: "Title" }), "Escalation{Enter}");
    await waitFor(() => expect(canvas.queryByRole("dialog")).toBeNull());
    await expect(button).toHaveFocus();
    await expect(canvas.getByRole("status")).toHaveTextContent("Tag “Escalation” created");
    await expect(args.onCreated).toHaveBeenCalled();
    await expect(tagsApiOf(loaded).api.tags()[0]?.title).toBe("Escalation");
  },
};

/**
 * As the README places it: beside a heading and `TagList`, inside no kit element. The button carries
 * the theme itself, so it looks like the list's own buttons.
 */
export const BesideTagList: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(2) } } },
  render: (args) => (
    <>
      <h2 id="tags-heading">Tags</h2>
      <CreateTagDialog {...args} />
      <TagList aria-labelledby="tags-heading" pageSize={10} />
    </>
  ),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const newTag = canvas.getByRole("button", { name: "New tag" });
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(2));
    await expect(newTag.parentElement?.closest("[data-ctk]")).toBeNull();
    const edit = canvas.getByRole("button", { name: "Edit Billing 1" });
    for (const property of ["borderTopColor", "fontSize", "fontFamily", "minHeight"] as const) {
      await expect(getComputedStyle(newTag)[property]).toBe(getComputedStyle(edit)[property]);
    }
  },
};
