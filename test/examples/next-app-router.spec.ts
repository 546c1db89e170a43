/**
 * The Next.js App Router example, as a user ships it: installed from the packed kit, `next build`,
 * `next start`, the example's mock API behind it. What a visitor gets: the tags in the first HTML,
 * a themed form that creates tags through the proxy route, a server action that checks titles with
 * the kit's rules, no console errors, and never the API key.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { test as base, expect, type APIRequestContext, type Page, type Response } from "@playwright/test";
import { expectThemed, isLightPalette, readThemeFacts } from "../support/themeFacts";
import { NEXT_MOCK_PORT, NEXT_TEST_KEY } from "./nextApp";

// The distinctive part of the key: found with or without its prefix.
const SECRET = NEXT_TEST_KEY.slice("sk_".length);
const TAGS_PATH = "/api/elevenlabs/v1/convai/tags";
const CONVERSATIONS_PATH = "/api/elevenlabs/v1/convai/conversations";

interface Seen {
  url: string;
  text: string;
}

const test = base.extend<{ seen: Seen[]; nextApp: { url: string; dir: string } }>({
  // Built and started once for the run by global-setup.ts.
  // eslint-disable-next-line no-empty-pattern -- Playwright reads fixture dependencies from the pattern.
  nextApp: async ({}, provide) => {
    const url = process.env.NEXT_EXAMPLE_URL;
    const dir = process.env.NEXT_EXAMPLE_DIR;
    if (!url || !dir) throw new Error("the example is not running: run with -c test/examples/playwright.config.ts");
    await provide({ url, dir });
  },
  // Every test's page: no console error or warning (hydration mismatches included), no uncaught
  // error, and no response body or header holding the key.
  seen: [
    async ({ page }, provide) => {
      const problems: string[] = [];
      const pending: Promise<Seen>[] = [];
      page.on("console", (message) => {
        if (message.type() === "error" || message.type() === "warning") problems.push(`${message.type()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
      page.on("response", (response) => pending.push(read(response)));
      const seen: Seen[] = [];
      await provide(seen);
      seen.push(...(await Promise.all(pending)));
      expect(problems, "console errors and warnings").toEqual([]);
      for (const { url, text } of seen) expect(text.includes(SECRET), `the key in the response of ${url}`).toBe(false);
    },
    { auto: true },
  ],
});

async function read(response: Response): Promise<Seen> {
  const headers = (await response.headersArray()).map(({ name, value }) => `${name}: ${value}`).join("\n");
  let body = "";
  try {
    body = (await response.body()).toString("utf8");
  } catch {
    // Redirects and aborted requests have no body; their headers are still checked.
  }
  return { url: response.url(), text: `${headers}\n\n${body}` };
}

function regions(page: Page) {
  const create = page.getByRole("region", { name: "Create a tag", exact: true });
  const quick = page.getByRole("region", { name: "Quick add", exact: true });
  return {
    create,
    quick,
    tags: page.getByRole("region", { name: "Tags", exact: true }),
    title: create.getByRole("textbox", { name: "Title" }),
    quickTitle: quick.getByRole("textbox", { name: "Tag title" }),
    quickSubmit: quick.getByRole("button", { name: "Add on the server" }),
  };
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

test("the server's first HTML already lists the prefetched tags, styled by the kit's stylesheet", async ({ page, nextApp }) => {
  // The HTML itself, as the server sent it: no script has run.
  const response = await page.request.get(nextApp.url);
  expect(response.status()).toBe(200);
  const html = await response.text();
  const tagsSection = /<section aria-labelledby="tags-heading">[\s\S]*?<\/section>/.exec(html)?.[0] ?? "";
  expect(tagsSection).toContain("<strong>Billing</strong>");
  expect(tagsSection).toContain("<strong>Escalate to a human</strong>");
  expect(tagsSection).not.toContain("Loading tags");
  expect(html).toContain('data-slot="title-input"');
  expect(html).toMatch(/<link rel="stylesheet" href="\/_next\/static\/[^"]+\.css"/);
  expect(html.includes(SECRET), "the key in the first HTML").toBe(false);
});

test("the themed form creates a tag through the proxy route and the hydrated list shows it", async ({ page, nextApp }) => {
  const listFetches: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "GET" && new URL(request.url()).pathname === TAGS_PATH) listFetches.push(request.url());
  });
  await page.goto(nextApp.url);
  const { create, tags, title } = regions(page);
  await expect(tags.getByText("Billing", { exact: true })).toBeVisible();

  // The theme survived Next's CSS minifier (lightningcss), light and dark: borders, opaque colours, contrast.
  const submit = create.locator('[data-slot="submit"]');
  const light = await readThemeFacts(title, submit);
  expectThemed(light, "next build, light");
  expect(isLightPalette(light)).toBe(true);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await readThemeFacts(title, submit);
  expectThemed(dark, "next build, dark");
  expect(isLightPalette(dark)).toBe(false);

  // Typing reaches React only once the page is hydrated: the counter proves it.
  const name = `Next ${Date.now() % 100_000}`;
  const counter = create.locator('[data-slot="title-counter"] [aria-hidden="true"]');
  await expect(async () => {
    await title.fill("");
    await title.fill(name);
    await expect(counter).toHaveText(`${name.length} / 120`, { timeout: 500 });
  }).toPass();
  // The list came with the HTML: the browser did not fetch it again.
  expect(listFetches).toEqual([]);

  const post = page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === TAGS_PATH);
  await submit.click();
  const answer = await post;
  expect(answer.status()).toBe(200);
  expect(await answer.request().headerValue("sec-fetch-site")).toBe("same-origin");
  await expect(create.getByRole("status")).toHaveText(`Tag “${name}” created`);
  await expect(tags.getByRole("listitem").first()).toHaveText(name);
});

test("the server action refuses a 121-character title in the kit's words and takes 120 emoji", async ({ page, nextApp }) => {
  await page.goto(nextApp.url);
  const { quick, quickTitle, quickSubmit, tags } = regions(page);

  const tooLong = "a".repeat(121);
  await quickTitle.fill(tooLong);
  await quickSubmit.click();
  await expect(quickTitle).toHaveAccessibleDescription("Title must be 120 characters or fewer. 1 character too many");
  await expect(quickTitle).toHaveAttribute("aria-invalid", "true");
  await expect(quickTitle).toHaveValue(tooLong);

  // 240 UTF-16 units, 120 code points: the server counts as the API does.
  const emoji = "👍".repeat(120);
  await quickTitle.fill(emoji);
  await quickSubmit.click();
  await expect(quick.getByRole("status")).toHaveText(`Tag “${emoji}” created`);
  await expect(quickTitle).not.toHaveAttribute("aria-invalid");
  await expect(tags.getByText(emoji, { exact: true })).toBeVisible();
});

test("the server action works without JavaScript", async ({ browser, nextApp }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto(nextApp.url);
    const { quickTitle, quickSubmit } = regions(page);
    await quickTitle.fill("b".repeat(125));
    await quickSubmit.click();
    await expect(quickTitle).toHaveAccessibleDescription("Title must be 120 characters or fewer. 5 characters too many");
    await expect(quickTitle).toHaveValue("b".repeat(125));
  } finally {
    await context.close();
  }
});

test("no file the server hands out under .next/static holds the key", ({ nextApp }) => {
  const files = filesUnder(join(nextApp.dir, ".next/static"));
  expect(files.length).toBeGreaterThan(5);
  for (const file of files) expect(readFileSync(file).includes(SECRET), file).toBe(false);
});

/** What the example's mock API lists for these tags now (newest first), asked directly with the key. */
async function mockConversations(
  request: APIRequestContext,
  tagIds: readonly string[] = [],
): Promise<{ conversation_id: string; call_summary_title?: string | null; tag_ids?: string[] | null }[]> {
  const query = new URLSearchParams(tagIds.map((id) => ["tag_ids", id]));
  const response = await request.get(`http://127.0.0.1:${String(NEXT_MOCK_PORT)}/v1/convai/conversations?${query.toString()}`, {
    headers: { "xi-api-key": NEXT_TEST_KEY },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { conversations: Awaited<ReturnType<typeof mockConversations>> }).conversations;
}

const titlesOf = (conversations: { call_summary_title?: string | null }[]) => conversations.map((c) => c.call_summary_title ?? "");

function conversationsPage(page: Page) {
  const region = page.getByRole("region", { name: "Conversations by tag", exact: true });
  const filter = region.locator('[data-slot="tag-filter"]');
  return {
    region,
    filterInput: filter.getByRole("combobox", { name: "Filter by tag", exact: true }),
    filterChips: filter.getByRole("list", { name: "Tags in the filter", exact: true }).locator('[data-slot="chip-label"]'),
    titles: region.getByRole("list", { name: "Conversations", exact: true }).locator('[data-slot="row-title"]'),
  };
}

test("the first page of a filtered /conversations is in the server's HTML, and the browser does not fetch it again", async ({
  page,
  request,
  nextApp,
}) => {
  const expected = titlesOf(await mockConversations(request, ["tag_escalate"]));
  const others = titlesOf(await mockConversations(request)).filter((title) => !expected.includes(title));
  expect(expected.length).toBeGreaterThan(0);
  expect(others.length).toBeGreaterThan(0);

  // The HTML itself, as the server sent it: no script has run.
  const response = await page.request.get(`${nextApp.url}/conversations?tags=tag_escalate`);
  expect(response.status()).toBe(200);
  const html = await response.text();
  for (const title of expected) expect(html, title).toContain(`>${title}</span>`);
  for (const title of others) expect(html, title).not.toContain(`>${title}</span>`);
  expect(html).not.toContain("Loading conversations");
  // The workspace's tags were walked on the server too: the filter's chip has its title.
  expect(html).toContain('<span data-slot="chip-label">Escalate to a human</span>');
  expect(html).not.toContain("Loading tag…");
  expect(html.includes(SECRET), "the key in the first HTML").toBe(false);

  const listFetches: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname === CONVERSATIONS_PATH) listFetches.push(request.url());
  });
  await page.goto(`${nextApp.url}/conversations?tags=tag_escalate`);
  const { filterChips, filterInput, titles } = conversationsPage(page);
  await expect(titles).toHaveText(expected);
  await expect(filterChips).toHaveText(["Escalate to a human"]);
  // Hydrated: the filter's popup opens (a click before hydration does nothing). That click is the
  // first interaction; the hydrated page had asked for no list before it.
  await expect(async () => {
    if ((await filterInput.getAttribute("aria-expanded")) !== "true") await filterInput.click();
    await expect(filterInput).toHaveAttribute("aria-expanded", "true", { timeout: 500 });
  }).toPass();
  await page.waitForLoadState("networkidle");
  expect(listFetches, "conversations list requests before any interaction").toEqual([]);
});

