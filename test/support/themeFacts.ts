/**
 * What a person sees of the create-tag form's theme, read from the browser's computed styles, and the
 * checks that say the theme is really there (a CSS pipeline that drops it leaves 0px borders and
 * transparent backgrounds, which still "renders").
 */
import { expect, type Locator } from "@playwright/test";
import { contrastRatio, parseRgb, relativeLuminance } from "./colorContrast";

/** Computed colours and borders of the form, its title input and its submit button. */
export interface ThemeFacts {
  /** The form's own `color-scheme` (what native parts such as scrollbars and the caret follow). */
  formScheme: string;
  formBackground: string;
  formColor: string;
  titleBorderWidth: string;
  titleBorderColor: string;
  titleBackground: string;
  titleColor: string;
  submitBackground: string;
  submitColor: string;
}

/** Reads the theme of the form that holds `title` (its title textbox) and `submit` (its submit button). */
export async function readThemeFacts(title: Locator, submit: Locator): Promise<ThemeFacts> {
  const ofTitle = await title.evaluate((input: HTMLInputElement) => {
    if (!input.form) throw new Error("the title is outside a form");
    const [form, field] = [getComputedStyle(input.form), getComputedStyle(input)];
    return {
      formScheme: form.colorScheme,
      formBackground: form.backgroundColor,
      formColor: form.color,
      titleBorderWidth: field.borderTopWidth,
      titleBorderColor: field.borderTopColor,
      titleBackground: field.backgroundColor,
      titleColor: field.color,
    };
  });
  const button = await submit.evaluate((element) => {
    const style = getComputedStyle(element);
    return { submitBackground: style.backgroundColor, submitColor: style.color };
  });
  return { ...ofTitle, ...button };
}

/** True for a light palette (a light form background), false for a dark one. */
export function isLightPalette(facts: ThemeFacts): boolean {
  return relativeLuminance(parseRgb(facts.formBackground)) > 0.5;
}

/**
 * Asserts the form is themed: a visible title border, opaque form, field and button backgrounds, and
 * WCAG AA contrast (text 4.5:1, the field's border 3:1 against the form).
 */
export function expectThemed(facts: ThemeFacts, where: string): void {
  const say = (what: string) => `${what} (${where}): ${JSON.stringify(facts)}`;
  expect(Number.parseFloat(facts.titleBorderWidth), say("title border width")).toBeGreaterThan(0);
  for (const colour of ["titleBorderColor", "formBackground", "titleBackground", "submitBackground"] as const) {
    expect(parseRgb(facts[colour]).a, say(`${colour} is opaque`)).toBe(1);
  }
  expect(contrastRatio(facts.formColor, facts.formBackground), say("form text contrast")).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(facts.titleColor, facts.titleBackground), say("title text contrast")).toBeGreaterThanOrEqual(4.5);
  expect(contrastRatio(facts.submitColor, facts.submitBackground), say("submit text contrast")).toBeGreaterThanOrEqual(
    4.5,
  );
  expect(contrastRatio(facts.titleBorderColor, facts.formBackground), say("title border contrast")).toBeGreaterThanOrEqual(
    3,
  );
}
