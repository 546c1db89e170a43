import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, userEvent, waitFor, within } from "storybook/test";
import { CreateTagButton } from "./support/CreateTagButton";
import { requestsOf, tagsApiOf } from "./support/tagsApi";

/**
 * `useCreateTag()` is the react-query mutation under the form: `mutate({ title, description })`
 * creates a tag, refreshes every tag list and seeds the tag's detail query. It never retries a
 * 4xx. (`useTags()` is shown by **Demo/TagList**, `useCreateTagForm()` by **Headless**.)
 */
const meta = {
  title: "Hooks/useCreateTag",
  component: CreateTagButton,
  tags: ["autodocs"],
  args: { title: "Escalation", description: "Caller asked for a manager" },
} satisfies Meta<typeof CreateTagButton>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A click creates the tag with the API's id. */
export const Creates: Story = {
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create “Escalation”" }));
    await waitFor(() => expect(canvas.getByRole("status")).toHaveTextContent(/^Created \w+/));
    await expect(tagsApiOf(loaded).api.tags()[0]).toMatchObject({
      title: "Escalation",
      description: "Caller asked for a manager",
    });
  },
};

/** A 403 rejects with `kind: "forbidden"` after one request: 4xx answers are not retried. */
export const Forbidden: Story = {
  parameters: {
    tagsApi: { failures: [{ failure: { kind: "status", status: 403, body: { detail: "Forbidden" } }, times: 5 }] },
  },
  play: async ({ canvasElement, loaded }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole("button", { name: "Create “Escalation”" }));
    await expect(await canvas.findByRole("alert")).toHaveTextContent("Failed: forbidden (403)");
    await expect(requestsOf(loaded, "POST")).toHaveLength(1);
  },
};
