import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, within } from "storybook/test";
import { EditTagForm } from "../src";
import { sampleTags, unprocessable } from "../test/support/fixtures";
import { requestsOf, tagsApiOf } from "./support/tagsApi";

const [tag] = sampleTags(1) as [ReturnType<typeof sampleTags>[number]];

/**
 * The edit form: the create form's engine in edit mode. Same fields, counters, rules and 422
 * placement; PATCH sends only what changed.
 */
const meta = {
  title: "EditTagForm",
  component: EditTagForm,
  tags: ["autodocs"],
  args: { tag, onSuccess: fn(), onCancel: fn() },
  parameters: { tagsApi: { mock: { tags: [tag] } } },
} satisfies Meta<typeof EditTagForm>;

export default meta;
type Story = StoryObj<typeof meta>;

function title(canvasElement: HTMLElement): HTMLElement {
  return within(canvasElement).getByRole("textbox", { name: "Title" });
}

/** Filled with the tag's title and description. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(title(canvasElement)).toHaveValue("Billing 1");
    await expect(canvas.getByRole("textbox", { name: "Description" })).toHaveValue("Added by the support team.");
    await expect(canvas.getByRole("button", { name: "Save" })).toBeVisible();
  },
};

/** Saved: only the title was sent; a polite status names the tag. */
export const Saved: Story = {
  play: async ({ canvasElement, args, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.type(title(canvasElement), "!");
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Tag “Billing 1!” saved")).toBeVisible();
    await expect(requestsOf(loaded, "PATCH")).toHaveLength(1);
    await expect(tagsApiOf(loaded).api.tags()[0]?.title).toBe("Billing 1!");
    await expect(args.onSuccess).toHaveBeenCalled();
  },
};

/** Nothing changed: nothing is sent, and the form says so. */
export const Unchanged: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Nothing changed, so nothing was saved.")).toBeVisible();
    await expect(requestsOf(loaded, "PATCH")).toHaveLength(0);
  },
};

/** The title emptied: the same client-side rule as the create form. */
export const TitleRequired: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.clear(title(canvasElement));
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Enter a title")).toBeVisible();
    await expect(title(canvasElement)).toHaveAttribute("aria-invalid", "true");
  },
};

/** The server refuses the title (422): the message sits under the field, as in the create form. */
export const ServerFieldError: Story = {
  parameters: {
    tagsApi: { mock: { tags: [tag] }, failures: [{ failure: unprocessable({ loc: ["body", "title"], msg: "Title is taken" }) }] },
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(title(canvasElement), "!");
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByText("Title is taken")).toBeVisible();
    await expect(title(canvasElement)).toHaveFocus();
  },
};

/** The tag was deleted meanwhile (404): the alert says so and keeps what was typed. */
export const TagDeleted: Story = {
  parameters: { tagsApi: { mock: { tags: [] } } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(title(canvasElement), "!");
    await userEvent.click(canvas.getByRole("button", { name: "Save" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("This tag was deleted");
    await expect(title(canvasElement)).toHaveValue("Billing 1!");
  },
};
