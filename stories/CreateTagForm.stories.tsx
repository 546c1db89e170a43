import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { CreateTagForm } from "../src";
import { formParts } from "./support/formParts";
import { always, requestsOf, tagsApiOf } from "./support/tagsApi";
import { withLocale } from "./support/withLocale";

/**
 * The form through its everyday states: typing, client-side validation, sending, success, and
 * a keyboard-only run. Every story talks to its own mock tags API through MSW.
 */
const meta = {
  title: "CreateTagForm/States",
  component: CreateTagForm,
  tags: ["autodocs"],
  decorators: [withLocale],
  args: { onSuccess: fn(), onError: fn(), counterProps: { delay: 300 } },
} satisfies Meta<typeof CreateTagForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** An empty form: labelled fields, counters at zero, nothing announced yet. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const form = formParts(canvasElement);
    await expect(form.title()).toHaveValue("");
    await expect(form.description()).toHaveAccessibleDescription(/Optional/);
    await expect(form.canvas.getByText("0 / 120")).toBeVisible();
    await expect(form.canvas.getByText("0 / 1000")).toBeVisible();
    await expect(form.submit()).toBeEnabled();
    await expect(form.canvas.queryByRole("alert")).toBeNull();
  },
};

/** Both fields typed in; the counters follow, and nothing is sent until the person submits. */
export const Filled: Story = {
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await userEvent.type(form.title(), "Billing question");
    await userEvent.type(form.description(), "The caller asks about an invoice.");
    await expect(form.canvas.getByText("16 / 120")).toBeVisible();
    await expect(form.canvas.getByText("33 / 1000")).toBeVisible();
    await expect(form.title()).toHaveAttribute("aria-invalid", "false");
    await expect(requestsOf(loaded, "POST")).toHaveLength(0);
  },
};

/** 121 emoji are 121 characters (not 242): the counter and the error count code points, like the API. */
export const TitleTooLongWithEmoji: Story = {
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await userEvent.click(form.title());
    await userEvent.paste("😀".repeat(121));
    await expect(form.canvas.getByText("121 / 120")).toBeVisible();
    await expect(await form.canvas.findByText("1 character too many")).toBeInTheDocument();
    await userEvent.click(form.submit());
    await expect(await form.canvas.findByText("Title must be 120 characters or fewer")).toBeVisible();
    await expect(form.title()).toHaveAttribute("aria-invalid", "true");
    await expect(form.title()).toHaveFocus();
    await expect(requestsOf(loaded, "POST")).toHaveLength(0);
  },
};

/** A description past 1000 characters is refused before anything is sent. */
export const DescriptionTooLong: Story = {
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await userEvent.type(form.title(), "Long notes");
    await userEvent.click(form.description());
    await userEvent.paste("a".repeat(1001));
    await expect(form.canvas.getByText("1001 / 1000")).toBeVisible();
    await userEvent.click(form.submit());
    await expect(await form.canvas.findByText("Description must be 1000 characters or fewer")).toBeVisible();
    await expect(form.description()).toHaveAttribute("aria-invalid", "true");
    await expect(form.description()).toHaveFocus();
    await expect(requestsOf(loaded, "POST")).toHaveLength(0);
  },
};

/** A title of spaces only is empty once trimmed, as the API would see it. */
export const WhitespaceOnlyTitle: Story = {
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await userEvent.type(form.title(), "     ");
    await expect(form.canvas.getByText("0 / 120")).toBeVisible();
    await userEvent.click(form.submit());
    await expect(await form.canvas.findByText("Enter a title")).toBeVisible();
    await expect(form.title()).toHaveAccessibleDescription(/Enter a title/);
    await expect(requestsOf(loaded, "POST")).toHaveLength(0);
  },
};

/**
 * The request is on its way (this API never answers): the button says it is busy, the root has
 * `data-pending`, and a second click sends nothing.
 */
export const Submitting: Story = {
  parameters: { tagsApi: { failures: [always({ kind: "hang" })], timeoutMs: 60 * 60_000 } },
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await userEvent.type(form.title(), "Slow network");
    await userEvent.click(form.submit());
    const busy = await form.canvas.findByRole("button", { name: "Creating tag…" });
    await expect(busy).toHaveAttribute("aria-busy", "true");
    await waitFor(() => expect(requestsOf(loaded, "POST")).toHaveLength(1));
    await userEvent.click(busy);
    await expect(requestsOf(loaded, "POST")).toHaveLength(1);
    await expect(canvasElement.querySelector("form")).toHaveAttribute("data-pending");
    await expect(form.status()).toHaveTextContent("");
  },
};

/** A slow API (1.5 s): busy first, then the tag is created once, however often the button was pressed. */
export const SlowThenCreated: Story = {
  parameters: { tagsApi: { mock: { latencyMs: 1500 } } },
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await userEvent.type(form.title(), "Slow network");
    await userEvent.click(form.submit());
    const busy = await form.canvas.findByRole("button", { name: "Creating tag…" });
    await userEvent.click(busy);
    await expect(await form.canvas.findByText("Tag “Slow network” created", {}, { timeout: 4000 })).toBeVisible();
    await expect(requestsOf(loaded, "POST")).toHaveLength(1);
    await expect(tagsApiOf(loaded).api.tags()).toHaveLength(1);
  },
};

/** Created: a polite status message, `onSuccess` gets the tag, and the form is empty again. */
export const Success: Story = {
  play: async ({ canvasElement, args }) => {
    const form = formParts(canvasElement);
    await userEvent.type(form.title(), "Refund request");
    await userEvent.type(form.description(), "Money back for an order");
    await userEvent.click(form.submit());
    await waitFor(() => expect(form.status()).toHaveTextContent("Tag “Refund request” created"));
    await expect(args.onSuccess).toHaveBeenCalledWith(
      expect.objectContaining({ title: "Refund request", description: "Money back for an order" }),
    );
    await expect(form.title()).toHaveValue("");
    await expect(form.description()).toHaveValue("");
  },
};

/**
 * Keyboard only: Tab reaches title, description and button in order; Enter in the title submits;
 * focus lands on the first invalid field; Ctrl+Enter in the description submits too.
 */
export const KeyboardOnly: Story = {
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await userEvent.tab();
    await expect(form.title()).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await expect(await form.canvas.findByText("Enter a title")).toBeVisible();
    await expect(form.title()).toHaveFocus();
    await userEvent.keyboard("Keyboard tag");
    await userEvent.tab();
    await expect(form.description()).toHaveFocus();
    await userEvent.paste("x".repeat(1001));
    await userEvent.tab();
    await expect(form.submit()).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await waitFor(() => expect(form.description()).toHaveFocus());
    await userEvent.keyboard("{Control>}a{/Control}{Backspace}Short and sweet");
    await userEvent.keyboard("{Control>}{Enter}{/Control}");
    await waitFor(() => expect(form.status()).toHaveTextContent("Tag “Keyboard tag” created"));
    await expect(requestsOf(loaded, "POST")).toHaveLength(1);
  },
};

/** `showDescription={false}`: one field; the request carries no description. */
export const WithoutDescription: Story = {
  args: { showDescription: false },
  play: async ({ canvasElement, loaded }) => {
    const form = formParts(canvasElement);
    await expect(form.canvas.queryByRole("textbox", { name: "Description" })).toBeNull();
    await userEvent.type(form.title(), "Just a title");
    await userEvent.click(form.submit());
    await waitFor(() => expect(form.status()).toHaveTextContent("Tag “Just a title” created"));
    await expect(tagsApiOf(loaded).api.tags()[0]).toMatchObject({ title: "Just a title", description: null });
  },
};
