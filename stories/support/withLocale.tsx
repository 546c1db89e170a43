import type { Decorator } from "@storybook/react-vite";
import type { TagMessages } from "../../src";
import { germanMessages } from "./germanMessages";

/**
 * Follows the toolbar's "Language" switch: in German it passes {@link germanMessages} as the
 * component's `messages`, under any `messages` the story sets itself.
 */
export const withLocale: Decorator<{ messages?: Partial<TagMessages> }> = (Story, { args, globals }) => {
  if (globals.locale !== "de") return <Story />;
  return <Story args={{ ...args, messages: { ...germanMessages, ...args.messages } }} />;
};
