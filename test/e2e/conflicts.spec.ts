/**
 * Two quick actions that conflict, through the demo against the test upstream, with one request held
 * on its way (a slow network): afterwards the screen shows what the server has, with no reload. Where
 * the background refresh after the writes could hide a wrong cache, it is held too, so what is checked
 * is the kit's own cache.
 */
import type { Page } from "@playwright/test";
import { conversationsPanel, demoPage, expect, holdAll, holdNext, openConversation, test } from "./fixtures";
import { proxiedDemoUrl } from "./ports";
import { seedUpstream, type TestUpstream } from "./upstream";

const ONE_TAG = /^\/v1\/convai\/tags\/[^/]+$/;
const TAG_LIST = "/v1/convai/tags";
const ASSIGN = /^\/v1\/convai\/conversations\/[^/]+\/tags$/;
const REFUSED = { kind: "status", status: 500, body: { detail: "boom" } } as const;

/**
 * A row "Draft" renamed to "Final" with the PATCH held on its way, and the person gone from the
 * editor (Cancel) while it saves, free to delete the row.
 */
async function renameDraftHeld(page: Page, upstream: TestUpstream) {
  await seedUpstream(upstream.api, [{ title: "Draft" }]);
  await page.goto(proxiedDemoUrl);
  const { tagsRegion, listedTag } = demoPage(page);
  await expect(listedTag("Draft")).toBeVisible();

  const rename = await holdNext(page, "PATCH", ONE_TAG);
  await listedTag("Draft").getByRole("button", { name: "Edit Draft" }).click();
  const editor = page.getByRole("form", { name: "Edit Draft" });
  await editor.getByRole("textbox", { name: "Title" }).fill("Final");
  await editor.getByRole("button", { name: "Save" }).click();
  await rename.sent;
  await editor.getByRole("button", { name: "Cancel" }).click();
  return { tagsRegion, listedTag, rename };
}

const BILLING = "Agent handed over to billing";
const HOURS = "Question about opening hours";

test.describe("a rename and a refused delete of the same row", () => {
  test("the rename lands after the delete was refused: the row keeps its new title", async ({ page, upstream }) => {
    const { tagsRegion, listedTag, rename } = await renameDraftHeld(page, upstream);
    await listedTag("Draft").getByRole("button", { name: "Delete Draft" }).click();
    upstream.failNextWrite(REFUSED);
    await page.getByRole("alertdialog", { name: "Delete “Draft”?" }).getByRole("button", { name: "Delete tag" }).click();
    await expect(tagsRegion.getByRole("alert")).toHaveText("“Draft” was not deleted. Something went wrong on the server. Try again.");
    await expect(listedTag("Draft")).toBeVisible();

    const refresh = await holdAll(page, "GET", TAG_LIST);
    await rename.release();
    await expect(listedTag("Final")).toBeVisible();
    await expect(listedTag("Draft")).toHaveCount(0);
    expect(upstream.api.tags().map((tag) => tag.title)).toEqual(["Final"]);

    await refresh.release();
    await expect(tagsRegion.locator('[data-slot="row-title"]')).toHaveText(upstream.api.tags().map((tag) => tag.title));
  });

  test("the rename lands while the delete runs, then the delete is refused: the row comes back renamed", async ({ page, upstream }) => {
    const { tagsRegion, listedTag, rename } = await renameDraftHeld(page, upstream);
    const deletion = await holdNext(page, "DELETE", ONE_TAG);
    await listedTag("Draft").getByRole("button", { name: "Delete Draft" }).click();
    await page.getByRole("alertdialog", { name: "Delete “Draft”?" }).getByRole("button", { name: "Delete tag" }).click();
    await deletion.sent;
    await expect(listedTag("Draft")).toHaveCount(0);

    // The server renames the tag; the row stays away while its delete is still running.
    await rename.release();
    await expect.poll(() => upstream.api.tags().map((tag) => tag.title)).toEqual(["Final"]);
    await expect(listedTag("Final")).toHaveCount(0);

    // Then refuses the delete: the row comes back as the server has it now, before any refresh.
    const refresh = await holdAll(page, "GET", TAG_LIST);
    upstream.failNextWrite(REFUSED);
    await deletion.release();
    await expect(tagsRegion.getByRole("alert")).toContainText("was not deleted. Something went wrong on the server. Try again.");
    await expect(listedTag("Final")).toBeVisible();
    await expect(listedTag("Draft")).toHaveCount(0);

    await refresh.release();
    await expect(tagsRegion.locator('[data-slot="row-title"]')).toHaveText(upstream.api.tags().map((tag) => tag.title));
  });
});

