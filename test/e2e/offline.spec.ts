/**
 * The browser offline (`context.setOffline`), through the demo against the test upstream: a create,
 * an edit, a delete and a pick each fail at once with the kit's message and keep what the person did,
 * with nothing left pending; back online, the same action lands exactly once. The page is fully loaded
 * (and the picker's tags listed) before the connection goes, as a person would have it.
 */
import { defaultMessages } from "../../src";
import { demoPage, expect, openConversation, test } from "./fixtures";
import { proxiedDemoUrl } from "./ports";
import { seedUpstream } from "./upstream";

const titlesOf = (tags: { title: string }[]) => tags.map((tag) => tag.title);

test.describe("offline, then back online", () => {
  test("a create keeps what was typed, then creates one tag", async ({ page, context, upstream }) => {
    await page.goto(proxiedDemoUrl);
    const demo = demoPage(page);
    await expect(demo.tagsRegion.getByText("No tags yet", { exact: false })).toBeVisible();
    await demo.title.fill("Offline");
    await demo.description.fill("Typed without a connection");

    await context.setOffline(true);
    await demo.submit.click();
    await expect(demo.alert).toHaveText(defaultMessages.errorNetwork);
    await expect(demo.title).toHaveValue("Offline");
    await expect(demo.description).toHaveValue("Typed without a connection");
    await expect(demo.submit).toHaveText("Create tag");
    await expect(demo.submit).not.toHaveAttribute("aria-busy");
    expect(upstream.api.tags()).toEqual([]);

    await context.setOffline(false);
    await demo.submit.click();
    await expect(demo.status).toHaveText("Tag “Offline” created");
    await expect(demo.alert).toHaveCount(0);
    await expect(demo.listedTag("Offline")).toContainText("Typed without a connection");
    await expect.poll(() => titlesOf(upstream.api.tags())).toEqual(["Offline"]);
    // Once the list has refreshed from the server it still holds the one tag: the failed try was not replayed.
    await expect(demo.tagsRegion.getByRole("listitem")).toHaveCount(1);
    expect(titlesOf(upstream.api.tags())).toEqual(["Offline"]);
  });

  test("an edit keeps what was typed in the row's form, then saves it", async ({ page, context, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Before" }]);
    await page.goto(proxiedDemoUrl);
    const { tagsRegion, listedTag } = demoPage(page);
    await listedTag("Before").getByRole("button", { name: "Edit Before" }).click();
    const editor = page.getByRole("form", { name: "Edit Before" });
    const title = editor.getByRole("textbox", { name: "Title" });
    await title.fill("After");

    await context.setOffline(true);
    const save = editor.locator('[data-slot="submit"]');
    await save.click();
    await expect(editor.getByRole("alert")).toHaveText(defaultMessages.errorNetwork);
    await expect(title).toHaveValue("After");
    await expect(save).toHaveText("Save");
    await expect(save).not.toHaveAttribute("aria-busy");
    expect(titlesOf(upstream.api.tags())).toEqual(["Before"]);

    await context.setOffline(false);
    await save.click();
    await expect(listedTag("After").getByRole("button", { name: "Edit After" })).toBeFocused();
    await expect(tagsRegion.getByRole("status").filter({ hasText: "saved" })).toHaveText("Tag “After” saved");
    expect(titlesOf(upstream.api.tags())).toEqual(["After"]);
    await expect(tagsRegion.getByRole("listitem")).toHaveCount(1);
  });

  test("a delete puts the row back with an alert, then deletes it", async ({ page, context, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Doomed" }]);
    await page.goto(proxiedDemoUrl);
    const { tagsRegion, listedTag } = demoPage(page);
    const confirm = page.getByRole("alertdialog", { name: "Delete “Doomed”?" }).getByRole("button", { name: "Delete tag" });
    await expect(listedTag("Doomed")).toBeVisible();

    await context.setOffline(true);
    await listedTag("Doomed").getByRole("button", { name: "Delete Doomed" }).click();
    await confirm.click();
    await expect(tagsRegion.getByRole("alert")).toHaveText("“Doomed” was not deleted. The tags service could not be reached. Try again.");
    await expect(listedTag("Doomed")).toBeVisible();
    expect(titlesOf(upstream.api.tags())).toEqual(["Doomed"]);

    await context.setOffline(false);
    await listedTag("Doomed").getByRole("button", { name: "Delete Doomed" }).click();
    await confirm.click();
    await expect(tagsRegion.getByRole("status").filter({ hasText: "deleted" })).toHaveText("Tag “Doomed” deleted");
    await expect(listedTag("Doomed")).toHaveCount(0);
    await expect(tagsRegion.getByRole("alert")).toHaveCount(0);
    await expect.poll(() => upstream.api.tags()).toEqual([]);
  });

  test("a pick is taken off again with the picker's message, then lands once", async ({ page, context, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Urgent" }]);
    await page.goto(proxiedDemoUrl);
    const billing = await openConversation(page, "Agent handed over to billing");
    await billing.input.click();
    await expect(billing.option("Urgent")).toBeVisible();

    await context.setOffline(true);
    await billing.option("Urgent").click();
    await expect(billing.alert).toHaveText(
      "Tag “Urgent” could not be added to this conversation, so it was taken off again. Try again.",
    );
    await expect(billing.chips).toHaveCount(0);
    // The popup stays open, the tag offered again and not selected.
    await expect(billing.option("Urgent")).toHaveAttribute("aria-selected", "false");
    await expect(billing.input).not.toHaveAttribute("aria-busy");
    await expect(billing.row.locator('[data-slot="picker"]')).not.toHaveAttribute("data-pending");
    expect(upstream.api.assignedTagIds("conv_demo_2")).toEqual([]);

    await context.setOffline(false);
    await billing.option("Urgent").click();
    await expect(billing.chips).toHaveText(["Urgent"]);
    const [urgent] = upstream.api.tags();
    await expect.poll(() => upstream.api.assignedTagIds("conv_demo_2")).toEqual([urgent?.tag_id]);
    await expect(billing.alert).toHaveCount(0);
    // Closed, the row shows the tag the server has.
    await billing.input.press("Escape");
    await billing.done.click();
    await expect(billing.toggle).toBeFocused();
    await expect(billing.tags).toHaveText(["Urgent"]);
  });
});