test("changing the filter updates the URL and the list", async ({ page, request, nextApp }) => {
  await page.goto(`${nextApp.url}/conversations?tags=tag_escalate`);
  const { filterInput, filterChips, titles, region } = conversationsPage(page);
  await expect(filterChips).toHaveText(["Escalate to a human"]);

  await filterInput.click();
  await page.keyboard.type("bill");
  await page.keyboard.press("Enter");
  await expect(filterChips).toHaveText(["Escalate to a human", "Billing"]);
  await expect(page).toHaveURL(/\/conversations\?tags=tag_escalate,tag_billing$/);
  await expect(titles).toHaveText(titlesOf(await mockConversations(request, ["tag_escalate", "tag_billing"])));

  await region.getByRole("button", { name: "Remove filter Escalate to a human", exact: true }).click();
  await expect(filterChips).toHaveText(["Billing"]);
  await expect(page).toHaveURL(/\/conversations\?tags=tag_billing$/);
  await expect(titles).toHaveText(titlesOf(await mockConversations(request, ["tag_billing"])));
});

test("a tag added in a row's picker reaches the mock API", async ({ page, request, nextApp }) => {
  const untagged = (await mockConversations(request)).find((c) => !(c.tag_ids ?? []).includes("tag_escalate"));
  if (!untagged?.call_summary_title) throw new Error("the mock has no conversation without tag_escalate");
  const title = untagged.call_summary_title;

  await page.goto(`${nextApp.url}/conversations`);
  const { region } = conversationsPage(page);
  const toggleName = { name: `Edit tags of ${title}`, exact: true };
  const row = region.locator('[data-slot="row"]').filter({ has: page.getByRole("button", toggleName) });
  const toggle = row.getByRole("button", toggleName);
  // A click before hydration does nothing: click until the toggle opens the row's picker.
  await expect(async () => {
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    await expect(toggle).toHaveAttribute("aria-expanded", "true", { timeout: 500 });
  }).toPass();
  const input = row.getByRole("combobox", { name: "Add tags" });
  await expect(input).toBeFocused();
  await page.keyboard.type("escal");
  await expect(row.getByRole("option", { name: "Escalate to a human" })).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(row.getByRole("list", { name: "Tags on this conversation" })).toContainText("Escalate to a human");

  await expect
    .poll(async () => (await mockConversations(request, ["tag_escalate"])).map((c) => c.conversation_id))
    .toContain(untagged.conversation_id);
  await page.keyboard.press("Escape");
  await row.getByRole("button", { name: "Done", exact: true }).click();
  await expect(row.getByRole("list", { name: "Tags", exact: true })).toContainText("Escalate to a human");
});

test("the tags page and the conversations page link to each other", async ({ page, nextApp }) => {
  await page.goto(nextApp.url);
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Conversations by tag" }).click();
  await expect(page).toHaveURL(/\/conversations$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conversations");
  await page.getByRole("navigation", { name: "Pages" }).getByRole("link", { name: "Tags" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Conversation tags");
});
