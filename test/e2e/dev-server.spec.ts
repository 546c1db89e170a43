/**
 * `npm start` as the README runs it: the demo in Vite's dev server on its embedded mock. The other
 * specs drive the demo's production build (what a host ships); this one holds that the dev server a
 * new user starts first serves the same working dashboard: the form creates a tag, the list shows it,
 * and a conversation's picker assigns it.
 */
import { conversationsPanel, demoPage, expect, test, uniqueTitle } from "./fixtures";
import { devDemoUrl } from "./ports";

const HOURS = "Question about opening hours";

test("npm start's dev server serves the dashboard: create a tag, see it listed, assign it to a conversation", async ({ page }) => {
  await page.goto(devDemoUrl);
  await expect(page.getByRole("heading", { level: 1, name: "Conversation tags" })).toBeVisible();
  await expect(page.getByText("Backend: embedded mock API")).toBeVisible();
  const demo = demoPage(page);
  await expect(demo.listedTag("Escalated")).toBeVisible();

  const title = uniqueTitle("Dev ");
  await demo.title.fill(title);
  await demo.submit.click();
  await expect(demo.status).toHaveText(`Tag “${title}” created`);
  await expect(demo.listedTag(title)).toBeVisible();

  const row = conversationsPanel(page).row(HOURS);
  await row.toggle.click();
  await expect(row.input).toBeFocused();
  await row.input.fill(title);
  await row.option(title).click();
  await expect(row.chips).toHaveText([title]);
  await page.keyboard.press("Escape");
  await row.done.click();
  await expect(row.tags).toHaveText([title]);
});
