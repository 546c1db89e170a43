/**
 * The theme's one rule no pipeline can rescue: every colour a part reads goes through the private
 * palette, `var(--ctk-x, var(--_ctk-x))`, because the kit never declares a public `--ctk-*` colour
 * itself. A bare `var(--ctk-x)` is unset and erases the part (transparent, 0px borders): the picker
 * shipped that way once, with every role, label and axe check passing.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("../src/styles.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");

/** The palette's colour names, from the light palette the stylesheet declares (`--_ctk-light-x`). */
const colours = [...css.matchAll(/--_ctk-light-([a-z-]+)\s*:/g)].map((match) => match[1] ?? "");

/** Each rule's selector and declarations (the stylesheet has one nesting level: @media blocks). */
function declarations(): { selector: string; property: string; value: string }[] {
  const found: { selector: string; property: string; value: string }[] = [];
  for (const rule of css.matchAll(/([^{}]+)\{([^{}]*)\}/g)) {
    const selector = (rule[1] ?? "").trim();
    for (const declaration of (rule[2] ?? "").split(";")) {
      const colon = declaration.indexOf(":");
      if (colon > 0) found.push({ selector, property: declaration.slice(0, colon).trim(), value: declaration.slice(colon + 1).trim() });
    }
  }
  return found;
}

describe("styles.css", () => {
  it("knows its palette", () => {
    expect(colours).toEqual(expect.arrayContaining(["bg", "fg", "border", "input-bg", "accent", "danger", "focus"]));
  });

  it("reads every public colour with the private palette as its fallback", () => {
    const bare = declarations().flatMap(({ selector, property, value }) =>
      [...value.matchAll(/var\(\s*--ctk-([a-z-]+)\s*(?:,\s*([^)]*\)?))?\)/g)]
        .filter(([, name = "", fallback]) => colours.includes(name) && fallback?.replace(/\s+/g, "") !== `var(--_ctk-${name})`)
        .map(([usage]) => `${selector} { ${property}: ${usage} }`),
    );
    expect(bare).toEqual([]);
  });

  it("never declares a public colour, so a host's value wins in both themes", () => {
    const declared = declarations().filter(({ property }) => colours.some((name) => property === `--ctk-${name}`));
    expect(declared).toEqual([]);
  });

  it("declares every private colour it reads, in the light and the dark palette", () => {
    const read = new Set([...css.matchAll(/var\(\s*--_ctk-([a-z-]+)/g)].map((match) => match[1] ?? ""));
    const declared = new Set(declarations().map(({ property }) => property.replace(/^--_ctk-/, "")));
    expect([...read].filter((name) => !declared.has(name))).toEqual([]);
    for (const name of colours) expect(declared, `--_ctk-dark-${name}`).toContain(`dark-${name}`);
  });
});
