/**
 * The theme half of the conformance suite (test/conformance/): every part of every public component,
 * in a story that shows it, takes each of its colours from the kit's palette for the theme, in light
 * and in dark, from the production Storybook build. A part whose colour falls back to the browser's
 * default (an unset variable, a native control's own look) is named.
 */
import type { Page } from "@playwright/test";
import { components } from "../conformance/components";
import { expect, test, themes } from "./fixtures";

/** A story per component in which its parts are on screen. */
const stories: Record<string, string> = {
  CreateTagForm: "createtagform-server-errors--server-rejects-both",
  EditTagForm: "edittagform--tag-deleted",
  TagList: "taglist--one-page",
  CreateTagDialog: "createtagdialog--open",
  DeleteTagButton: "deletetagbutton--confirming",
  ConversationTagPicker: "conversationtagpicker-states--open",
  ConversationList: "conversationlist--no-longer-tagged",
  TagFilter: "tagfilter-states--open",
  CharacterCount: "charactercount--over-limit",
};

/** Every coloured property of every visible `[data-slot]` part that is not one of the palette's colours. */
function offPalette(page: Page) {
  return page.evaluate(() => {
    const names = ["bg", "fg", "muted", "border", "input-bg", "accent", "accent-fg", "danger", "danger-bg", "success", "focus"];
    // Resolved where the parts are: on each kit root, and on the page for parts outside any.
    const roots = [document.body, ...document.querySelectorAll<HTMLElement>("[data-ctk]")];
    const probe = document.createElement("span");
    const palette = new Set<string>();
    for (const root of roots) {
      root.append(probe);
      for (const name of names) {
        probe.style.color = `var(--ctk-${name}, var(--_ctk-${name}))`;
        palette.add(getComputedStyle(probe).color);
      }
      probe.remove();
    }
    // Every style rule of the page, flattened out of @media, @layer and @supports blocks.
    const rules: CSSStyleRule[] = [];
    const collect = (list: CSSRuleList) => {
      for (const rule of list) {
        if (rule instanceof CSSStyleRule) rules.push(rule);
        if ("cssRules" in rule) collect((rule as CSSGroupingRule).cssRules);
      }
    };
    for (const sheet of document.styleSheets) collect(sheet.cssRules);
    const problems: string[] = [];
    for (const part of document.querySelectorAll<HTMLElement>("[data-slot]")) {
      const box = part.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || !part.checkVisibility()) continue;
      const style = getComputedStyle(part);
      const slot = part.dataset.slot ?? "";
      // A variable with no fallback that is unset here erases the whole declaration (an unthemed part).
      for (const rule of rules) {
        if (!part.matches(rule.selectorText)) continue;
        for (const [, name = ""] of rule.style.cssText.matchAll(/var\((--[\w-]+)\)/g)) {
          if (style.getPropertyValue(name).trim() === "") problems.push(`${slot} reads ${name}, unset here`);
        }
      }
      const check = (property: string, value: string) => {
        if (!palette.has(value)) problems.push(`${slot} ${property} ${value}`);
      };
      if (part.textContent.trim()) check("color", style.color);
      if (style.backgroundColor !== "rgba(0, 0, 0, 0)") check("background", style.backgroundColor);
      // A transparent border is deliberate: it shows only in forced-colors mode.
      const border = style.borderTopColor;
      if (style.borderTopStyle !== "none" && style.borderTopWidth !== "0px" && border !== "rgba(0, 0, 0, 0)") check("border", border);
    }
    return { problems, paletteSize: palette.size };
  });
}

for (const spec of components) {
  // In the worker's story frame, switched as the Storybook manager does: a fresh load of the preview
  // per story and theme cost this suite ~2 min of a 5-minute run.
  test(`${spec.name} takes every colour from the palette, light and dark`, async ({ storyFrame }) => {
    const id = stories[spec.name];
    expect(id, `a story for ${spec.name} in test/visual/conformance.spec.ts`).toBeDefined();
    const seen: Record<string, string[]> = {};
    for (const theme of themes) {
      await storyFrame.show(id ?? "", theme);
      const { problems, paletteSize } = await offPalette(storyFrame.page);
      expect(paletteSize, "the palette resolves").toBeGreaterThan(5);
      seen[theme] = problems;
    }
    expect(seen).toEqual({ light: [], dark: [] });
  });
}
