/**
 * What the shadcn host's production build must show in Chromium, with the kit's mock API answering in
 * an MSW service worker. The form page (`form.html`, the `create-tag-form` item) ships no kit CSS:
 * every part looks as its Tailwind classes and the shadcn tokens say. The tags page (`/`, the
 * `tags-page` and `conversation-tags-cell` items) ships the kit's theme, and a tag created there
 * appears in the TagList and can be put on a conversation. The layered page (`layered.html`) imports the
 * theme into a cascade layer, as the README advises when Tailwind classes must win over it.
 */
import { expect as baseExpect } from "@playwright/test";
import { chromium, type Page } from "playwright-core";
import { chromiumArgs, resolveChromium } from "../chromium";

// A loaded 2-core CI machine answers slower than the default 5 s allows.
const expect = baseExpect.configure({ timeout: 10_000 });

/** Computed values of the host's tokens and Tailwind's scale (src/index.css of the host). */
const tokens = {
  primary: "oklch(0.205 0 0)",
  primaryForeground: "oklch(0.985 0 0)",
  input: "oklch(0.922 0 0)",
  destructive: "oklch(0.577 0.245 27.325)",
};

/** Whether any stylesheet of the page has a rule for the kit's theme (`[data-ctk]`). */
const hasKitTheme = (page: Page) =>
  page.evaluate(() =>
    [...document.styleSheets].some((sheet) => [...sheet.cssRules].some((rule) => rule.cssText.includes("data-ctk"))),
  );

async function checkTailwindForm(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/form.html`);
  const form = page.locator('form[data-slot="root"]');
  const title = page.getByRole("textbox", { name: "Title" });
  const submit = page.getByRole("button", { name: "Create tag" });
  await expect(title).toBeVisible();
  expect(await hasKitTheme(page), "form.html loads convai-tag-kit/styles.css").toBe(false);

  // The item's classes, resolved by Tailwind against the shadcn tokens.
  await expect(form).toHaveCSS("display", "grid");
  await expect(form).toHaveCSS("row-gap", "24px");
  await expect(title).toHaveCSS("border-radius", "8px"); // rounded-md: calc(var(--radius) - 2px)
  await expect(title).toHaveCSS("height", "36px"); // h-9
  await expect(title).toHaveCSS("padding-left", "12px"); // px-3
  await expect(title).toHaveCSS("background-color", "rgba(0, 0, 0, 0)"); // bg-transparent
  await expect(title).toHaveCSS("border-top-color", tokens.input); // border-input
  await expect(page.locator('[data-slot="title-label"]')).toHaveCSS("font-weight", "500");
  await expect(submit).toHaveCSS("background-color", tokens.primary); // bg-primary
  await expect(submit).toHaveCSS("color", tokens.primaryForeground);
  await expect(submit).toHaveCSS("border-radius", "8px");

  // States are styled through the kit's attributes: aria-invalid after an empty submit.
  await submit.click();
  await expect(title).toHaveAttribute("aria-invalid", "true");
  await expect(title).toHaveCSS("border-top-color", tokens.destructive); // aria-invalid:border-destructive
  await expect(page.locator('[data-slot="title-error"]')).toHaveCSS("color", tokens.destructive);

  // And it creates a tag through the mock API.
  await title.fill("Onboarding");
  await submit.click();
  await expect(page.locator('[data-slot="status"]')).toContainText("Onboarding");
  await expect(title).toHaveValue("");
}

/** The README's advice: the theme imported into a cascade layer yields to Tailwind's utilities. */
async function checkLayeredTheme(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/layered.html`);
  const title = page.getByRole("textbox", { name: "Title" });
  await expect(title).toBeVisible();
  expect(await hasKitTheme(page), "layered.html loads the theme").toBe(true);
  // Where the item sets a property, its class wins (unlayered, the theme's 6px and white would)...
  await expect(title).toHaveCSS("border-radius", "8px");
  await expect(title).toHaveCSS("background-color", "rgba(0, 0, 0, 0)");
  await expect(page.getByRole("button", { name: "Create tag" })).toHaveCSS("background-color", tokens.primary);
  // ...and the theme fills in what no class says: the panel's padding.
  await expect(page.locator('form[data-slot="root"]')).toHaveCSS("padding-top", "20px");
}

async function checkTagsPage(page: Page, origin: string): Promise<void> {
  await page.goto(origin);
  const titles = page.locator('[data-slot="row-title"]');
  await expect(titles).toHaveText(["Billing", "Escalation"]);
  expect(await hasKitTheme(page), "the tags page ships convai-tag-kit/styles.css").toBe(true);

  await page.getByRole("button", { name: "New tag" }).click();
  const dialog = page.getByRole("dialog", { name: "New tag" });
  await dialog.getByRole("textbox", { name: "Title" }).fill("Refund request");
  await dialog.getByRole("button", { name: "Create tag" }).click();
  await expect(dialog).toBeHidden();
  await expect(titles).toHaveText(["Refund request", "Billing", "Escalation"]);

  // The cell of the second conversation assigns the new tag (its picker shares the page's cache).
  const cell = page.locator('[data-slot="picker"]').filter({ has: page.getByRole("combobox", { name: "Tags of Cannot log in" }) });
  await cell.getByRole("combobox").fill("Refund");
  await page.getByRole("option", { name: /Refund request/ }).click();
  await expect(cell.locator('[data-slot="chip-label"]')).toHaveText(["Refund request"]);
  await expect(cell).not.toHaveAttribute("data-pending", /.*/);
  await expect(cell.locator('[data-slot="error"], [data-slot="picker-error"]')).toHaveCount(0);
}

/** Runs both checks in one Chromium; a failure says which expectation and shows the page's errors. */
export async function checkInBrowser(origin: string): Promise<void> {
  const { executablePath } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  const errors: string[] = [];
  try {
    const context = await browser.newContext();
    context.setDefaultTimeout(10_000);
    context.on("weberror", (error) => errors.push(error.error().message));
    for (const check of [checkTailwindForm, checkLayeredTheme, checkTagsPage]) {
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      await check(page, origin);
      await page.close();
    }
  } catch (error) {
    if (errors.length > 0) console.error(`errors in the page:\n${errors.join("\n")}`);
    throw error;
  } finally {
    await browser.close();
  }
}
