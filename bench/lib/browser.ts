/** The Chromium the bench drives, and pages of the bench's build in it. */
import { chromium, type Browser, type CDPSession, type Page } from "playwright-core";
import { chromiumArgs, resolveChromium } from "../../test/chromium";
import type { PeerId } from "../peers/ids";

/** A launched Chromium and where it came from. */
export interface LaunchedBrowser {
  browser: Browser;
  version: string;
  source: string;
}

/** Launches Chromium headless, as the tests do; never downloads one. */
export async function launchBrowser(): Promise<LaunchedBrowser> {
  const { executablePath, source } = await resolveChromium();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  return { browser, version: browser.version(), source };
}

/** How to open a peer's page. */
export interface OpenOptions {
  /** Load this many tags into the demo's list beside the form (100 a page). */
  listTags?: number;
  /** Turn on the commit counters (profiling build only). */
  probeReact?: boolean;
}

/** An open page with its own CDP session. */
export interface PeerPage {
  page: Page;
  cdp: CDPSession;
  close: () => Promise<void>;
}

/** Opens `peer` in a fresh context and waits until the form (and the list, if asked) is shown. */
export async function openPeer(browser: Browser, origin: string, peer: PeerId, options: OpenOptions = {}): Promise<PeerPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: "light" });
  const page = await context.newPage();
  const query = new URLSearchParams({ peer });
  if (options.listTags) query.set("list", "1");
  if (options.probeReact) query.set("probe", "react");
  await page.goto(`${origin}/?${query.toString()}`);
  await page.getByRole("textbox", { name: "Title" }).waitFor();
  if (options.listTags) await loadTags(page, options.listTags);
  const cdp = await context.newCDPSession(page);
  return {
    page,
    cdp,
    close: () => context.close(),
  };
}

async function loadTags(page: Page, count: number): Promise<void> {
  const items = page.locator('[data-slot="list"] > li');
  await items.first().waitFor();
  for (let shown = await items.count(); shown < count; shown = await items.count()) {
    await page.getByRole("button", { name: "Load more" }).click();
    await page.waitForFunction((before) => document.querySelectorAll('[data-slot="list"] > li').length > before, shown);
  }
}

/** Clicks into the title field and waits for the frame. */
export async function focusTitle(page: Page): Promise<void> {
  await page.getByRole("textbox", { name: "Title" }).click();
  await page.evaluate(() => window.__bench.settle());
}
