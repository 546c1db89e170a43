import { TAG_TITLE_MAX_LENGTH, countCharacters, defaultMessages } from "../../src";
import { containing, demoPage, expect, recordTagPosts, test, uniqueTitle } from "./fixtures";
import { mockDemoUrl } from "./ports";

/** `count` emoji from the emoticons block, starting at a varying one so each run's title differs. */
function emoji(count: number): string {
  const start = Date.now() % 80;
  return Array.from({ length: count }, (_, i) => String.fromCodePoint(0x1f600 + ((start + i) % 80))).join("");
}

test.describe("creating a tag on the embedded mock", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(mockDemoUrl);
    await expect(page.getByRole("heading", { level: 1, name: "Conversation tags" })).toBeVisible();
  });

  test("says which backend it is on and lists the seeded tags", async ({ page }) => {
    const demo = demoPage(page);
    await expect(page.getByText("Backend: embedded mock API")).toBeVisible();
    await expect(demo.listedTag("Escalated")).toBeVisible();
  });

  test("creates a tag and lists it without a reload", async ({ page }) => {
    const demo = demoPage(page);
    const title = uniqueTitle("Billing ");
    await demo.title.fill(title);
    await demo.description.fill("Questions about an invoice.");
    await demo.submit.click();

    await expect(demo.status).toHaveText(`Tag “${title}” created`);
    const listed = demo.listedTag(title);
    await expect(listed).toBeVisible();
    await expect(listed).toContainText("Questions about an invoice.");
    // The form starts over for the next tag.
    await expect(demo.title).toHaveValue("");
  });

  test("refuses 121 emoji in the browser without sending a request", async ({ page }) => {
    const demo = demoPage(page);
    const posts = recordTagPosts(page);
    const title = emoji(TAG_TITLE_MAX_LENGTH + 1);
    expect(countCharacters(title)).toBe(121);

    await demo.title.fill(title);
    await demo.submit.click();

    await expect(demo.title).toHaveAttribute("aria-invalid", "true");
    await expect(demo.title).toHaveAccessibleDescription(containing(defaultMessages.titleTooLong(TAG_TITLE_MAX_LENGTH)));
    await expect(demo.title).toBeFocused();
    await expect(demo.title).toHaveValue(title);
    // Validation ran and reported: had a request been made, it would have been sent by now.
    expect(posts).toEqual([]);
  });

  test("accepts 120 emoji, which is 240 UTF-16 units, and lists them", async ({ page }) => {
    const demo = demoPage(page);
    const posts = recordTagPosts(page);
    const title = emoji(TAG_TITLE_MAX_LENGTH);
    expect(title).toHaveLength(240);

    await demo.title.fill(title);
    await demo.submit.click();

    await expect(demo.status).toContainText(title);
    await expect(demo.listedTag(title)).toBeVisible();
    expect(posts).toHaveLength(1);
    expect(JSON.parse(posts[0] ?? "null")).toMatchObject({ title });
  });
});
