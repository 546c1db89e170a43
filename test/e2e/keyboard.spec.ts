import type { Locator, Page } from "@playwright/test";
import { demoPage, expect, test, uniqueTitle } from "./fixtures";
import { mockDemoUrl } from "./ports";

/**
 * Counts every time focus fell to nothing (a `focusout` with no new target), e.g. a focused
 * button that became disabled. Installed before the page's own scripts run.
 */
async function recordLostFocus(page: Page): Promise<() => Promise<number>> {
  await page.addInitScript(() => {
    const lost = { count: 0 };
    Object.assign(window, { __lostFocus: lost });
    document.addEventListener("focusout", (event) => {
      if (event.relatedTarget === null) {
        // Checked a moment later: a focus move in the same task sets the new element by then.
        setTimeout(() => {
          if (document.activeElement === null || document.activeElement === document.body) lost.count += 1;
        });
      }
    });
  });
  return () => page.evaluate(() => (window as unknown as { __lostFocus: { count: number } }).__lostFocus.count);
}

/** Presses Tab until `target` has focus, at most `limit` times, and fails if focus ever lands nowhere. */
async function tabTo(page: Page, target: Locator, limit = 10): Promise<number> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return presses;
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

test.describe("keyboard only, from page load to a created tag", () => {
  test("Tab to the title, type, Tab to the description, type, Ctrl+Enter", async ({ page }) => {
    const lostFocus = await recordLostFocus(page);
    await page.goto(mockDemoUrl);
    const demo = demoPage(page);
    const title = uniqueTitle("Keys ");

    // The title is the page's first stop: nothing focusable comes before the form.
    expect(await tabTo(page, demo.title)).toBe(1);
    await page.keyboard.type(title);
    await page.keyboard.press("Tab");
    await expect(demo.description).toBeFocused();
    await page.keyboard.type("Typed, never clicked");
    await page.keyboard.press("Control+Enter");

    await expect(demo.status).toHaveText(`Tag “${title}” created`);
    await expect(demo.listedTag(title)).toContainText("Typed, never clicked");
    await expect(page.locator(":focus")).toHaveCount(1);
    expect(await lostFocus()).toBe(0);
  });

  test("Tab to the submit button and press Enter, and focus is never lost", async ({ page }) => {
    const lostFocus = await recordLostFocus(page);
    await page.goto(mockDemoUrl);
    const demo = demoPage(page);
    const title = uniqueTitle("Button ");

    await tabTo(page, demo.title);
    await page.keyboard.type(title);
    await tabTo(page, demo.submit);
    await page.keyboard.press("Enter");

    await expect(demo.status).toHaveText(`Tag “${title}” created`);
    await expect(demo.listedTag(title)).toBeVisible();
    await expect(page.locator(":focus")).toHaveCount(1);
    expect(await lostFocus()).toBe(0);
  });

  test("Enter in the title submits, and a refused title keeps focus on the title", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const demo = demoPage(page);

    await tabTo(page, demo.title);
    await page.keyboard.press("Enter");
    await expect(demo.title).toHaveAttribute("aria-invalid", "true");
    await expect(demo.title).toBeFocused();

    const title = uniqueTitle("Enter ");
    await page.keyboard.type(title);
    await page.keyboard.press("Enter");
    await expect(demo.status).toHaveText(`Tag “${title}” created`);
    await expect(demo.listedTag(title)).toBeVisible();
  });
});
