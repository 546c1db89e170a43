import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { CreateTagForm } from "../src";
import { formParts } from "./support/formParts";
import { germanMessages } from "./support/germanMessages";
import { withLocale } from "./support/withLocale";

/**
 * The three levels of customization short of going headless: `messages` for every word,
 * `className`/`classNames` and the `--ctk-*` CSS variables for the look, and no stylesheet at all.
 */
const meta = {
  title: "CreateTagForm/Customization",
  component: CreateTagForm,
  tags: ["autodocs"],
  decorators: [withLocale],
  args: { onSuccess: fn() },
} satisfies Meta<typeof CreateTagForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Every string from `messages`: here a full German translation, plurals included. */
export const CustomMessages: Story = {
  args: { messages: germanMessages },
  play: async ({ canvasElement }) => {
    const form = formParts(canvasElement, { title: "Titel", description: "Beschreibung" });
    await expect(form.title()).toBeVisible();
    await userEvent.click(form.submit("Tag erstellen"));
    await expect(await form.canvas.findByText("Geben Sie einen Titel ein")).toBeVisible();
    await userEvent.type(form.title(), "Rückerstattung");
    await userEvent.click(form.submit("Tag erstellen"));
    await waitFor(() => expect(form.status()).toHaveTextContent("Tag „Rückerstattung“ erstellt"));
  },
};

// A brand colour is a pair, like the kit's own: the dark theme gets a light violet that keeps 3:1
// against the dark form (and 4.5:1 for the text on it), set on an ancestor the kit's theme switches.
const brandCss = `
.brand-form { border: 2px solid var(--ctk-accent); }
.brand-colours { --ctk-accent: #6d28d9; --ctk-accent-fg: #ffffff; --ctk-focus: #6d28d9; }
[data-theme="dark"] .brand-colours { --ctk-accent: #c4b5fd; --ctk-accent-fg: #1e1b4b; --ctk-focus: #c4b5fd; }
.brand-input { border-width: 3px !important; }
.brand-submit { text-transform: uppercase; letter-spacing: 0.05em; }
`;

/**
 * Your classes on the root (`className`) and on any part (`classNames`), plus the kit's `--ctk-*`
 * variables: on the form itself (here `--ctk-radius` through `style`) or on any ancestor (here the brand
 * colours, a light and a dark value, as the kit's own palette has). Cancel appears when `onCancel` is given.
 */
export const ClassNamesAndCssVariables: Story = {
  args: {
    className: "brand-form",
    classNames: { titleInput: "brand-input", descriptionInput: "brand-input", submit: "brand-submit" },
    style: { "--ctk-radius": "0" } as CSSProperties,
    onCancel: fn(),
  },
  decorators: [
    (Story) => (
      <div className="brand-colours">
        <style>{brandCss}</style>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, args, globals }) => {
    const form = formParts(canvasElement);
    const submit = form.submit();
    await expect(submit).toHaveClass("brand-submit");
    await expect(getComputedStyle(submit).backgroundColor).toBe(globals.theme === "dark" ? "rgb(196, 181, 253)" : "rgb(109, 40, 217)");
    await expect(getComputedStyle(submit).textTransform).toBe("uppercase");
    await expect(getComputedStyle(form.title()).borderTopWidth).toBe("3px");
    await expect(getComputedStyle(submit).borderTopLeftRadius).toBe("0px");
    await userEvent.click(form.canvas.getByRole("button", { name: "Cancel" }));
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/**
 * A part's own props merge with the kit's: `titleInputProps.className` lands beside
 * `classNames.titleInput`, styles combine, and `cancelProps.onClick` runs before `onCancel`.
 */
export const MergedPartProps: Story = {
  args: {
    classNames: { titleInput: "slot-title", cancel: "slot-cancel" },
    titleInputProps: { className: "own-title", style: { letterSpacing: "1px" } },
    cancelProps: { className: "own-cancel", onClick: fn() },
    onCancel: fn(),
  },
  play: async ({ canvasElement, args }) => {
    const form = formParts(canvasElement);
    await expect(form.title()).toHaveClass("slot-title", "own-title");
    await expect(form.title()).toHaveStyle({ letterSpacing: "1px" });
    const cancel = form.canvas.getByRole("button", { name: "Cancel" });
    await expect(cancel).toHaveClass("slot-cancel", "own-cancel");
    await userEvent.click(cancel);
    await expect(args.cancelProps?.onClick).toHaveBeenCalledOnce();
    await expect(args.onCancel).toHaveBeenCalledOnce();
  },
};

/** The dark palette, forced by a `data-theme="dark"` ancestor (it also follows the OS setting). */
export const DarkTheme: Story = {
  globals: { theme: "dark" },
  play: async ({ canvasElement }) => {
    const form = formParts(canvasElement);
    const root = form.title().closest("form");
    if (!root) throw new Error("the title is outside a form");
    await expect(getComputedStyle(root).backgroundColor).toBe("rgb(23, 24, 28)");
    await expect(getComputedStyle(root).colorScheme).toBe("dark");
    await userEvent.click(form.submit());
    await expect(await form.canvas.findByText("Enter a title")).toBeVisible();
  },
};

/** A 320 px wide screen: everything wraps, nothing scrolls sideways, even a long unbroken title. */
export const NarrowViewport: Story = {
  globals: { viewport: { value: "mobile1", isRotated: false } },
  decorators: [
    (Story) => (
      <div style={{ width: 320, maxWidth: "100%" }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const form = formParts(canvasElement);
    await userEvent.type(form.title(), "Supercalifragilisticexpialidocious-and-then-some");
    await userEvent.click(form.submit());
    await waitFor(() => expect(form.status()).toHaveTextContent(/created/));
    const root = form.title().closest("form");
    if (!root) throw new Error("the title is outside a form");
    await expect(root.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth);
  },
};

/**
 * Without `convai-tag-kit/styles.css`: plain browser controls, still labelled, described and
 * announced, because accessibility lives in the markup. Its docs preview is its own frame, so the
 * other stories' stylesheet cannot reach it.
 */
export const Unstyled: Story = {
  parameters: { kitStyles: false, docs: { story: { inline: false, iframeHeight: 360 } } },
  play: async ({ canvasElement }) => {
    const form = formParts(canvasElement);
    const root = form.title().closest("form");
    if (!root) throw new Error("the title is outside a form");
    await expect(getComputedStyle(root).getPropertyValue("--_ctk-accent")).toBe("");
    await expect(getComputedStyle(form.submit()).backgroundColor).not.toBe("rgb(29, 78, 216)");
    await expect(form.title()).toHaveAccessibleDescription(/You can enter up to 120 characters/);
    await userEvent.type(form.title(), "Plain");
    await userEvent.click(form.submit());
    await waitFor(() => expect(form.status()).toHaveTextContent("Tag “Plain” created"));
  },
};
