import type { Decorator } from "@storybook/react-vite";

/**
 * Room below a combobox's input (the picker's, the filter's) for its popup: the open popup then lies
 * inside the story's frame, where its `play` and its reference images see it.
 */
export const withPopupRoom: Decorator = (Story) => (
  <div style={{ maxWidth: "28rem", minHeight: "24rem" }}>
    <Story />
  </div>
);
