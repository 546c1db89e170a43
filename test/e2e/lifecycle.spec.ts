/**
 * The whole tag lifecycle on the demo dashboard, as a person does it: rename, clear a description,
 * delete with confirmation, a delete the server refuses, keyboard only, and axe in each state.
 */
import type { Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { demoPage, expect, test, uniqueTitle } from "./fixtures";
import { mockDemoUrl, proxiedDemoUrl } from "./ports";
import { seedUpstream } from "./upstream";

/** Creates a tag through the demo's inline form and waits for it in the list. */
async function createInline(page: Page, title: string, description = "") {
  const demo = demoPage(page);
  await demo.title.fill(title);
  await demo.description.fill(description);
  await demo.submit.click();
  await expect(demo.listedTag(title)).toBeVisible();
  return demo.listedTag(title);
}

function recordPatches(page: Page): unknown[] {
  const bodies: unknown[] = [];
  page.on("request", (request) => {
    if (request.method() === "PATCH") bodies.push(request.postDataJSON());
  });
  return bodies;
}

test.describe("managing tags on the demo", () => {
  test("renames a tag to 120 emoji, sending only the title", async ({ page }) => {
    const patches = recordPatches(page);
    await page.goto(mockDemoUrl);
    const title = uniqueTitle("Rename ");
    const row = await createInline(page, title, "Kept as is");
    await row.getByRole("button", { name: `Edit ${title}` }).click();

    const emoji = "👍".repeat(120);
    const editor = page.getByRole("form", { name: `Edit ${title}` });
    const titleInput = editor.getByRole("textbox", { name: "Title" });
    await expect(titleInput).toBeFocused();
    await titleInput.fill(emoji);
    await expect(editor.getByText("120 / 120")).toBeVisible();
    expect(await axeViolations(page), "editing, light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page), "editing, dark").toEqual([]);
    await editor.getByRole("button", { name: "Save" }).click();

    const { tagsRegion } = demoPage(page);
    const renamed = demoPage(page).listedTag(emoji);
    await expect(renamed).toBeVisible();
    await expect(renamed.getByRole("button", { name: `Edit ${emoji}` })).toBeFocused();
    await expect(tagsRegion.getByRole("status").filter({ hasText: "saved" })).toHaveText(`Tag “${emoji}” saved`);
    expect(patches).toEqual([{ title: emoji }]);
  });

  test("clears a description: PATCH sends null, and nothing when nothing changed", async ({ page }) => {
    const patches = recordPatches(page);
    await page.goto(mockDemoUrl);
    const title = uniqueTitle("Clear ");
    const row = await createInline(page, title, "Goes away");
    await row.getByRole("button", { name: `Edit ${title}` }).click();
    const editor = page.getByRole("form", { name: `Edit ${title}` });

    await editor.getByRole("button", { name: "Save" }).click();
    await expect(editor.getByRole("status")).toHaveText("Nothing changed, so nothing was saved.");
    expect(patches).toEqual([]);

    await editor.getByRole("textbox", { name: "Description" }).fill("");
    await editor.getByRole("button", { name: "Save" }).click();
    await expect(row.getByText("Goes away")).toHaveCount(0);
    await expect(row.getByRole("button", { name: `Edit ${title}` })).toBeVisible();
    expect(patches).toEqual([{ description: null }]);
  });

  test("deletes after a confirmation naming the tag; Escape cancels", async ({ page, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Old" }, { title: "Keep" }, { title: "Doomed" }]);
    await page.goto(proxiedDemoUrl);
    const { tagsRegion, listedTag } = demoPage(page);
    await expect(listedTag("Doomed")).toBeVisible();

    await listedTag("Doomed").getByRole("button", { name: "Delete Doomed" }).click();
    const confirm = page.getByRole("alertdialog", { name: "Delete “Doomed”?" });
    await expect(confirm).toBeVisible();
    await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
    expect(await axeViolations(page), "confirmation open, light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page), "confirmation open, dark").toEqual([]);
    await page.keyboard.press("Escape");
    await expect(confirm).toHaveCount(0);
    await expect(listedTag("Doomed").getByRole("button", { name: "Delete Doomed" })).toBeFocused();
    expect(upstream.api.tags()).toHaveLength(3);

    await listedTag("Doomed").getByRole("button", { name: "Delete Doomed" }).click();
    await confirm.getByRole("button", { name: "Delete tag" }).click();
    await expect(listedTag("Doomed")).toHaveCount(0);
    // Focus moved on to the next row rather than falling to the page.
    await expect(listedTag("Keep").getByRole("button", { name: "Edit Keep" })).toBeFocused();
    await expect(tagsRegion.getByRole("status").filter({ hasText: "deleted" })).toHaveText("Tag “Doomed” deleted");
    await expect.poll(() => upstream.api.tags().map((t) => t.title)).toEqual(["Keep", "Old"]);
    expect(await axeViolations(page), "after delete").toEqual([]);
  });

  test("a delete the server refuses puts the row back and says so", async ({ page, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Stays" }]);
    await page.goto(proxiedDemoUrl);
    const { tagsRegion, listedTag } = demoPage(page);
    await expect(listedTag("Stays")).toBeVisible();

    upstream.failNextWrite({ kind: "status", status: 500, body: { detail: "boom" } });
    await listedTag("Stays").getByRole("button", { name: "Delete Stays" }).click();
    await page.getByRole("button", { name: "Delete tag" }).click();

    await expect(tagsRegion.getByRole("alert")).toHaveText(
      "“Stays” was not deleted. Something went wrong on the server. Try again.",
    );
    await expect(listedTag("Stays")).toBeVisible();
    expect(await axeViolations(page), "refused delete, light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page), "refused delete, dark").toEqual([]);
  });

  test("keyboard only: create in the dialog, rename, delete", async ({ page, upstream }) => {
    await page.goto(proxiedDemoUrl);
    const { tagsRegion, listedTag } = demoPage(page);
    const newTag = tagsRegion.getByRole("button", { name: "New tag" });
    await newTag.focus();
    await page.keyboard.press("Enter");

    const dialog = page.getByRole("dialog", { name: "New tag" });
    await expect(dialog.getByRole("textbox", { name: "Title" })).toBeFocused();
    expect(await axeViolations(page), "create dialog, light").toEqual([]);
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await axeViolations(page), "create dialog, dark").toEqual([]);
    await page.keyboard.type("Keys");
    await page.keyboard.press("Enter");
    await expect(dialog).toHaveCount(0);
    await expect(newTag).toBeFocused();
    await expect(tagsRegion.getByRole("status").filter({ hasText: "created" })).toHaveText("Tag “Keys” created");
    await expect(listedTag("Keys")).toBeVisible();

    await page.keyboard.press("Tab");
    await expect(listedTag("Keys").getByRole("button", { name: "Edit Keys" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("form", { name: "Edit Keys" }).getByRole("textbox", { name: "Title" })).toBeFocused();
    await page.keyboard.press("End");
    await page.keyboard.type("2");
    await page.keyboard.press("Enter");
    await expect(listedTag("Keys2").getByRole("button", { name: "Edit Keys2" })).toBeFocused();

    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(page.getByRole("alertdialog")).toBeVisible();
    await page.keyboard.press("Tab");
    await expect(page.getByRole("button", { name: "Delete tag" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(listedTag("Keys2")).toHaveCount(0);
    await expect(tagsRegion.getByText("No tags yet. Tags you create appear here.")).toBeVisible();
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    await expect.poll(() => upstream.api.tags()).toEqual([]);
  });
});
