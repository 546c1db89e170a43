import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { TagList } from "../src";
import { sampleTags } from "./support/fixtures";
import { requestsOf } from "./support/tagsApi";

/**
 * The demo app's tag list, built on `useTags`: pages of tags newest first, "Load more" while the
 * API says `has_more`, and its loading, empty and error states.
 */
const meta = {
  title: "Demo/TagList (useTags)",
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

/** Everything fits on one page: no "Load more". */
export const OnePage: Story = {
  parameters: { tagsApi: { mock: { tags: sampleTags(3) } } },
  args: { pageSize: 10 },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(3));
    await expect(canvas.getAllByRole("listitem")[0]).toHaveTextContent("Billing 1");
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
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    const alert = await canvas.findByRole("alert", {}, { timeout: 3000 });
    await expect(alert).toHaveTextContent("Could not load the tags. The server could not list the tags.");
    await expect(requestsOf(loaded, "GET")).toHaveLength(3);
    await userEvent.click(canvas.getByRole("button", { name: "Try again" }));
    await waitFor(() => expect(canvas.getAllByRole("listitem")).toHaveLength(2));
  },
};
