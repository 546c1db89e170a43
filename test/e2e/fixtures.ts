/**
 * The e2e test object: Playwright's `test` plus an `upstream` fixture, and the page's parts found
 * the way a person finds them (landmarks, roles and accessible names).
 */
import { test as base, expect, type Locator, type Page, type Route } from "@playwright/test";
import { DEMO_API_PATH } from "../../demo/backend";
import { createTestUpstream, type TestUpstream } from "./upstream";

/** Fixtures: `upstream` is the running test upstream, fresh (no tags, no queued failures) per test. */
export const test = base.extend<{ upstream: TestUpstream }, { upstreamServer: TestUpstream }>({
  upstreamServer: [
    // Playwright reads fixture dependencies from the destructuring pattern, so an empty one is required;
    // the second argument is Playwright's `use`, renamed so it is not taken for React's.
    // eslint-disable-next-line no-empty-pattern
    async ({}, provide) => {
      const upstream = createTestUpstream();
      await upstream.start();
      await provide(upstream);
      await upstream.stop();
    },
    { scope: "worker" },
  ],
  upstream: async ({ upstreamServer }, provide) => {
    upstreamServer.reset();
    await upstreamServer.start();
    await provide(upstreamServer);
    // A test that took the upstream down leaves it up for the next one.
    await upstreamServer.start();
  },
});

export { expect };

/** The demo's parts, by landmark, role and name. */
export function demoPage(page: Page) {
  const createRegion = page.getByRole("region", { name: "Create a tag", exact: true });
  const tagsRegion = page.getByRole("region", { name: "Tags", exact: true });
  return {
    createRegion,
    tagsRegion,
    title: createRegion.getByRole("textbox", { name: "Title" }),
    description: createRegion.getByRole("textbox", { name: "Description" }),
    // By slot: the button's name changes to "Creating tag…" while the request runs.
    submit: createRegion.locator('[data-slot="submit"]'),
    alert: createRegion.getByRole("alert"),
    status: createRegion.getByRole("status").filter({ hasText: "created" }),
    /** The list item of the tag with exactly this title. */
    listedTag: (title: string) =>
      tagsRegion.getByRole("listitem").filter({ has: page.getByText(title, { exact: true }) }),
  };
}

/**
 * The demo's Conversations panel: the tag filter above the list of conversations carrying its tags,
 * each row with an "Edit tags" toggle that opens a tag picker for that conversation.
 */
export function conversationsPanel(page: Page) {
  const region = page.getByRole("region", { name: "Conversations", exact: true });
  const list = region.getByRole("list", { name: "Conversations", exact: true });
  return {
    region,
    filter: tagFilterIn(region),
    list,
    /** Every row's title, in the list's order. */
    titles: list.locator('[data-slot="row-title"]'),
    /** The button of the notice that rows no longer carry a tag of the filter. */
    refresh: region.getByRole("button", { name: "Refresh", exact: true }),
    alert: region.getByRole("alert"),
    /** The row of the conversation titled `title`. */
    row: (title: string) => conversationRow(region, title),
  };
}

/** The tag filter's parts inside `scope`. */
export function tagFilterIn(scope: Locator) {
  const root = scope.locator('[data-slot="tag-filter"]');
  return {
    root,
    input: root.getByRole("combobox", { name: "Filter by tag", exact: true }),
    option: (name: string | RegExp) => root.getByRole("option", { name }),
    /** The titles of the tags in the filter, in order. */
    chips: root.getByRole("list", { name: "Tags in the filter", exact: true }).locator('[data-slot="chip-label"]'),
    remove: (title: string) => root.getByRole("button", { name: `Remove filter ${title}`, exact: true }),
    clear: root.getByRole("button", { name: "Clear filters", exact: true }),
  };
}

/**
 * One row of a conversation list inside `scope`, found by its "Edit tags of *title*" toggle: its tag
 * chips while closed, and its picker's parts while open.
 */
