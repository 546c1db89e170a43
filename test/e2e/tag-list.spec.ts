import { seedUpstream } from "./upstream";
import { demoPage, expect, test } from "./fixtures";
import { proxiedDemoUrl } from "./ports";

test.describe("the demo's tag list", () => {
  test("shows ten tags newest first, then the rest after Load more", async ({ page, upstream }) => {
    const titles = Array.from({ length: 11 }, (_, i) => `Tag ${i + 1}`);
    await seedUpstream(upstream.api, titles.map((title) => ({ title })));
    await page.goto(proxiedDemoUrl);
    const { tagsRegion } = demoPage(page);
    const items = tagsRegion.getByRole("listitem");

    await expect(items).toHaveCount(10);
    await expect(items.first().getByText("Tag 11", { exact: true })).toBeVisible();
    await expect(items.last().getByText("Tag 2", { exact: true })).toBeVisible();

    const loadMore = tagsRegion.getByRole("button", { name: "Load more" });
    await loadMore.click();
    await expect(items).toHaveCount(11);
    await expect(items.last().getByText("Tag 1", { exact: true })).toBeVisible();
    await expect(loadMore).toHaveCount(0);
  });

  test("says when the list cannot load and loads it on Try again", async ({ page, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Survivor" }]);
    await upstream.stop();
    await page.goto(proxiedDemoUrl);
    const { tagsRegion, listedTag } = demoPage(page);

    // react-query retries a failed list twice, a second and then two apart, before it gives up.
    await expect(tagsRegion.getByRole("alert")).toContainText("Could not load the tags.", { timeout: 15_000 });
    await upstream.start();
    await tagsRegion.getByRole("button", { name: "Try again" }).click();
    await expect(listedTag("Survivor")).toBeVisible();
    await expect(tagsRegion.getByRole("alert")).toHaveCount(0);
  });
});
