/**
 * 422 to painted error: the mock API is told to refuse the next create with a FastAPI 422 whose
 * message is unique to the attempt; the bench clicks "Create tag" and the page reports when a
 * MutationObserver first saw that message in the form and when the next frame started (rAF after
 * the DOM change). The response's arrival is its Resource Timing `responseEnd` (last byte), on
 * the same clock.
 */
import type { Page } from "playwright-core";
import type { MockTagsApi } from "../../src/server";
import { API_BASE_PATH } from "./serve";

/** Milliseconds per attempt. */
export interface ServerErrorRun {
  /** responseEnd to the frame that shows the message. */
  toFrameMs: number[];
  /** responseEnd to the DOM change. */
  toDomMs: number[];
}

/** Submits `attempts` times (after `warmup` unmeasured ones), each answered with a 422 on the title. */
export async function measureServerError(page: Page, mock: MockTagsApi, attempts: number, warmup = 5): Promise<ServerErrorRun> {
  const run: ServerErrorRun = { toFrameMs: [], toDomMs: [] };
  await page.getByRole("textbox", { name: "Title" }).fill("Refund request");
  const submit = page.locator('button[type="submit"]');
  for (let i = 0; i < warmup + attempts; i++) {
    const message = `Title refused by the server, attempt ${i + 1}`;
    mock.failNext({
      kind: "status",
      status: 422,
      body: { detail: [{ type: "value_error", loc: ["body", "title"], msg: message, input: "Refund request", ctx: {} }] },
    });
    await page.evaluate((text) => {
      performance.clearResourceTimings();
      window.__bench.watchFor(text);
    }, message);
    await submit.click();
    const { seen, frame, responseEnd } = await page.evaluate(async (suffix) => {
      const watched = await window.__bench.watched;
      if (!watched) throw new Error("nothing was watched");
      return { ...watched, responseEnd: window.__bench.lastResponseEnd(suffix) };
    }, `${API_BASE_PATH}/v1/convai/tags`);
    if (responseEnd === null) throw new Error("no resource timing for the create request");
    if (i < warmup) continue;
    run.toDomMs.push(seen - responseEnd);
    run.toFrameMs.push(frame - responseEnd);
    // Let the form go back to idle (button label, pending state) before the next attempt.
    await page.waitForFunction(() => !document.querySelector('button[type="submit"][data-pending]'));
  }
  return run;
}
