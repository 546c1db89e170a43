import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { conversationsPanel, expect, test, uniqueTitle } from "./fixtures";
import { mockDemoUrl, proxiedDemoUrl } from "./ports";
import { seedUpstream } from "./upstream";

/**
 * The tag picker of one row of the demo's conversation list: the row's "Edit tags" toggle, its chips
 * while closed, and its picker's parts while open.
 */
function conversation(page: Page, title: string) {
  return conversationsPanel(page).row(title);
}

const BILLING = "Agent handed over to billing";
const DELIVERY = "Follow-up call about a late delivery";
const HOURS = "Question about opening hours";
const CHARGED_TWICE = "Charged twice for one order";

/**
 * Presses Tab from where focus is until `target` has focus (from the top: past the form, every row of
 * the tag list, the tag filter and the rows before it), failing if focus lands on nothing.
 */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

/** Tabs to the row's "Edit tags" toggle and opens its picker with Enter, as a keyboard user does. */
async function openWithKeyboard(page: Page, target: ReturnType<typeof conversation>): Promise<void> {
  await tabTo(page, target.toggle);
  await page.keyboard.press("Enter");
  await expect(target.toggle).toHaveAttribute("aria-expanded", "true");
  await expect(target.input).toBeFocused();
}

async function expectNoAxeViolations(page: Page, state: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${state}, ${colorScheme}`).toEqual([]);
  }
}

test.describe("the demo's conversation tag picker, keyboard only", () => {
  test("picks an existing tag with the arrows and Enter", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const billing = conversation(page, BILLING);
    await expect(billing.tags).toHaveCount(0);
    await openWithKeyboard(page, billing);
    await page.keyboard.press("ArrowDown");
    await expect(billing.input).toHaveAttribute("aria-expanded", "true");
    await expect(billing.option("Escalated")).toBeVisible();
    await expectNoAxeViolations(page, "popup open");
    await page.keyboard.type("escal");
    await expect(billing.input).toHaveAttribute("aria-activedescendant", (await billing.option("Escalated").getAttribute("id")) ?? "");
    await page.keyboard.press("Enter");
    await expect(billing.chips).toHaveText(["Escalated"]);
    await expect(billing.input).toBeFocused();
    await page.keyboard.press("Escape");
    await expect(billing.input).toHaveAttribute("aria-expanded", "false");
    // A second Escape closes the row's picker: focus is back on its toggle, and the row shows the tag.
    await page.keyboard.press("Escape");
    await expect(billing.toggle).toBeFocused();
    await expect(billing.toggle).toHaveAttribute("aria-expanded", "false");
    await expect(billing.tags).toHaveText(["Escalated"]);
    await expectNoAxeViolations(page, "tag picked");
  });

  test("each row opens its own picker, and Escape or Done gives focus back to the row's toggle", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const refund = conversation(page, "Caller wants a refund for the annual plan");
    const delivery = conversation(page, DELIVERY);
    await expect(refund.tags).toHaveText(["Refund request"]);
    // A row hides the id of a tag deleted elsewhere; its picker shows it as a removable chip.
    await expect(delivery.tags).toHaveText(["Happy customer 🎉"]);

    await openWithKeyboard(page, delivery);
    await expect(delivery.chips).toHaveText(["Happy customer 🎉", "Deleted tag"]);
    await expect(delivery.tags).toHaveCount(0);
    await expect(refund.input).toHaveCount(0);
    await expectNoAxeViolations(page, "deleted tag chip");
    await page.keyboard.press("Escape");
    await expect(delivery.toggle).toBeFocused();
    await expect(delivery.input).toHaveCount(0);
    await expect(delivery.tags).toHaveText(["Happy customer 🎉"]);

    await page.keyboard.press("Enter");
    await expect(delivery.input).toBeFocused();
    await tabTo(page, delivery.done, 10);
    await page.keyboard.press("Enter");
    await expect(delivery.toggle).toBeFocused();
    await expect(delivery.toggle).toHaveAttribute("aria-expanded", "false");
  });

  test("creates a new tag by typing, and one of 120 emoji", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const hours = conversation(page, HOURS);
    await openWithKeyboard(page, hours);
    const title = uniqueTitle("Picked ");
    await page.keyboard.type(title);
    const create = hours.option(`Create tag “${title}”`);
    await expect(create).toBeVisible();
    await expectNoAxeViolations(page, "create option");
    await page.keyboard.press("ArrowUp");
    await expect(hours.input).toHaveAttribute("aria-activedescendant", (await create.getAttribute("id")) ?? "");
    await page.keyboard.press("Enter");
    await expect(hours.chips).toHaveText([title]);
    await expect(hours.input).toHaveValue("");
    await expect(page.getByRole("region", { name: "Tags", exact: true }).getByText(title, { exact: true })).toBeVisible();

    const emoji = "🎯".repeat(120);
    await page.keyboard.insertText(emoji);
    await expect(hours.option(/^Create tag/)).not.toHaveAttribute("aria-disabled");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(hours.chips).toHaveText([title, emoji]);

    await page.keyboard.insertText(`${emoji}!`);
    const tooLong = hours.option(/^Create tag/);
    await expect(tooLong).toHaveAttribute("aria-disabled", "true");
    await expect(tooLong).toContainText("Title must be 120 characters or fewer (1 character too many)");
    await expectNoAxeViolations(page, "create disabled");
  });

  test("removes tags with Backspace and with a chip's button, focus staying in the picker", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const charged = conversation(page, CHARGED_TWICE);
    await openWithKeyboard(page, charged);
    await expect(charged.chips).toHaveText(["Refund request", "Escalated"]);
    await page.keyboard.press("Backspace");
    await expect(charged.chips).toHaveText(["Refund request"]);
    await page.keyboard.press("Shift+Tab");
    const remove = charged.row.getByRole("button", { name: "Remove tag Refund request" });
    await expect(remove).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(charged.chips).toHaveCount(0);
    await expect(charged.input).toBeFocused();
    await expect(charged.alert).toHaveCount(0);
    await page.keyboard.press("Escape");
    await expect(charged.toggle).toBeFocused();
    await expect(charged.tags).toHaveCount(0);
  });
});

test.describe("the demo's conversation tag picker, with a mouse", () => {
  // The last row's picker at the end of a scrolled page: its open popup is what ends the page. Were a press
  // on a chip's × to take focus, the input's blur would close the popup, the page would shorten and
  // scroll under the pointer, and the release would land beside the button: no click, nothing removed.
  test("removes a tag with one click on its × while the listbox is open at the bottom of a scrolled page", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    // Filtered to one tag, so the list ends without "Load more" and its last row ends the panel.
    await page.goto(`${mockDemoUrl}/?tags=demo_tag_3`);
    const panel = conversationsPanel(page);
    await expect(panel.filter.chips).toHaveText(["Happy customer 🎉"]);
    const lastTitle = await panel.titles.last().textContent();
    expect(lastTitle).toBe("Third call: compliment for the agent");
    const last = conversation(page, lastTitle ?? "");
    await expect(last.tags).toHaveText(["Happy customer 🎉"]);
    await last.toggle.click();
    await last.input.click();
    await expect(last.option("Escalated")).toBeVisible();
    await expect(last.input).toHaveAttribute("aria-expanded", "true");
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    // The arrangement the defect needs: scrolled to the end, and the popup being what ends the page, so
    // closing it would shorten the page (a pixel of slack for fractional layout).
    const popup = last.row.locator('[data-slot="picker-popup"]');
    const layout = await popup.evaluate((element) => ({
      scrollY: window.scrollY,
      popupBottom: element.getBoundingClientRect().bottom + window.scrollY,
      pageEnd: document.documentElement.scrollHeight,
    }));
    expect(layout.scrollY).toBeGreaterThan(0);
    expect(layout.popupBottom).toBeGreaterThan(layout.pageEnd - 1);

    const remove = last.row.getByRole("button", { name: "Remove tag Happy customer 🎉" });
    const box = await remove.boundingBox();
    if (!box) throw new Error("the chip's remove button has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.up();
    await expect(last.chips).toHaveCount(0);
    await expect(last.input).toBeFocused();
    await expect(last.input).toHaveAttribute("aria-expanded", "true");
    await expect(last.alert).toHaveCount(0);
  });
});

test.describe("the picker through the proxy", () => {
  test("shows a create the server refuses with a 422 under the picker and keeps the text", async ({ page, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Urgent" }]);
    await page.goto(proxiedDemoUrl);
    const billing = conversation(page, BILLING);
    await openWithKeyboard(page, billing);
    // The test upstream allows 10 characters; the client allows 120, so the server has the last word.
    await page.keyboard.type("Eleven chars");
    await expect(billing.option("Create tag “Eleven chars”")).toBeVisible();
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(billing.alert).toContainText("Tag “Eleven chars” was not created.");
    await expect(billing.input).toHaveValue("Eleven chars");
    await expect(billing.input).toBeFocused();
    await expect(billing.chips).toHaveCount(0);
    await expectNoAxeViolations(page, "create refused");
  });

  test("takes a tag off again when the API refuses the assign, naming it", async ({ page, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Urgent" }]);
    await page.goto(proxiedDemoUrl);
    const billing = conversation(page, BILLING);
    await openWithKeyboard(page, billing);
    await page.keyboard.type("urg");
    await expect(billing.option("Urgent")).toBeVisible();
    upstream.failNextWrite({ kind: "status", status: 500, body: { detail: "boom" } });
    await page.keyboard.press("Enter");
    await expect(billing.alert).toContainText("Tag “Urgent” could not be added to this conversation");
    await expect(billing.chips).toHaveCount(0);
    await expectNoAxeViolations(page, "assign refused");

    await page.keyboard.type("urg");
    await page.keyboard.press("Enter");
    await expect(billing.chips).toHaveText(["Urgent"]);
    await expect.poll(() => upstream.api.assignedTagIds("conv_demo_2")).toHaveLength(1);
  });
});
