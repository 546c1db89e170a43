import type { Response } from "@playwright/test";
import { demoPage, expect, test, uniqueTitle } from "./fixtures";
import { KNOWN_TEST_KEY, proxiedDemoUrl } from "./ports";

// The distinctive part of the key: catches it with or without its prefix, in any JSON or header.
const SECRET = KNOWN_TEST_KEY.slice("sk_".length);

interface Seen {
  url: string;
  status: number;
  type: string;
  headers: [string, string][];
  body: string;
}

async function read(response: Response): Promise<Seen> {
  const headers = (await response.headersArray()).map(({ name, value }): [string, string] => [name, value]);
  let body = "";
  try {
    body = (await response.body()).toString("utf8");
  } catch {
    // Redirects have no body; their headers are still checked.
  }
  return { url: response.url(), status: response.status(), type: response.request().resourceType(), headers, body };
}

test("the API key is in no response, served script or response header the browser gets", async ({ page, upstream }) => {
  const pending: Promise<Seen>[] = [];
  page.on("response", (response) => pending.push(read(response)));
  const demo = demoPage(page);

  // Every kind of answer the proxy gives: the page, the list, a created tag, a 422, a 502 and a 504.
  const submit = async () => {
    const answer = page.waitForResponse((response) => response.request().method() === "POST", { timeout: 10_000 });
    await demo.submit.click();
    return (await answer).status();
  };
  await page.goto(proxiedDemoUrl);
  await expect(demo.tagsRegion.getByText("No tags yet", { exact: false })).toBeVisible();
  const title = uniqueTitle("key");
  await demo.title.fill(title);
  expect(await submit()).toBe(200);
  await expect(demo.listedTag(title)).toBeVisible();

  await demo.title.fill("Far too long for the upstream");
  expect(await submit()).toBe(422);
  await expect(demo.title).toHaveAttribute("aria-invalid", "true");

  await demo.title.fill("down");
  await upstream.stop();
  expect(await submit()).toBe(502);
  await expect(demo.alert).toBeVisible();
  await upstream.start();

  upstream.failNextWrite({ kind: "hang" });
  expect(await submit()).toBe(504);
  await expect(demo.alert).toBeVisible();

  const seen = await Promise.all(pending);
  const api = seen.filter(({ url }) => new URL(url).pathname.startsWith("/api/elevenlabs/"));
  expect(api.map(({ status }) => status)).toEqual(expect.arrayContaining([200, 422, 502, 504]));
  for (const response of seen) {
    expect(response.body, `body of ${response.url}`).not.toContain(SECRET);
    for (const [name, value] of response.headers) {
      expect(`${name}: ${value}`, `header of ${response.url}`).not.toContain(SECRET);
      expect(name.toLowerCase(), `header of ${response.url}`).not.toBe("xi-api-key");
    }
  }

  // Every script the page ran, fetched again outside the page: what a visitor could read (the
  // production build's bundle, and its chunks if any).
  const scripts = [...new Set(seen.filter(({ type }) => type === "script").map(({ url }) => url))];
  expect(scripts.length).toBeGreaterThan(0);
  for (const url of scripts) {
    const response = await page.request.get(url);
    expect(response.ok(), url).toBe(true);
    expect(await response.text(), `script ${url}`).not.toContain(SECRET);
  }
});
