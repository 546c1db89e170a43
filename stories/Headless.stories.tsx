import type { Meta, StoryObj } from "@storybook/react-vite";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import {
  countCharacters,
  describeFieldError,
  TAG_TITLE_MAX_LENGTH,
  useCreateTagForm,
  type ConversationTag,
  type UseCreateTagFormOptions,
} from "../src";
import { tagsApiOf } from "./support/tagsApi";
import { withLocale } from "./support/withLocale";

/**
 * A "quick add" bar built only on `useCreateTagForm`: one field, a button beside it, and the tags
 * added so far as chips. The hook brings validation, the request, error placement, focus and ids;
 * the markup is all yours. Its props below are the hook's options.
 */
function QuickAddTag(options: UseCreateTagFormOptions) {
  const [added, setAdded] = useState<ConversationTag[]>([]);
  const tagForm = useCreateTagForm({
    showDescription: false,
    ...options,
    onSuccess: (tag) => {
      setAdded((tags) => [tag, ...tags]);
      options.onSuccess?.(tag);
    },
  });
  const { form, ids, status, serverError, messages } = tagForm;
  const fieldError = form.formState.errors.title;
  const error = describeFieldError("title", fieldError, messages);
  const left = TAG_TITLE_MAX_LENGTH - countCharacters(useWatch({ control: form.control, name: "title" }));

  return (
    <div style={{ display: "grid", gap: "0.75rem", maxWidth: "32rem", fontFamily: "system-ui, sans-serif" }}>
      <form noValidate onSubmit={(event) => void tagForm.handleSubmit(event)} style={{ display: "grid", gap: "0.25rem" }}>
        <label htmlFor={ids.title.input} style={{ fontWeight: 600 }}>
          {messages.titleLabel}
        </label>
        <div style={{ display: "flex", gap: "0.5rem" }}>
          <input
            {...tagForm.getFieldProps("title", { invalid: fieldError !== undefined })}
            placeholder="e.g. Refund"
            style={{ flex: 1, minWidth: 0, padding: "0.4rem 0.6rem", borderRadius: 999, border: "1px solid #767676" }}
          />
          <button type="submit" aria-busy={status === "submitting"} style={{ borderRadius: 999, padding: "0.4rem 1rem" }}>
            {status === "submitting" ? "Adding…" : "Add tag"}
          </button>
        </div>
        <small id={ids.title.counter}>{left >= 0 ? `${left} characters left` : `${-left} characters too many`}</small>
        {error === null ? null : (
          <p id={ids.title.error} style={{ margin: 0, color: "#b42318", fontWeight: 600 }}>
            {error}
          </p>
        )}
        {serverError === null ? null : (
          <div {...tagForm.getAlertProps()}>{serverError}</div>
        )}
      </form>
      <ul aria-label="Added tags" style={{ display: "flex", flexWrap: "wrap", gap: "0.5rem", padding: 0, margin: 0 }}>
        {added.map((tag) => (
          <li key={tag.tag_id} style={{ listStyle: "none", border: "1px solid currentColor", borderRadius: 999, padding: "0 0.6rem" }}>
            {tag.title}
          </li>
        ))}
      </ul>
    </div>
  );
}

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
