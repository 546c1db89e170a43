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
      // Settled: the list has its tags and the selected conversation's chip has its title.
      await expect(page.getByRole("button", { name: /^Edit / })).toHaveCount(3);
      await expect(page.getByRole("button", { name: "Remove tag Refund request" })).toBeVisible();
      await expect(page.getByText("Loading tags…")).toHaveCount(0);
      await page.evaluate(() => document.fonts.ready);
      // The seeded tags are dated "days ago" from the server's clock: the dates are masked, not compared.
      await expectLooksAsBefore(page, `demo--${device}--${theme}`, { mask: [page.locator('[data-slot="row-date"]')] });
      await expectControlsVisible(page, `demo ${device} (${theme})`, 10);
    });
  }
}
