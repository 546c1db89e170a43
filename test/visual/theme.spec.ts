/**
 * The static Storybook's stories look themed: each story frame of the built `storybook-static/` is opened
 * in Chromium from a plain static server, and computed styles are read back, light and dark (the
 * toolbar's theme, passed as a URL global) and with a host's own `--ctk-*` variables: the form, the
 * picker, the dialogs, and the trigger buttons a host places outside any kit element.
 */
import type { Page } from "@playwright/test";
import { expectThemed, isLightPalette, readThemeFacts } from "../support/themeFacts";
import { expect, test, themes, type StoryFrame } from "./fixtures";

// Every check runs in the worker's story frame, switched as the Storybook manager does (a fresh load
// of the preview costs seconds); one that changes the page puts it back.

/** Shows one story in the worker's frame, and returns its form's parts. */
async function openForm(storyFrame: StoryFrame, id: string, theme: "light" | "dark") {
  await storyFrame.show(id, theme);
  const { page } = storyFrame;
  const title = page.getByRole("textbox", { name: "Title" });
  await expect(title).toBeVisible();
  return readThemeFacts(title, page.getByRole("button", { name: /create tag/i }));
}

test.describe("the static Storybook", () => {
  test("shows the form themed, light and dark", async ({ storyFrame }) => {
    const light = await openForm(storyFrame, "createtagform-states--default", "light");
    const dark = await openForm(storyFrame, "createtagform-states--default", "dark");
    expectThemed(light, "light toolbar theme");
    expectThemed(dark, "dark toolbar theme");
    expect([isLightPalette(light), light.formScheme]).toEqual([true, "light"]);
    expect([isLightPalette(dark), dark.formScheme]).toEqual([false, "dark"]);
    expect(dark.submitBackground).not.toBe(light.submitBackground);
  });

  test("applies a story's own --ctk-* variables, set on an ancestor, light and dark", async ({ storyFrame }) => {
    const brandAccent = { light: "rgb(109, 40, 217)", dark: "rgb(196, 181, 253)" } as const;
    for (const theme of themes) {
      const facts = await openForm(storyFrame, "createtagform-customization--class-names-and-css-variables", theme);
      expectThemed(facts, `custom accent, ${theme}`);
      expect(facts.submitBackground, theme).toBe(brandAccent[theme]);
    }
  });
});

/** The kit's own border colour per theme (`--_ctk-light-border`, `--_ctk-dark-border`). */
const kitBorder = { light: "rgb(134, 139, 149)", dark: "rgb(122, 128, 139)" } as const;
/** A host's override, set on `<body>`, far above the kit's elements. */
const hostBorder = "rgb(109, 40, 217)";

async function styleOf(page: Page, selector: string) {
  return page.locator(selector).first().evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      borderWidth: style.borderTopWidth,
      borderStyle: style.borderTopStyle,
      borderColor: style.borderTopColor,
      background: style.backgroundColor,
      fontSize: style.fontSize,
      minHeight: style.minHeight,
      paddingTop: style.paddingTop,
      paddingLeft: style.paddingLeft,
    };
  });
}

test.describe("the picker", () => {
  for (const theme of themes) {
    test(`is themed like the form before focus: input, chips (${theme})`, async ({ storyFrame }) => {
      await storyFrame.show("conversationtagpicker-states--with-tags", theme);
      const { page } = storyFrame;
      const input = await styleOf(page, '[data-slot="picker-input"]');
      expect(input.borderWidth, "the input has a border to type into").toBe("1px");
      expect(input.borderColor).toBe(kitBorder[theme]);
      expect(input.background, "the input is filled").not.toBe("rgba(0, 0, 0, 0)");
      expect((await styleOf(page, '[data-slot="chip"]')).borderColor, "chip outline").toBe(kitBorder[theme]);
    });

    test(`takes a host's --ctk-border over the open popup too (${theme})`, async ({ storyFrame }) => {
      await storyFrame.show("conversationtagpicker-states--open", theme);
      const { page } = storyFrame;
      const setHostBorder = (colour: string | null) =>
        page.evaluate((value) => {
          if (value === null) document.body.style.removeProperty("--ctk-border");
          else document.body.style.setProperty("--ctk-border", value);
        }, colour);
      await setHostBorder(hostBorder);
      try {
        for (const part of ["picker-input", "chip", "picker-popup"]) {
          expect((await styleOf(page, `[data-slot="${part}"]`)).borderColor, part).toBe(hostBorder);
        }
      } finally {
        // The frame shows the worker's next story: the host's variable goes with this one.
        await setHostBorder(null);
      }
    });
  }
});

test.describe("parts rendered on their own", () => {
  test("the delete confirmation is padded like the create dialog, inside a list too", async ({ storyFrame }) => {
    const padding: string[] = [];
    for (const id of ["taglist--confirming-a-delete", "deletetagbutton--confirming", "createtagdialog--open"]) {
      await storyFrame.show(id, "light");
      const dialog = await styleOf(storyFrame.page, "dialog[open]");
      expect(Number.parseFloat(dialog.paddingTop), `${id}: dialog padding`).toBeGreaterThanOrEqual(16);
      padding.push(`${dialog.paddingTop} ${dialog.paddingLeft}`);
    }
    expect(new Set(padding).size, `one padding for every dialog: ${padding.join(", ")}`).toBe(1);
  });

  for (const theme of themes) {
    test(`"New tag" beside a list, outside any kit element, is the kit's button (${theme})`, async ({ storyFrame }) => {
      await storyFrame.show("createtagdialog--default", theme);
      const { page } = storyFrame;
      const trigger = page.getByRole("button", { name: "New tag" });
      expect(await trigger.evaluate((element) => element.parentElement?.closest("[data-ctk]") ?? null), "no kit ancestor").toBeNull();
      const button = await styleOf(page, '[data-slot="new-tag"]');
      expect(button).toMatchObject({ borderWidth: "1px", borderStyle: "solid", borderColor: kitBorder[theme], fontSize: "16px" });
      expect(Number.parseFloat(button.minHeight), "a 44 px target").toBeGreaterThanOrEqual(44);
    });
  }
});