test.describe("a pick queued behind a slow one, then another row's picker opened", () => {
  test("both tags land on the conversation they were picked on, and the other one gets none", async ({ page, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Urgent" }, { title: "Callback" }]);
    const assignPaths: string[] = [];
    page.on("request", (request) => {
      if (request.method() === "POST" && request.url().includes("/conversations/")) assignPaths.push(new URL(request.url()).pathname);
    });
    await page.goto(proxiedDemoUrl);
    const billing = await openConversation(page, BILLING);

    const firstAssign = await holdNext(page, "POST", ASSIGN);
    await billing.input.click();
    await billing.option("Urgent").click();
    await firstAssign.sent;
    await billing.option("Callback").click();
    // Not checked while the first call is held: a row's picker in ConversationList shows a pick queued
    // behind a running call only once that call answers (reported; the chips are checked after the release).
    await expect(billing.chips.first()).toHaveText("Urgent");

    const hours = await openConversation(page, HOURS);
    await expect(hours.chips).toHaveCount(0);
    await firstAssign.release();

    const ids = Object.fromEntries(upstream.api.tags().map((tag) => [tag.title, tag.tag_id]));
    await expect.poll(() => upstream.api.assignedTagIds("conv_demo_2")).toEqual([ids.Urgent, ids.Callback]);
    expect(upstream.api.assignedTagIds("conv_demo_4")).toEqual([]);
    expect(assignPaths.every((path) => path.includes("/conv_demo_2/"))).toBe(true);
    // The picker opened last is untouched; the first one shows both picks, and so does its row once closed.
    await expect(hours.input).toBeFocused();
    await expect(hours.chips).toHaveCount(0);
    await expect(hours.alert).toHaveCount(0);
    await expect(billing.chips).toHaveText(["Urgent", "Callback"]);
    await expect(billing.alert).toHaveCount(0);
    await hours.done.click();
    await billing.done.click();
    await expect(hours.tags).toHaveCount(0);
    await expect(billing.tags).toHaveText(["Urgent", "Callback"]);
    await expect(conversationsPanel(page).alert).toHaveCount(0);
  });
});

test.describe("a dialog cancelled while its create runs", () => {
  test("the tag is created and said so, and focus stays where the person went", async ({ page, upstream }) => {
    await page.goto(proxiedDemoUrl);
    const demo = demoPage(page);
    await expect(demo.tagsRegion.getByText("No tags yet", { exact: false })).toBeVisible();

    await demo.tagsRegion.getByRole("button", { name: "New tag" }).click();
    const dialog = page.getByRole("dialog", { name: "New tag" });
    await dialog.getByRole("textbox", { name: "Title" }).fill("Quick");
    const create = await holdNext(page, "POST", TAG_LIST);
    await dialog.getByRole("button", { name: "Create tag" }).click();
    await create.sent;
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect(dialog).toHaveCount(0);
    await demo.title.click();
    await expect(demo.title).toBeFocused();

    await create.release();
    await expect(demo.tagsRegion.getByRole("status").filter({ hasText: "created" })).toHaveText("Tag “Quick” created");
    await expect(demo.listedTag("Quick")).toBeVisible();
    expect(upstream.api.tags().map((tag) => tag.title)).toEqual(["Quick"]);
    await expect(demo.title).toBeFocused();
  });
});
