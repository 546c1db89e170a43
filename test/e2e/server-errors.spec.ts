import { defaultMessages } from "../../src";
import { containing, demoPage, expect, recordTagPosts, test, uniqueTitle } from "./fixtures";
import { PROXY_TIMEOUT_MS, UPSTREAM_PORT, proxiedDemoUrl } from "./ports";

const SERVER_TITLE_ERROR = "String should have at most 10 characters";

test.describe("the demo through its proxy to a test upstream", () => {
  test.beforeEach(async ({ page, upstream }) => {
    expect(upstream.running).toBe(true);
    await page.goto(proxiedDemoUrl);
    await expect(page.getByText(`Backend: ElevenLabs API (http://127.0.0.1:${UPSTREAM_PORT})`)).toBeVisible();
    // The list has loaded, so the only request left to make is the one the test makes.
    await expect(demoPage(page).tagsRegion.getByText("No tags yet", { exact: false })).toBeVisible();
  });

  test("shows the server's 422 under the title, keeps the text, and clears it on edit", async ({ page, upstream }) => {
    const demo = demoPage(page);
    const posts = recordTagPosts(page);
    const title = "Eleven+ chars, fine for the client";
    await demo.title.fill(title);
    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await demo.submit.click();
    expect((await answer).status()).toBe(422);

    expect(posts).toHaveLength(1);
    await expect(demo.title).toHaveAttribute("aria-invalid", "true");
    await expect(demo.title).toHaveAccessibleDescription(containing(SERVER_TITLE_ERROR));
    await expect(demo.createRegion.getByText(SERVER_TITLE_ERROR)).toBeVisible();
    await expect(demo.title).toHaveValue(title);
    await expect(demo.title).toBeFocused();
    expect(upstream.api.tags()).toEqual([]);

    await demo.title.press("End");
    await demo.title.press("Backspace");
    await expect(demo.title).not.toHaveAttribute("aria-invalid", "true");
    await expect(demo.title).not.toHaveAccessibleDescription(containing(SERVER_TITLE_ERROR));
    await expect(demo.createRegion.getByText(SERVER_TITLE_ERROR)).toHaveCount(0);
  });

  test("explains an unreachable upstream, keeps the text, and succeeds once it is back", async ({ page, upstream }) => {
    const demo = demoPage(page);
    const title = uniqueTitle("down");
    await demo.title.fill(title);
    await demo.description.fill("Sent while the upstream is down");
    await upstream.stop();

    const refused = page.waitForResponse((response) => response.request().method() === "POST");
    await demo.submit.click();
    expect((await refused).status()).toBe(502);
    await expect(demo.alert).toHaveText(defaultMessages.errorServer);
    await expect(demo.title).toHaveValue(title);
    await expect(demo.description).toHaveValue("Sent while the upstream is down");

    await upstream.start();
    await demo.submit.click();
    await expect(demo.status).toHaveText(`Tag “${title}” created`);
    await expect(demo.alert).toHaveCount(0);
    await expect(demo.listedTag(title)).toBeVisible();
    expect(upstream.api.tags().map((tag) => tag.title)).toEqual([title]);
  });

  test("explains a hanging upstream after the proxy's timeout and succeeds on the next try", async ({ page, upstream }) => {
    const demo = demoPage(page);
    const posts = recordTagPosts(page);
    const title = uniqueTitle("hang");
    await demo.title.fill(title);
    upstream.failNextWrite({ kind: "hang" });

    const timedOut = page.waitForResponse((response) => response.request().method() === "POST", {
      timeout: PROXY_TIMEOUT_MS + 5_000,
    });
    await demo.submit.click();
    // While the upstream hangs the button says so, and a second submit sends nothing.
    await expect(demo.submit).toHaveAttribute("aria-busy", "true");
    await demo.submit.click();
    expect((await timedOut).status()).toBe(504);
    expect(posts).toHaveLength(1);
    await expect(demo.alert).toHaveText(defaultMessages.errorTimeout);
    await expect(demo.title).toHaveValue(title);

    await demo.submit.click();
    await expect(demo.status).toHaveText(`Tag “${title}” created`);
    await expect(demo.listedTag(title)).toBeVisible();
    expect(posts).toHaveLength(2);
  });
});
