import type { Locator, Page } from "@playwright/test";
import { axeViolations } from "./axe";
import { conversationsPanel, expect, pickerIn, test, uniqueTitle } from "./fixtures";
import { mockDemoUrl, proxiedDemoUrl } from "./ports";
import { seedUpstream } from "./upstream";

/**
 * The demo's Conversations panel while it shows the conversation titled `title`: its entry in the
 * list, and the pane's picker parts, found only while the pane is that conversation's.
 */
function conversation(page: Page, title: string) {
  const panel = conversationsPanel(page);
  const region = panel.region.getByRole("article", { name: title });
  return { entry: panel.entry(title), region, ...pickerIn(region) };
}

const BILLING = "Agent handed over to billing";
const DELIVERY = "Follow-up call about a late delivery";

/**
 * Presses Tab from where focus is until `target` has focus (from the top: past the form, every row of
 * the tag list and the list of conversations), failing if focus lands on nothing.
 */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

/** Tabs to the conversation's entry in the list and opens it with Enter, as a keyboard user does. */
async function openWithKeyboard(page: Page, target: ReturnType<typeof conversation>): Promise<void> {
  await tabTo(page, target.entry);
  await page.keyboard.press("Enter");
  await expect(target.entry).toHaveAttribute("aria-current", "true");
  await expect(target.region).toBeVisible();
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
    await openWithKeyboard(page, billing);
    await tabTo(page, billing.input);
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
    // The page's record of the conversation changed with it: its entry counts the tag.
    await expect(billing.entry).toHaveAccessibleName(`${BILLING} 1 tag`);
    await expectNoAxeViolations(page, "tag picked");
  });

  test("moves between conversations from the list; the pane shows the one marked current", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const refund = conversation(page, "Caller wants a refund for the annual plan");
    const delivery = conversation(page, DELIVERY);
    await expect(refund.entry).toHaveAttribute("aria-current", "true");
    await expect(refund.chips).toHaveText(["Refund request"]);
    await expect(delivery.entry).toHaveAccessibleName(`${DELIVERY} 2 tags`);
    await expect(conversation(page, BILLING).entry).toHaveAccessibleName(`${BILLING} No tags`);

    await openWithKeyboard(page, delivery);
    await expect(refund.entry).not.toHaveAttribute("aria-current");
    await expect(refund.region).toHaveCount(0);
    await expect(delivery.chips).toHaveText(["Happy customer 🎉", "Deleted tag"]);
    // Focus stays on the entry the person pressed; the pane follows it in the tab order.
    await expect(delivery.entry).toBeFocused();
    await tabTo(page, delivery.input, 10);
    await expectNoAxeViolations(page, "second conversation open");

    await refund.entry.click();
    await expect(refund.entry).toHaveAttribute("aria-current", "true");
    await expect(refund.chips).toHaveText(["Refund request"]);
  });

  test("creates a new tag by typing, and one of 120 emoji", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const billing = conversation(page, BILLING);
    await openWithKeyboard(page, billing);
    await tabTo(page, billing.input);
    const title = uniqueTitle("Picked ");
    await page.keyboard.type(title);
    const create = billing.option(`Create tag “${title}”`);
    await expect(create).toBeVisible();
    await expectNoAxeViolations(page, "create option");
    await page.keyboard.press("ArrowUp");
    await expect(billing.input).toHaveAttribute("aria-activedescendant", (await create.getAttribute("id")) ?? "");
    await page.keyboard.press("Enter");
    await expect(billing.chips).toHaveText([title]);
    await expect(billing.input).toHaveValue("");
    await expect(page.getByRole("region", { name: "Tags", exact: true }).getByText(title, { exact: true })).toBeVisible();

    const emoji = "🎯".repeat(120);
    await page.keyboard.insertText(emoji);
    await expect(billing.option(/^Create tag/)).not.toHaveAttribute("aria-disabled");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(billing.chips).toHaveText([title, emoji]);

    await page.keyboard.insertText(`${emoji}!`);
    const tooLong = billing.option(/^Create tag/);
    await expect(tooLong).toHaveAttribute("aria-disabled", "true");
    await expect(tooLong).toContainText("Title must be 120 characters or fewer (1 character too many)");
    await expectNoAxeViolations(page, "create disabled");
  });

  test("removes tags with Backspace and with a chip's button, focus staying in the picker", async ({ page }) => {
    await page.goto(mockDemoUrl);
    const delivery = conversation(page, DELIVERY);
    await openWithKeyboard(page, delivery);
    await expect(delivery.chips).toHaveText(["Happy customer 🎉", "Deleted tag"]);
    await expectNoAxeViolations(page, "deleted tag chip");
    await tabTo(page, delivery.input);
    await page.keyboard.press("Backspace");
    await expect(delivery.chips).toHaveText(["Happy customer 🎉"]);
    await page.keyboard.press("Shift+Tab");
    const remove = delivery.region.getByRole("button", { name: "Remove tag Happy customer 🎉" });
    await expect(remove).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(delivery.chips).toHaveCount(0);
    await expect(delivery.input).toBeFocused();
    await expect(delivery.alert).toHaveCount(0);
  });
});

