import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor, within } from "storybook/test";
import { TagFilter } from "../src";
import { sampleTags } from "../test/support/fixtures";
import { ControlledTagFilter } from "./support/ControlledTagFilter";
import { openWithDown } from "./support/openWithDown";
import { always } from "./support/tagsApi";
import { withPopupRoom } from "./support/withPopupRoom";

/**
 * Chooses the tags a list of conversations is filtered by: the picker's combobox without create,
 * chips for the chosen tags and "Clear filters". Controlled (`value` + `onChange`); here a host keeps
 * the value as an app keeps it in the URL. Each story's `play` puts the filter in the state its name
 * says and checks it (axe runs on that state).
 */
const meta = {
  title: "TagFilter/States",
  component: TagFilter,
  tags: ["autodocs"],
  args: { value: [], onChange: fn() },
  parameters: { tagsApi: { mock: { tags: sampleTags(12) } } },
  render: (args) => <ControlledTagFilter {...args} />,
  decorators: [withPopupRoom],
} satisfies Meta<typeof TagFilter>;

export default meta;
type Story = StoryObj<typeof meta>;

const input = (canvasElement: HTMLElement) => within(canvasElement).getByRole("combobox", { name: "Filter by tag" });
const options = (canvasElement: HTMLElement) => within(canvasElement).queryAllByRole("option");
const optionTitles = (canvasElement: HTMLElement) =>
  options(canvasElement).map((option) => option.querySelector("[data-slot=option-label]")?.textContent);
const chipTitles = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll("[data-slot=chip-label]"), (chip) => chip.textContent);

/** Nothing chosen, popup closed: no chips and no "Clear filters". */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    await expect(input(canvasElement)).toHaveAttribute("aria-expanded", "false");
    await expect(within(canvasElement).queryByRole("list")).toBeNull();
    await expect(within(canvasElement).queryByRole("button", { name: "Clear filters" })).toBeNull();
  },
};

/** Two tags chosen (from the URL, say): a chip each with its remove button, and "Clear filters". */
export const WithSelection: Story = {
  args: { value: ["tag_sample_001", "tag_sample_002"] },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByRole("button", { name: "Remove filter Billing 1" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Remove filter Refund 2" })).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Clear filters" })).toBeVisible();
  },
};

/** Open with Down: every tag, the chosen one checked (`aria-selected`), the first one active. */
export const Open: Story = {
  args: { value: ["tag_sample_002"] },
  play: ({ canvasElement }) => openWithDown(canvasElement, "Filter by tag"),
};

/** Typing filters, ignoring case and accents; there is never a create option. */
export const Filtering: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(input(canvasElement), "BÍLL");
    await waitFor(() => expect(optionTitles(canvasElement)).toEqual(["Billing 1", "Billing 8"]));
  },
};

/** A title no tag has: "No tags match", and nothing to create. */
export const NoMatches: Story = {
  play: async ({ canvasElement }) => {
    await userEvent.type(input(canvasElement), "Needs callback");
    await expect(await within(canvasElement).findByText("No tags match")).toBeVisible();
    await expect(options(canvasElement)).toHaveLength(0);
    await expect(input(canvasElement)).toHaveAttribute("aria-expanded", "false");
  },
};

/** Chosen with the keyboard: a chip, the option checked, and the status says what the filter holds. */
export const ChosenWithKeyboard: Story = {
  args: { value: ["tag_sample_001"] },
  play: async ({ args, canvasElement }) => {
    await userEvent.type(input(canvasElement), "ref");
    await waitFor(() => expect(optionTitles(canvasElement)).toEqual(["Refund 2", "Refund 9"]));
    await userEvent.keyboard("{Enter}");
    await expect(args.onChange).toHaveBeenCalledWith(["tag_sample_001", "tag_sample_002"]);
    await expect(chipTitles(canvasElement)).toEqual(["Billing 1", "Refund 2"]);
    await expect(within(canvasElement).getByRole("status")).toHaveTextContent("Filtered by Billing 1, Refund 2");
  },
};

/** "Clear filters" empties the filter and leaves focus in the input. */
export const Cleared: Story = {
  args: { value: ["tag_sample_001", "tag_sample_003"] },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(await canvas.findByRole("button", { name: "Clear filters" }));
    await expect(args.onChange).toHaveBeenCalledTimes(1);
    await expect(args.onChange).toHaveBeenCalledWith([]);
    await expect(input(canvasElement)).toHaveFocus();
    await expect(canvas.queryByRole("list")).toBeNull();
    await expect(canvas.getByRole("status")).toHaveTextContent("Filter cleared");
  },
};

/** The workspace's tags are still loading: a chosen id keeps its place as a "Loading tag…" chip. */
export const LoadingTags: Story = {
  args: { value: ["tag_sample_001"] },
  parameters: { tagsApi: { failures: [{ failure: { kind: "hang" } }] } },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(input(canvasElement));
    await expect(canvas.getByText("Loading tags…", { selector: "[data-slot=filter-loading]" })).toBeVisible();
    await expect(chipTitles(canvasElement)).toEqual(["Loading tag…"]);
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** The tags could not be loaded: the chosen id stays, as "Unknown tag". */
export const LoadFailed: Story = {
  args: { value: ["tag_sample_001"] },
  parameters: { tagsApi: { failures: [always({ kind: "status", status: 500, body: { detail: "boom" } })] } },
  play: async ({ args, canvasElement }) => {
    await userEvent.click(input(canvasElement));
    await expect(await within(canvasElement).findByText("The tags could not be loaded.", {}, { timeout: 4000 })).toBeVisible();
    await expect(chipTitles(canvasElement)).toEqual(["Unknown tag"]);
    await expect(args.onChange).not.toHaveBeenCalled();
  },
};

/** An id whose tag was deleted (a saved link): no chip, and one `onChange` without it. */
export const DeletedTagDropped: Story = {
  args: { value: ["tag_sample_001", "tag_gone"] },
  play: async ({ args, canvasElement }) => {
    await waitFor(() => expect(args.onChange).toHaveBeenCalledWith(["tag_sample_001"]));
    await expect(chipTitles(canvasElement)).toEqual(["Billing 1"]);
    await expect(args.onChange).toHaveBeenCalledTimes(1);
  },
};

/** Dark theme, popup open on a filtered list with two tags chosen. */
export const Dark: Story = {
  globals: { theme: "dark" },
  args: { value: ["tag_sample_001", "tag_sample_002"] },
  play: async ({ canvasElement }) => {
    await userEvent.type(input(canvasElement), "re");
    await waitFor(() => expect(optionTitles(canvasElement)).toEqual(["Refund 2", "Refund 9", "Bug report 3", "Feature request 4", "Bug report 10", "Feature request 11"]));
    await expect(options(canvasElement)[0]).toHaveAttribute("aria-selected", "true");
  },
};
