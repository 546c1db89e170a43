import { within } from "storybook/test";

/** The create-tag form's controls, found the way a person finds them: by role and accessible name. */
export function formParts(canvasElement: HTMLElement, labels = { title: "Title", description: "Description" }) {
  const canvas = within(canvasElement);
  return {
    canvas,
    title: () => canvas.getByRole("textbox", { name: labels.title }),
    description: () => canvas.getByRole("textbox", { name: labels.description }),
    submit: (name: string | RegExp = /create tag/i) => canvas.getByRole("button", { name }),
    alert: () => canvas.findByRole("alert", {}, { timeout: 3000 }),
    status: () => canvas.getByRole("status"),
  };
}
