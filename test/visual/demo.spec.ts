/**
 * The demo dashboard as a person opens it, from its production build (`vite build`, served by `vite
 * preview` on the embedded mock API): a wide desktop and the narrowest phone, light and dark, looks as
 * its reference image does and every control boundary on it can be seen.
 */
import { expectControlsVisible, expectLooksAsBefore, expect, test, themes } from "./fixtures";
import { demoPreviewUrl } from "./ports";

const widths = { desktop: { width: 1280, height: 900 }, phone: { width: 320, height: 640 } } as const;

for (const [device, viewport] of Object.entries(widths)) {
  for (const theme of themes) {
    test(`the demo at ${viewport.width} px (${theme})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
      await page.goto(demoPreviewUrl);
      // Settled: the tag list has its three tags, the conversations list its first page, and the rows'
      // chips their titles.
      await expect(page.getByRole("button", { name: /^Edit (?!tags of )/ })).toHaveCount(3);
      await expect(page.getByRole("button", { name: /^Edit tags of / })).toHaveCount(30);
      await expect(page.locator('[data-slot="row-tag"]', { hasText: "Refund request" }).first()).toBeVisible();
      await expect(page.getByRole("button", { name: "Load more" })).toBeVisible();
      await expect(page.getByText(/^Loading/)).toHaveCount(0);
      await page.evaluate(() => document.fonts.ready);
      // The seeded tags and conversations are dated from the server's clock: the dates are masked, not compared.
      // A start time's width follows the clock ("9:05 AM", "10:31 AM") and would move the rest of its
      // line: every one shows the same text before it is masked.
      await page.locator('[data-slot="row-time"]').evaluateAll((times) => {
        for (const time of times) time.textContent = "Nov 25, 2026, 10:00 AM";
      });
      const dates = page.locator('[data-slot="row-date"], [data-slot="row-time"]');
      await expectLooksAsBefore(page, `demo--${device}--${theme}`, { mask: [dates] });
      await expectControlsVisible(page, `demo ${device} (${theme})`, 10);
    });
  }
}
