/**
 * The README's pictures never go stale: each is one of the visual tests' reference images, which CI
 * compares with the rendered stories on every run, so a picture that no longer matches fails the build.
 */
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const images = [...readme.matchAll(/!\[([^\]]*)\]\(([^)\s]+)\)/g)].map(([, alt = "", path = ""]) => ({ alt, path }));

describe("the README's screenshots", () => {
  it("show the form, the list editing a row, the delete dialog and the open picker, light and dark", () => {
    const names = images.map(({ path }) => path.split("/").at(-1));
    for (const story of ["createtagform-states--filled", "taglist--editing-a-row", "taglist--confirming-a-delete", "conversationtagpicker-states--open"]) {
      expect(names).toEqual(expect.arrayContaining([`${story}--light.png`, `${story}--dark.png`]));
    }
  });

  it("are the visual tests' reference images, each present and described", () => {
    for (const { alt, path } of images) {
      expect(path, "a reference image the visual run compares").toMatch(/^test\/visual\/__screenshots__\/[a-z0-9-]+--(light|dark)\.png$/);
      expect(existsSync(new URL(`../${path}`, import.meta.url)), path).toBe(true);
      expect(alt.length, `alt text of ${path}`).toBeGreaterThan(10);
    }
  });
});
