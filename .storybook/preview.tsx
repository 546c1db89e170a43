import type { Preview } from "@storybook/react-vite";
import { configure } from "storybook/test";
import { tagsApiLoader } from "../stories/support/tagsApi";
import { withTagsApi, withThemeAndStyles } from "./decorators";

// Play functions wait for the mock API's answers with findBy/waitFor; testing-library's 1 s default was
// seen to run out on a loaded 2-core CI machine (a list still loading), failing a story that was right.
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  loaders: [tagsApiLoader],
  decorators: [withTagsApi, withThemeAndStyles],
  parameters: {
    layout: "fullscreen",
    // Any axe violation fails the story's test.
    a11y: { test: "error" },
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    options: {
      storySort: {
        order: [
          "Docs",
          ["Getting started", "Server errors", "Managing tags"],
          "CreateTagForm",
          ["States", "Server errors", "Customization"],
          "TagList",
          "EditTagForm",
          "DeleteTagButton",
          "CreateTagDialog",
          "CharacterCount",
          "Headless",
          "Hooks",
          "TagsApiProvider",
          "Demo",
        ],
      },
    },
  },
  globalTypes: {
    theme: {
      description: "Light or dark theme of the kit",
      toolbar: {
        title: "Theme",
        icon: "mirror",
        items: [
          { value: "light", title: "Light", icon: "sun" },
          { value: "dark", title: "Dark", icon: "moon" },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language of the form's messages",
      toolbar: {
        title: "Language",
        icon: "globe",
        items: [
          { value: "en", title: "English" },
          { value: "de", title: "Deutsch" },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: "light", locale: "en" },
};

export default preview;