test.describe("the demo's conversation tag picker, with a mouse", () => {
  // The conversation pane's picker at the end of a scrolled page: its open popup is what ends the page. Were a press
  // on a chip's × to take focus, the input's blur would close the popup, the page would shorten and
  // scroll under the pointer, and the release would land beside the button: no click, nothing removed.
  test("removes a tag with one click on its × while the listbox is open at the bottom of a scrolled page", async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 600 });
    await page.goto(mockDemoUrl);
    const delivery = conversation(page, DELIVERY);
    await delivery.entry.click();
    await expect(delivery.chips).toHaveText(["Happy customer 🎉", "Deleted tag"]);
    await delivery.input.click();
    await expect(delivery.option("Escalated")).toBeVisible();
    await expect(delivery.input).toHaveAttribute("aria-expanded", "true");
    await page.evaluate(() => {
      window.scrollTo(0, document.documentElement.scrollHeight);
    });
    // The arrangement the defect needs: scrolled to the end, and the popup being what ends the page, so
    // closing it would shorten the page (a pixel of slack for fractional layout).
    const popup = delivery.region.locator('[data-slot="picker-popup"]');
    const layout = await popup.evaluate((element) => ({
      scrollY: window.scrollY,
      popupBottom: element.getBoundingClientRect().bottom + window.scrollY,
      pageEnd: document.documentElement.scrollHeight,
    }));
    expect(layout.scrollY).toBeGreaterThan(0);
    expect(layout.popupBottom).toBeGreaterThan(layout.pageEnd - 1);

    const remove = delivery.region.getByRole("button", { name: "Remove tag Happy customer 🎉" });
    const box = await remove.boundingBox();
    if (!box) throw new Error("the chip's remove button has no box");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.up();
    await expect(delivery.chips).toHaveText(["Deleted tag"]);
    await expect(delivery.input).toBeFocused();
    await expect(delivery.input).toHaveAttribute("aria-expanded", "true");
    await expect(delivery.alert).toHaveCount(0);
  });
});

test.describe("the picker through the proxy", () => {
  test("shows a create the server refuses with a 422 under the picker and keeps the text", async ({ page, upstream }) => {
    await seedUpstream(upstream.api, [{ title: "Urgent" }]);
    await page.goto(proxiedDemoUrl);
    const billing = conversation(page, BILLING);
    await openWithKeyboard(page, billing);
    await tabTo(page, billing.input);
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
    await tabTo(page, billing.input);
    await page.keyboard.type("urg");
    await expect(billing.option("Urgent")).toBeVisible();
    upstream.api.failNext({ kind: "status", status: 500, body: { detail: "boom" } });
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
