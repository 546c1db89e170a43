/** Requests the page makes to its tags API, as Playwright sees them, and waiting for them to end. */
import type { Page } from "playwright-core";
import { API_BASE_PATH } from "./serve";

/** Counts of the page's API requests. */
export interface ApiTracker {
  /** Requests sent and not yet finished or failed. */
  inFlight: () => number;
  /** Requests sent since the tracker started. */
  sent: () => number;
}

/** Starts counting the page's requests under {@link API_BASE_PATH}. */
export function trackApi(page: Page): ApiTracker {
  let inFlight = 0;
  let sent = 0;
  const isApi = (url: string) => new URL(url).pathname.startsWith(`${API_BASE_PATH}/`);
  page.on("request", (request) => {
    if (!isApi(request.url())) return;
    inFlight++;
    sent++;
  });
  const done = (request: { url: () => string }) => {
    if (isApi(request.url())) inFlight--;
  };
  page.on("requestfinished", done);
  page.on("requestfailed", done);
  return { inFlight: () => inFlight, sent: () => sent };
}

/** Waits until no API request has been in flight for `calmMs` (in 50 ms steps), then for a frame. */
export async function apiQuiet(page: Page, api: ApiTracker, calmMs = 300): Promise<void> {
  for (let calm = 0; calm < calmMs; ) {
    await page.waitForTimeout(50);
    calm = api.inFlight() === 0 ? calm + 50 : 0;
  }
  await page.evaluate(() => window.__bench.settle());
}
