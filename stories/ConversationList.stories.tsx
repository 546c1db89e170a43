import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { ConversationList } from "../src";
import { sampleConversations, sampleTags } from "../test/support/fixtures";
import { always, tagsApiOf } from "./support/tagsApi";

const REFUND = "tag_sample_002";
const ESCALATION = "tag_sample_006";
const ONBOARDING = "tag_sample_007";

/**
 * Conversations by tag, newest first: each row's title, start, duration, status and success, its
 * tag chips, and an "Edit tags" toggle that opens a tag picker for that row. A row that loses a tag
 * of the filter stays, marked, until the list is fetched again. Fixed locale and time zone, and a
 * mock API clocked by `storyClock()`, so every run renders the same.
 */
const meta = {
  title: "ConversationList",
  component: ConversationList,
  tags: ["autodocs"],
  args: { locale: "en-US", timeZone: "UTC", filters: { tag_ids: [REFUND, ESCALATION] } },
  parameters: {
    tagsApi: {
      mock: {
        tags: sampleTags(7),
        // Eight calls: conv_002, 005, 008 tagged Refund 2; conv_003, 006 Escalation 6 and Billing 1.
        conversations: sampleConversations(8, { tagIds: [REFUND, ESCALATION, "tag_sample_001"] }),
      },
    },
  },
  decorators: [
    (Story) => (
      // Room below an open row's input for the picker's popup.
      <div style={{ maxWidth: "44rem", minHeight: "28rem" }}>
        <Story />
      </div>
    ),
  ],
} satisfies Meta<typeof ConversationList>;

export default meta;
type Story = StoryObj<typeof meta>;

const list = (canvasElement: HTMLElement) => within(canvasElement).findByRole("list", { name: "Conversations" });
const titles = (canvasElement: HTMLElement) =>
  Array.from(canvasElement.querySelectorAll('[data-slot="row-title"]'), (title) => title.textContent);
const rowOf = (canvasElement: HTMLElement, title: string) =>
  within(canvasElement)
    .getAllByRole("listitem")
    .find((item) => item.querySelector('[data-slot="row-title"]')?.textContent === title) ?? canvasElement;

/** Filtered by two tags: the conversations carrying either, said in words above the list. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const conversations = await list(canvasElement);
    // The tags' titles come with the workspace's tags, walked from the page's first idle moment.
    await waitFor(() => expect(conversations).toHaveAccessibleDescription("Tagged: Refund 2, Escalation 6"));
    await expect(titles(canvasElement)).toEqual([
      "Password reset loop",
      "Upgrade to the annual plan",
      "Cancel the subscription",
      "Change the invoice address",
      "Question about API rate limits",
    ]);
    const upgrade = within(rowOf(canvasElement, "Upgrade to the annual plan"));
    await expect(await upgrade.findByText("Escalation 6")).toBeVisible();
    await expect(upgrade.getByText("Billing 1")).toBeVisible();
    await expect(upgrade.getByText("Nov 25, 2026, 11:16 AM")).toHaveAttribute("datetime", "2026-11-25T11:16:00.000Z");
    await expect(upgrade.getByText("Unsuccessful")).toBeVisible();
    await expect(canvas.queryByRole("button", { name: "Load more" })).toBeNull();
  },
};

/** No filter: every conversation, some without tags, and no filter description. */
export const Unfiltered: Story = {
  args: { filters: {} },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await list(canvasElement);
    await expect(titles(canvasElement)).toHaveLength(8);
    await expect(await within(rowOf(canvasElement, "Password reset loop")).findByText("Refund 2")).toBeVisible();
    await expect(within(rowOf(canvasElement, "Refund for a double charge")).queryByRole("list", { name: "Tags" })).toBeNull();
    await expect(canvas.queryByText(/^Tagged:/)).toBeNull();
  },
};

/** The first page has not arrived (the mock API never answers here). */
export const Loading: Story = {
  parameters: { tagsApi: { failures: [always({ kind: "hang" })] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole("status")).toHaveTextContent("Loading conversations…");
    await expect(canvasElement.querySelector('[data-slot="conversation-list"]')).toHaveAttribute("aria-busy", "true");
    await expect(canvas.queryByRole("list")).toBeNull();
  },
};

/** Nothing carries the filter's tag: the empty state names it. */
export const Empty: Story = {
  args: { filters: { tag_ids: [ONBOARDING] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(await canvas.findByText("No conversations tagged Onboarding 7.")).toBeVisible();
    await expect(canvas.queryByRole("list", { name: "Conversations" })).toBeNull();
  },
};

/** The list could not be loaded: an alert says why, with a "Try again" button. */
export const ErrorWithRetry: Story = {
  parameters: { tagsApi: { failures: [always({ kind: "status", status: 500, body: { detail: "Internal Server Error" } })] } },
  play: async ({ canvasElement }) => {
    const alert = await within(canvasElement).findByRole("alert");
    await expect(alert).toHaveTextContent(
      "Could not load the conversations. Something went wrong on the server. Try again in a moment.",
    );
    await expect(within(alert).getByRole("button", { name: "Try again" })).toBeVisible();
  },
};

/** Three a page, after one "Load more": six rows, the arrival announced, focus on the first new row. */
export const LoadMore: Story = {
  args: { filters: { page_size: 3 } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await list(canvasElement);
    await expect(titles(canvasElement)).toHaveLength(3);
    await userEvent.click(canvas.getByRole("button", { name: "Load more" }));
    await waitFor(() => expect(titles(canvasElement)).toHaveLength(6));
    await expect(canvas.getByRole("status")).toHaveTextContent("3 more conversations loaded");
    await waitFor(() => expect(canvas.getByRole("button", { name: "Edit tags of Delivery delayed by a week" })).toHaveFocus());
    await expect(canvas.getByRole("button", { name: "Load more" })).toBeVisible();
  },
};

/** One row's tag picker open, focus in its input; the other rows stay closed. */
export const EditingTags: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await list(canvasElement);
    const toggle = canvas.getByRole("button", { name: "Edit tags of Upgrade to the annual plan" });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute("aria-expanded", "true");
    const input = canvas.getByRole("combobox", { name: "Add tags" });
    await waitFor(() => expect(input).toHaveFocus());
    await expect(await canvas.findByRole("button", { name: "Remove tag Escalation 6" })).toBeVisible();
    await expect(canvas.getAllByRole("combobox")).toHaveLength(1);
  },
};

/** The filter's tag removed from one row: it stays, marked, with a Refresh button above the list. */
export const NoLongerTagged: Story = {
  args: { filters: { tag_ids: [REFUND] } },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await list(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Edit tags of Password reset loop" }));
    await userEvent.click(await canvas.findByRole("button", { name: "Remove tag Refund 2" }));
    const row = within(rowOf(canvasElement, "Password reset loop"));
    await userEvent.click(row.getByRole("button", { name: "Done" }));
    await expect(await row.findByText("No longer tagged Refund 2")).toBeVisible();
    await expect(titles(canvasElement)).toEqual(["Password reset loop", "Cancel the subscription", "Question about API rate limits"]);
    await expect(canvas.getByText("1 conversation no longer carries a tag of this filter.")).toBeVisible();
    await expect(canvas.getByRole("button", { name: "Refresh" })).toBeVisible();
    await waitFor(() => expect(tagsApiOf(loaded).api.assignedTagIds("conv_002")).toEqual([]));
  },
};
