import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { QuickAddTag } from "./support/QuickAddTag";
import { tagsApiOf } from "./support/tagsApi";
import { withLocale } from "./support/withLocale";

/**
 * `useCreateTagForm` without `CreateTagForm`: a "quick add" bar whose markup is entirely the app's
 * (see `stories/support/QuickAddTag.tsx`). The table below lists the hook's options.
 */
const meta = {
  title: "Headless/useCreateTagForm",
  component: QuickAddTag,
  tags: ["autodocs"],
  decorators: [withLocale],
  args: { onSuccess: fn(), onError: fn() },
} satisfies Meta<typeof QuickAddTag>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Empty submit, then two tags added with the mouse and with Enter. */
export const QuickAdd: Story = {
  play: async ({ canvasElement, loaded, args }) => {
    const canvas = within(canvasElement);
    const title = canvas.getByRole("textbox", { name: "Title" });
    await userEvent.click(canvas.getByRole("button", { name: "Add tag" }));
    await expect(await canvas.findByText("Enter a title")).toBeVisible();
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(title).toHaveFocus();
    await userEvent.type(title, "Refund");
    await expect(title).toHaveAccessibleDescription("114 characters left");
    await userEvent.click(canvas.getByRole("button", { name: "Add tag" }));
    const added = canvas.getByRole("list", { name: "Added tags" });
    await waitFor(() => expect(within(added).getByText("Refund")).toBeVisible());
    await expect(title).toHaveValue("");
    await userEvent.type(title, "Churn risk{Enter}");
    await waitFor(() => expect(within(added).getAllByRole("listitem")).toHaveLength(2));
    await expect(args.onSuccess).toHaveBeenCalledTimes(2);
    await expect(tagsApiOf(loaded).api.tags().map((tag) => tag.title)).toEqual(["Churn risk", "Refund"]);
  },
};

/** The same hook places a server failure in your alert and moves focus to it. */
export const QuickAddOffline: Story = {
  parameters: { tagsApi: { failures: [{ failure: { kind: "network" } }] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.type(canvas.getByRole("textbox", { name: "Title" }), "Refund{Enter}");
    const alert = await canvas.findByRole("alert");
    await expect(alert).toHaveTextContent("The tags service could not be reached.");
    await waitFor(() => expect(alert).toHaveFocus());
    await expect(canvas.getByRole("textbox", { name: "Title" })).toHaveValue("Refund");
  },
};
