import { axeViolations } from "./axe";
import { demoPage, expect, test, uniqueTitle } from "./fixtures";
import { mockDemoUrl, proxiedDemoUrl } from "./ports";

test.describe("axe in the browser finds no violations", () => {
  test("in the empty form, a client error and a created tag, light and dark", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(mockDemoUrl);
      const demo = demoPage(page);
      await expect(demo.listedTag("Escalated")).toBeVisible();
      expect(await axeViolations(page), `empty form, ${colorScheme}`).toEqual([]);

      await demo.submit.click();
      await expect(demo.title).toHaveAttribute("aria-invalid", "true");
      expect(await axeViolations(page), `client error, ${colorScheme}`).toEqual([]);

      const title = uniqueTitle("Axe ");
      await demo.title.fill(title);
      await demo.submit.click();
      await expect(demo.status).toHaveText(`Tag “${title}” created`);
      await expect(demo.listedTag(title)).toBeVisible();
      expect(await axeViolations(page), `success, ${colorScheme}`).toEqual([]);
    }
  });

  test("in an empty list, a server field error and a form-level alert", async ({ page, upstream }) => {
    await page.goto(proxiedDemoUrl);
    const demo = demoPage(page);
    await expect(demo.tagsRegion.getByText("No tags yet", { exact: false })).toBeVisible();
    expect(await axeViolations(page), "empty list").toEqual([]);

    await demo.title.fill("Longer than the upstream allows");
    await demo.submit.click();
    await expect(demo.title).toHaveAttribute("aria-invalid", "true");
    expect(await axeViolations(page), "server field error").toEqual([]);

    await demo.title.fill("Short");
    await upstream.stop();
    await demo.submit.click();
    await expect(demo.alert).toBeVisible();
    expect(await axeViolations(page), "form-level alert").toEqual([]);
  });

  test("while the list cannot load", async ({ page, upstream }) => {
    await upstream.stop();
    await page.goto(proxiedDemoUrl);
    const demo = demoPage(page);
    // react-query retries a failed list twice before it gives up.
    await expect(demo.tagsRegion.getByRole("alert")).toBeVisible({ timeout: 15_000 });
    expect(await axeViolations(page), "list error").toEqual([]);
  });
});
