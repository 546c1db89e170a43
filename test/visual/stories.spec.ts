/**
 * Every story of the static Storybook (a production build: minified JS, CSS through lightningcss), in
 * the light and the dark theme, looks as its reference image does, and every control boundary in it
 * can be seen (3:1). A story opens in the state it is named after: its play function has run.
 */
import { builtStories, expectControlsVisible, expectLooksAsBefore, test, themes } from "./fixtures";

for (const story of builtStories()) {
  for (const theme of themes) {
    test(`${story.title} / ${story.name} (${theme})`, async ({ storyFrame }) => {
      await storyFrame.show(story.id, theme);
      await expectLooksAsBefore(storyFrame.page, `${story.id}--${theme}`);
      await expectControlsVisible(storyFrame.page, `${story.id} (${theme})`);
    });
  }
}
