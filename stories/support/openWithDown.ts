import { expect, userEvent, waitFor, within } from "storybook/test";

/**
 * The "Open" story's play, the same for every tag combobox (the picker's and the filter's, told apart
 * by their input's `label`): Escape closes what the click opened, so it is Down that opens the popup,
 * on every one of the story's 12 sample tags. The story selects the second tag, which must show
 * checked (`aria-selected`), and Down must make the first one active.
 */
export async function openWithDown(canvasElement: HTMLElement, label: string) {
  const canvas = within(canvasElement);
  const input = canvas.getByRole("combobox", { name: label });
  const options = () => canvas.queryAllByRole("option");
  await userEvent.click(input);
  await userEvent.keyboard("{Escape}{ArrowDown}");
  await waitFor(() => expect(options()).toHaveLength(12));
  await expect(options()[1]).toHaveAttribute("aria-selected", "true");
  await expect(input).toHaveAttribute("aria-activedescendant", options()[0]?.id);
}
