/**
 * The shadcn registry in public/r/ is what `npm run registry` makes from registry.json and
 * registry/items/ now, so a published registry never lags its sources; and its items keep to what
 * makes them installable offline and pleasant to own. The end-to-end check is `npm run test:registry`.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");

interface RegistryItem {
  name: string;
  type: string;
  dependencies?: string[];
  registryDependencies?: string[];
  files: { path: string; type: string; target?: string }[];
  css?: unknown;
  cssVars?: unknown;
}
const registry = JSON.parse(read("registry.json")) as { items: RegistryItem[] };
const fresh = mkdtempSync(join(tmpdir(), "ctk-registry-"));

afterAll(() => {
  rmSync(fresh, { recursive: true, force: true });
});

describe("the shadcn registry", () => {
  it("public/r/ equals a fresh `shadcn build` (run `npm run registry` after changing an item)", () => {
    const manifest = JSON.parse(read("node_modules/shadcn/package.json")) as { bin: string | Record<string, string> };
    const bin = join(root, "node_modules/shadcn", typeof manifest.bin === "string" ? manifest.bin : (manifest.bin.shadcn ?? ""));
    const built = spawnSync(process.execPath, [bin, "build", "--output", fresh], { cwd: root, encoding: "utf8" });
    expect(built.status, built.stderr).toBe(0);
    const files = readdirSync(fresh).sort();
    expect(readdirSync(join(root, "public/r")).sort()).toEqual(files);
    expect(files).toEqual(["registry.json", ...registry.items.map((item) => `${item.name}.json`)].sort());
    for (const file of files) expect(read(`public/r/${file}`), `public/r/${file}`).toBe(readFileSync(join(fresh, file), "utf8"));
  }, 60_000);

  it("has the three items, each one file under registry/items/ that depends on npm packages only", () => {
    expect(registry.items.map((item) => item.name)).toEqual(["tags-page", "conversation-tags-cell", "create-tag-form"]);
    for (const item of registry.items) {
      // A registryDependencies entry such as "button" is fetched from the shadcn website.
      expect(item.registryDependencies, item.name).toBeUndefined();
      expect(item.dependencies, item.name).toEqual(["convai-tag-kit", "@tanstack/react-query"]);
      expect(item.files, item.name).toEqual([{ path: `registry/items/${item.name}/${item.name}.tsx`, type: "registry:component" }]);
      // Nothing that rewrites the app's CSS.
      expect(item.css ?? item.cssVars, item.name).toBeUndefined();
    }
  });

  it("imports the kit's public entry only; the themed items import styles.css, the Tailwind form does not", () => {
    for (const item of registry.items) {
      const source = read(`registry/items/${item.name}/${item.name}.tsx`);
      const specifiers = [...source.matchAll(/^import[^"]*"([^"]+)"/gm)].map((match) => match[1]);
      const expected = item.name === "create-tag-form" ? ["convai-tag-kit"] : ["convai-tag-kit", "convai-tag-kit/styles.css"];
      expect(specifiers, item.name).toEqual(expected);
    }
  });

  it("gives every part of CreateTagForm a class in the Tailwind form", () => {
    const slotUnion = /export type CreateTagFormSlot =([^;]+);/.exec(read("src/form/slots.ts"))?.[1] ?? "";
    const slots = [...slotUnion.matchAll(/"(\w+)"/g)].map((match) => match[1]).sort();
    const table = /const classNames = \{([\s\S]+?)\n\} satisfies/.exec(read("registry/items/create-tag-form/create-tag-form.tsx"))?.[1] ?? "";
    const styled = [...table.matchAll(/^ {2}(\w+):/gm)].map((match) => match[1]).sort();
    expect(slots.length).toBeGreaterThan(10);
    expect(styled).toEqual(slots);
  });
});
