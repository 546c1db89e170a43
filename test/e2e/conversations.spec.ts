/**
 * Finding conversations by tag in the demo, through its proxy to the test upstream: a person filters
 * the list by two tags with the keyboard alone, tags and untags rows with their pickers, and the list,
 * the rows' chips and the filter agree with the mock API without a reload. The filter lives in the
 * URL (`?tags=id1,id2`): a reload brings it back, and Back and Forward step through its changes.
 */
import type { Locator, Page } from "@playwright/test";
import type { ConversationSummary } from "../../src";
import { axeViolations } from "./axe";
import { conversationsPanel, expect, test } from "./fixtures";
import { proxiedDemoUrl } from "./ports";
import { seedUpstream, tagUpstreamConversations, UPSTREAM_TAG_FILTER_MATCH, type MockTagsApi } from "./upstream";

const BILLING = "Agent handed over to billing";
const DELIVERY = "Follow-up call about a late delivery";

/** Presses Tab (or Shift+Tab) until `target` has focus, failing if focus ever lands on nothing. */
async function tabTo(page: Page, target: Locator, { limit = 40, backwards = false } = {}): Promise<void> {
  for (let presses = 1; presses <= limit; presses++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    expect(await page.evaluate(() => document.activeElement !== document.body)).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`Tab did not reach the element within ${limit} presses`);
}

/** The conversations the upstream lists for `tagIds`, newest first, as the mock matches several tags. */
function matching(api: MockTagsApi, tagIds: readonly string[]): ConversationSummary[] {
  return api.conversations().filter((conversation) => {
    const carried = conversation.tag_ids ?? [];
    return UPSTREAM_TAG_FILTER_MATCH === "all"
      ? tagIds.every((id) => carried.includes(id))
      : tagIds.some((id) => carried.includes(id));
  });
}

/** What the list shows: each row's title and tag chips, in order. */
async function shownRows(page: Page): Promise<{ title: string; tags: string[] }[]> {
  return conversationsPanel(page)
    .list.locator('[data-slot="row"]')
    .evaluateAll((rows) =>
      rows.map((row) => ({
        title: row.querySelector('[data-slot="row-title"]')?.textContent ?? "",
        tags: Array.from(row.querySelectorAll('[data-slot="row-tag"]'), (tag) => tag.textContent),
      })),
    );
}

/** The list agrees with the upstream: the conversations carrying `tagIds`, each with its tags by title. */
async function expectListAgrees(page: Page, api: MockTagsApi, tagIds: readonly string[]): Promise<void> {
  const titles = new Map(api.tags().map((tag) => [tag.tag_id, tag.title]));
  const expected = matching(api, tagIds).map((conversation) => ({
    title: conversation.call_summary_title ?? "",
    tags: (conversation.tag_ids ?? []).map((id) => titles.get(id) ?? id),
  }));
  expect(expected.length).toBeGreaterThan(0);
  await expect.poll(() => shownRows(page)).toEqual(expected);
  await expect(conversationsPanel(page).region.locator('[data-slot="row-no-longer-tagged"]')).toHaveCount(0);
}

/** The upstream's tag ids by title. */
function idsByTitle(api: MockTagsApi): Partial<Record<string, string>> {
  return Object.fromEntries(api.tags().map((tag) => [tag.title, tag.tag_id]));
}

/** The filter in the page's URL. */
function tagsInUrl(page: Page): string | null {
  return new URL(page.url()).searchParams.get("tags");
}

