/**
 * The theme in a production build, where users ship it: the library is built into dist/, a minimal host
 * page imports `convai-tag-kit` and `convai-tag-kit/styles.css` through the package's own exports, and a
 * plain `vite build` bundles and minifies it (lightningcss, as Vite 8 and Next.js do). A dev server
 * hides what a minifier does to the CSS; here every colour is read back from the browser.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { build } from "vite";
import type { LoopbackServer } from "../support/serveOnLoopback";
import { ensureKitBuilt } from "../support/builds";
import { serveStatic } from "../support/serveStatic";
import { expectThemed, isLightPalette, readThemeFacts, type ThemeFacts } from "../support/themeFacts";

const hostRoot = fileURLToPath(new URL("./theme-host/", import.meta.url));
/** The customer's `--ctk-accent` from the host's own stylesheet (`#6d28d9`). */
const customerAccent = "rgb(109, 40, 217)";

let outDir = "";
let host: LoopbackServer | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  // The library as `npm run build` makes it, complete; never a partial build another test could trust.
  ensureKitBuilt();
  outDir = await mkdtemp(join(tmpdir(), "ctk-theme-host-"));
  // The host page with Vite's defaults: production mode, minified JS and CSS.
  await build({ root: hostRoot, configFile: false, logLevel: "error", build: { outDir, emptyOutDir: true } });
  host = await serveStatic(outDir);
});

test.afterAll(async () => {
  await host?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

type Scheme = "light" | "dark";

/** Opens the built host page, lets `arrange` theme it as a host app would, and reads both forms. */
async function openHost(page: Page, colorScheme: Scheme, arrange?: (page: Page) => Promise<void>) {
  if (!host) throw new Error("the host page is not served");
  await page.emulateMedia({ colorScheme });
  await page.goto(host.url);
  await arrange?.(page);
  const read = async (name: string) => {
    const region = page.getByRole("region", { name });
    return readThemeFacts(region.getByRole("textbox", { name: "Title" }), region.getByRole("button", { name: "Create tag" }));
  };
  return {
    plain: await read("Plain"),
    dashboard: await read("Dashboard"),
    pageScheme: await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme),
  };
}

const references = new Map<Scheme, ThemeFacts>();

/** The plain form's theme on an untouched page, as the reference for a forced theme. */
async function reference(browser: Browser, colorScheme: Scheme): Promise<ThemeFacts> {
  const known = references.get(colorScheme);
  if (known) return known;
  const page = await browser.newPage();
  try {
    const { plain } = await openHost(page, colorScheme);
    references.set(colorScheme, plain);
    return plain;
  } finally {
    await page.close();
  }
}

/** Sets an attribute or a class on every element a host app would theme (the forms' ancestors). */
function onAncestors(attribute: "data-theme" | "class", value: string) {
  return (page: Page) =>
    page.evaluate(
      ([name, token]) => {
        for (const element of document.querySelectorAll("[data-host]")) element.setAttribute(name, token);
      },
      [attribute, value] as const,
    );
}

/** Sets an attribute on `<html>` itself. */
function onRoot(attribute: "data-theme" | "class", value: string) {
  return (page: Page) =>
    page.evaluate(
      ([name, token]) => {
        document.documentElement.setAttribute(name, token);
      },
      [attribute, value] as const,
    );
}

const cases: { name: string; colorScheme: Scheme; arrange?: (page: Page) => Promise<void>; expected: Scheme }[] = [
  { name: "a light-preferring browser", colorScheme: "light", expected: "light" },
  { name: "a dark-preferring browser", colorScheme: "dark", expected: "dark" },
  { name: 'a [data-theme="dark"] ancestor, light browser', colorScheme: "light", arrange: onAncestors("data-theme", "dark"), expected: "dark" },
  { name: 'a [data-theme="light"] ancestor, dark browser', colorScheme: "dark", arrange: onAncestors("data-theme", "light"), expected: "light" },
  { name: "a .dark ancestor, light browser", colorScheme: "light", arrange: onAncestors("class", "dark"), expected: "dark" },
  { name: '<html data-theme="light">, dark browser', colorScheme: "dark", arrange: onRoot("data-theme", "light"), expected: "light" },
  { name: '<html data-theme="dark">, light browser', colorScheme: "light", arrange: onRoot("data-theme", "dark"), expected: "dark" },
];

test.describe("the theme in a production vite build of a host page", () => {
  for (const { name, colorScheme, arrange, expected } of cases) {
    test(`is ${expected} under ${name}`, async ({ page, browser }) => {
      const { plain, dashboard, pageScheme } = await openHost(page, colorScheme, arrange);
      expectThemed(plain, name);
      expectThemed(dashboard, `${name}, customer accent`);
      expect(plain.formScheme, "the form's own color-scheme").toBe(expected);
      expect(isLightPalette(plain) ? "light" : "dark", "palette").toBe(expected);
      expect(plain, "the same palette as an untouched page preferring it").toEqual(await reference(browser, expected));
      // The customer's accent, set above the themed element, wins; nothing else about the form changes.
      expect(dashboard.submitBackground).toBe(customerAccent);
      expect(plain.submitBackground).not.toBe(customerAccent);
      expect({ ...dashboard, submitBackground: "", submitColor: "" }).toEqual({ ...plain, submitBackground: "", submitColor: "" });
      // The host page's own color-scheme is its business.
      expect(pageScheme, "the page's color-scheme").toBe("normal");
    });
  }

  test("differs between light and dark", async ({ browser }) => {
    const [light, dark] = [await reference(browser, "light"), await reference(browser, "dark")];
    expect(dark.formBackground).not.toBe(light.formBackground);
    expect(dark.submitBackground).not.toBe(light.submitBackground);
    expect(dark.titleBackground).not.toBe(light.titleBackground);
  });
});
