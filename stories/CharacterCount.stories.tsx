import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, within } from "storybook/test";
import { CharacterCount } from "../src";
import { withLocale } from "./support/withLocale";

/**
 * The counter on its own, counting a `value` you pass (inside the form it watches its field). The
 * visible "N / max" is hidden from screen readers; they hear the limit, and from the threshold a
 * polite "N characters remaining" or "N characters too many" once typing pauses.
 */
const meta = {
  title: "CharacterCount",
  component: CharacterCount,
  tags: ["autodocs"],
  decorators: [withLocale],
  args: { value: "", max: 120, threshold: 0.8 },
  argTypes: { control: { table: { disable: true } }, name: { table: { disable: true } } },
} satisfies Meta<typeof CharacterCount>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Counts what `value` holds and the `data-state` the kit's CSS keys on. */
async function expectCount(canvasElement: HTMLElement, visible: string, state: string, spoken: string) {
  const canvas = within(canvasElement);
  const counter = canvas.getByText(visible);
  await expect(counter).toHaveAttribute("aria-hidden", "true");
  await expect(counter.parentElement).toHaveAttribute("data-state", state);
  await expect(canvas.getByText("You can enter up to 120 characters")).toBeInTheDocument();
  const live = canvasElement.querySelector("[aria-live=polite]");
  await expect(live).toHaveTextContent(spoken === "" ? /^$/ : spoken);
}

/** Below 80 % of the limit: a quiet count, nothing announced. */
export const BelowThreshold: Story = {
  args: { value: "Billing question" },
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, "16 / 120", "under", "");
  },
};

/** At 80 % (96 of 120): from here screen readers hear how many are left. */
export const AtThreshold: Story = {
  args: { value: "a".repeat(96) },
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, "96 / 120", "near", "24 characters remaining");
  },
};

/** Exactly at the limit: still valid. */
export const AtLimit: Story = {
  args: { value: "a".repeat(120) },
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, "120 / 120", "near", "0 characters remaining");
  },
};

/** Past the limit: the count turns to an error, and says by how much. */
export const OverLimit: Story = {
  args: { value: "a".repeat(125) },
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, "125 / 120", "over", "5 characters too many");
  },
};

/**
 * Emoji and other astral characters count once each, as the API (Python's `len`) counts them:
 * 100 × 😀 is 200 UTF-16 units but 100 characters.
 */
export const AstralCharacters: Story = {
  args: { value: "😀".repeat(100) },
  play: async ({ canvasElement }) => {
    await expectCount(canvasElement, "100 / 120", "near", "20 characters remaining");
  },
};