export function conversationRow(scope: Locator, title: string) {
  const name = `Edit tags of ${title}`;
  const row = scope.locator('[data-slot="row"]').filter({ has: scope.page().getByRole("button", { name, exact: true }) });
  return {
    row,
    toggle: row.getByRole("button", { name, exact: true }),
    /** The row's tag chips (shown while its picker is closed). */
    tags: row.getByRole("list", { name: "Tags", exact: true }).getByRole("listitem"),
    noLongerTagged: row.locator('[data-slot="row-no-longer-tagged"]'),
    done: row.getByRole("button", { name: "Done", exact: true }),
    ...pickerIn(row),
  };
}

/** The tag picker's parts inside `pane`, as a person finds them. */
export function pickerIn(pane: Locator) {
  return {
    input: pane.getByRole("combobox", { name: "Add tags" }),
    listbox: pane.getByRole("listbox"),
    option: (name: string | RegExp) => pane.getByRole("option", { name }),
    /** The chips' titles (a chip's remove button is named "Remove tag …"). */
    chips: pane.getByRole("list", { name: "Tags on this conversation" }).locator('[data-slot="chip-label"]'),
    alert: pane.getByRole("alert"),
  };
}

/** Clicks the "Edit tags" toggle of the conversation titled `title` and waits for its picker. */
export async function openConversation(page: Page, title: string) {
  const row = conversationsPanel(page).row(title);
  await row.toggle.click();
  await expect(row.toggle).toHaveAttribute("aria-expanded", "true");
  await expect(row.input).toBeFocused();
  return row;
}

/** Requests of the page held on their way to the proxy until the test lets them go. */
export interface HeldRequests {
  /** Resolves once the page sent the first one (it is held from then on). */
  readonly sent: Promise<void>;
  /** Stops holding; the requests held so far go on to the server, in the order they were sent. */
  release(): Promise<void>;
}

/** Where a request goes under the demo's proxy: `/v1/convai/tags`, or a pattern of such paths. */
type ApiPath = string | RegExp;

async function hold(page: Page, method: string, path: ApiPath, limit: number): Promise<HeldRequests> {
  const matches = (url: URL) => {
    if (!url.pathname.startsWith(`${DEMO_API_PATH}/`)) return false;
    const apiPath = url.pathname.slice(DEMO_API_PATH.length);
    return typeof path === "string" ? apiPath === path : path.test(apiPath);
  };
  let held = 0;
  let onSent: () => void = () => undefined;
  const sent = new Promise<void>((resolve) => {
    onSent = resolve;
  });
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  let released = false;
  // Each held request's handler waits for the release; in order, as they were sent.
  let queue = opened;
  const handler = async (route: Route) => {
    if (released || held >= limit || route.request().method() !== method) {
      await route.fallback();
      return;
    }
    held += 1;
    onSent();
    const turn = queue.then(() => route.continue());
    queue = turn;
    await turn;
  };
  await page.route(matches, handler);
  return {
    sent,
    async release() {
      released = true;
      open();
      await queue;
      await page.unroute(matches, handler);
    },
  };
}

/**
 * Holds the next request the page sends with `method` to `path` of the demo's API: one slow call,
 * every other request passing.
 */
export function holdNext(page: Page, method: string, path: ApiPath): Promise<HeldRequests> {
  return hold(page, method, path, 1);
}

/** Holds every request the page sends with `method` to `path` of the demo's API until released. */
export function holdAll(page: Page, method: string, path: ApiPath): Promise<HeldRequests> {
  return hold(page, method, path, Number.POSITIVE_INFINITY);
}

/** Records the body of every POST the page sends to the proxy, to prove when none was sent. */
export function recordTagPosts(page: Page): string[] {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST" && new URL(request.url()).pathname.startsWith(`${DEMO_API_PATH}/`)) {
      posts.push(request.postData() ?? "");
    }
  });
  return posts;
}

let counter = 0;

/** A short title no other test in this run uses (the test upstream allows only 10 characters). */
export function uniqueTitle(prefix: string): string {
  counter += 1;
  return `${prefix}${(Date.now() % 46_656).toString(36)}${counter.toString(36)}`;
}

/** A pattern matching `text` anywhere, for accessible descriptions that also hold hints and counters. */
export function containing(text: string): RegExp {
  return new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
}