async function expectNoAxeViolations(page: Page, state: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${state}, ${colorScheme}`).toEqual([]);
  }
}

test.describe("finding conversations by tag, keyboard only", () => {
  test("filters by two tags, tags and untags rows, and the URL keeps the filter through a reload, Back and Forward", async ({
    page,
    upstream,
  }) => {
    // A whole session in one test (three axe passes in two themes, a reload): 13-24 s on two busy cores.
    test.setTimeout(60_000);
    const { api } = upstream;
    await seedUpstream(api, [{ title: "Refund" }, { title: "Urgent" }, { title: "VIP" }]);
    const { Refund: refund = "", Urgent: urgent = "", VIP: vip = "" } = idsByTitle(api);
    // Newest first: conv_demo_1 "Caller wants a refund…", 2 "Agent handed over to billing", 3 "Follow-up call about a late delivery".
    await tagUpstreamConversations(api, {
      conv_demo_1: [refund],
      conv_demo_2: [urgent],
      conv_demo_3: [refund, urgent],
      conv_demo_5: [vip],
      conv_demo_9: [urgent, vip],
      conv_demo_24: [refund],
      conv_demo_47: [vip, refund],
    });

    await page.goto(proxiedDemoUrl);
    const panel = conversationsPanel(page);
    const { filter } = panel;
    // Unfiltered: the newest page of every conversation.
    await expect(panel.titles).toHaveCount(30);
    expect(tagsInUrl(page)).toBeNull();

    // The first tag: typed, then Enter on the active option.
    await tabTo(page, filter.input);
    await page.keyboard.type("refu");
    await expect(filter.input).toHaveAttribute("aria-activedescendant", (await filter.option("Refund").getAttribute("id")) ?? "");
    await page.keyboard.press("Enter");
    await expect(filter.chips).toHaveText(["Refund"]);
    expect(tagsInUrl(page)).toBe(refund);
    await expectListAgrees(page, api, [refund]);

    // The second: the arrows, then Enter.
    await page.keyboard.type("urg");
    await expect(filter.option("Urgent")).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await expect(filter.input).toHaveAttribute("aria-activedescendant", (await filter.option("Urgent").getAttribute("id")) ?? "");
    await page.keyboard.press("Enter");
    await expect(filter.chips).toHaveText(["Refund", "Urgent"]);
    await page.keyboard.press("Escape");
    await expect(filter.input).toHaveAttribute("aria-expanded", "false");
    expect(tagsInUrl(page)).toBe(`${refund},${urgent}`);
    await expectListAgrees(page, api, [refund, urgent]);
    await expectNoAxeViolations(page, "filtered by two tags");

    // Tag one row: VIP onto "Agent handed over to billing".
    const billing = panel.row(BILLING);
    await tabTo(page, billing.toggle);
    await page.keyboard.press("Enter");
    await expect(billing.input).toBeFocused();
    await page.keyboard.type("vip");
    await expect(billing.option("VIP")).toBeVisible();
    await page.keyboard.press("Enter");
    await expect(billing.chips).toHaveText(["Urgent", "VIP"]);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    await expect(billing.toggle).toBeFocused();
    await expect(billing.tags).toHaveText(["Urgent", "VIP"]);
    await expect.poll(() => api.assignedTagIds("conv_demo_2")).toEqual([urgent, vip]);

    // Untag another: Urgent off "Follow-up call about a late delivery" (Backspace takes the last chip).
    const delivery = panel.row(DELIVERY);
    await tabTo(page, delivery.toggle);
    await page.keyboard.press("Enter");
    await expect(delivery.chips).toHaveText(["Refund", "Urgent"]);
    await page.keyboard.press("Backspace");
    await expect(delivery.chips).toHaveText(["Refund"]);
    await page.keyboard.press("Escape");
    await expect(delivery.toggle).toBeFocused();
    await expect(delivery.tags).toHaveText(["Refund"]);
    await expect.poll(() => api.assignedTagIds("conv_demo_3")).toEqual([refund]);
    // The row stays where it was, marked, until the person refreshes the list.
    await expect(delivery.noLongerTagged).toHaveText("No longer tagged Urgent");
    await expectNoAxeViolations(page, "a row no longer tagged");
    await tabTo(page, panel.refresh, { backwards: true });
    await page.keyboard.press("Enter");
    await expectListAgrees(page, api, [refund, urgent]);
    await expect(filter.chips).toHaveText(["Refund", "Urgent"]);
    expect(tagsInUrl(page)).toBe(`${refund},${urgent}`);
    await expectNoAxeViolations(page, "refreshed");

    // Back: the filter of one tag, in the same document (popstate); Forward: both again.
    await page.evaluate(() => Object.assign(window, { __sameDocument: true }));
    await page.goBack();
    expect(tagsInUrl(page)).toBe(refund);
    await expect(filter.chips).toHaveText(["Refund"]);
    await expectListAgrees(page, api, [refund]);
    await page.goForward();
    expect(tagsInUrl(page)).toBe(`${refund},${urgent}`);
    await expect(filter.chips).toHaveText(["Refund", "Urgent"]);
    await expectListAgrees(page, api, [refund, urgent]);
    expect(await page.evaluate(() => "__sameDocument" in window)).toBe(true);

    // A reload reads the filter from the URL: the same chips and the same list, from the server.
    await page.reload();
    await expect(filter.chips).toHaveText(["Refund", "Urgent"]);
    await expectListAgrees(page, api, [refund, urgent]);
    await expect(filter.input).toHaveValue("");
  });

  test("reads a link with repeated tag parameters, and Clear filters shows every conversation again", async ({ page, upstream }) => {
    const { api } = upstream;
    await seedUpstream(api, [{ title: "Refund" }, { title: "Urgent" }]);
    const { Refund: refund = "", Urgent: urgent = "" } = idsByTitle(api);
    await tagUpstreamConversations(api, { conv_demo_4: [refund], conv_demo_7: [urgent] });

    await page.goto(`${proxiedDemoUrl}/?tag=${refund}&tag=${urgent}`);
    const panel = conversationsPanel(page);
    await expect(panel.filter.chips).toHaveText(["Refund", "Urgent"]);
    await expectListAgrees(page, api, [refund, urgent]);

    await tabTo(page, panel.filter.clear);
    await page.keyboard.press("Enter");
    await expect(panel.filter.chips).toHaveCount(0);
    await expect(panel.filter.input).toBeFocused();
    expect(new URL(page.url()).search).toBe("");
    await expect(panel.titles).toHaveCount(30);
    await page.goBack();
    await expect(panel.filter.chips).toHaveText(["Refund", "Urgent"]);
  });
});

test.describe("the list without the conversations route", () => {
  // The demo's proxy serves the route (conversations: true); without it, the proxy answers this 404
  // (its own unit tests cover that). Here the answer is made at the page's network edge.
  test("shows its error state with a retry when the proxy does not serve conversations", async ({ page }) => {
    await page.route(
      (url) => url.pathname.endsWith("/v1/convai/conversations"),
      (route) => route.fulfill({ status: 404, contentType: "application/json", body: JSON.stringify({ detail: "Not Found" }) }),
    );
    await page.goto(proxiedDemoUrl);
    const panel = conversationsPanel(page);
    await expect(panel.alert).toContainText("Could not load the conversations.");
    await expect(panel.alert.getByRole("button", { name: "Try again" })).toBeVisible();
    await expect(panel.list).toHaveCount(0);
    await expectNoAxeViolations(page, "list error");
  });
});
