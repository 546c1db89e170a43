/**
 * The house rules about imports, checked on the source: the server entry never pulls in React, the
 * browser entry never pulls in the server code, and only the components know markup.
 */
import { readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
// `import x from "m"`, `export * from "m"`, `import "m"` and `import("m")`.
const importPattern = /(?:\bfrom\s+|\bimport\s*\(?\s*)"([^"]+)"/g;

/** Every module reachable from `entry` by relative imports, with the packages each one imports. */
function graph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = readFileSync(file, "utf8");
    const specifiers = [...source.matchAll(importPattern)].map((match) => match[1] ?? "");
    seen.set(file, specifiers.filter((s) => !s.startsWith(".")));
    for (const s of specifiers.filter((s) => s.startsWith("."))) {
      const target = resolve(dirname(file), s).replace(/\.js$/, "");
      const candidates = [`${target}.ts`, `${target}.tsx`];
      const found = candidates.find((c) => {
        try {
          readFileSync(c);
          return true;
        } catch {
          return false;
        }
      });
      if (found) visit(found);
    }
  };
  visit(resolve(root, entry));
  return seen;
}

const files = (g: Map<string, string[]>) => [...g.keys()].map((f) => relative(root, f));
const packages = (g: Map<string, string[]>) => new Set([...g.values()].flat());

describe("layers", () => {
  it("keeps React out of convai-tag-kit/server and convai-tag-kit/msw", () => {
    for (const entry of ["src/server/index.ts", "src/server/node.ts", "src/msw.ts"]) {
      const g = graph(entry);
      expect(files(g).length).toBeGreaterThan(3);
      expect([...packages(g)].filter((p) => /^(react|react-dom|@tanstack|react-hook-form)(\/|$)/.test(p))).toEqual([]);
    }
  });

  it("keeps Node's own modules out of every build of convai-tag-kit/server but the `node` one", () => {
    // Bun, Deno, Workers and edge runtimes resolve the default build; it must bundle without node:*.
    expect([...packages(graph("src/server/index.ts"))].filter((p) => p.startsWith("node:"))).toEqual([]);
    expect(packages(graph("src/server/node.ts"))).toContain("node:http");
  });

  it("keeps the server code out of the browser entry", () => {
    const g = graph("src/index.ts");
    expect(files(g)).toContain("src/form/CreateTagForm.tsx");
    expect(files(g).filter((f) => f.startsWith("src/server/"))).toEqual([]);
  });

  it("keeps React and react-query out of convai-tag-kit/core", () => {
    const g = graph("src/core/index.ts");
    expect(files(g)).toContain("src/core/client.ts");
    expect([...packages(g)].filter((p) => /^(react|react-dom|@tanstack|react-hook-form)(\/|$)/.test(p))).toEqual([]);
    expect(files(g).filter((f) => !f.startsWith("src/core/"))).toEqual([]);
  });

  it("builds the browser entry's rules from core, not a copy", () => {
    const g = graph("src/index.ts");
    expect(files(g)).toContain("src/core/tag.ts");
    expect(files(g).filter((f) => /(^|\/)tag\.ts$/.test(f))).toEqual(["src/core/tag.ts"]);
  });

  it("lets a feature folder use another only through what that folder publishes, and shares helpers through internal/", () => {
    const features = ["form", "picker", "tag-list", "dialogs", "conversations"];
    const index = readFileSync(resolve(root, "src/index.ts"), "utf8");
    const published = new Set([...index.matchAll(/from "\.\/([^"]+)\.js"/g)].map((match) => `src/${match[1] ?? ""}`));
    const crossings: string[] = [];
    for (const file of files(graph("src/index.ts"))) {
      const from = /^src\/([^/]+)\//.exec(file)?.[1];
      if (!from || !features.includes(from)) continue;
      const source = readFileSync(resolve(root, file), "utf8");
      for (const [, specifier = ""] of source.matchAll(importPattern)) {
        if (!specifier.startsWith("..")) continue;
        const target = relative(root, resolve(dirname(resolve(root, file)), specifier)).replace(/\.js$/, "");
        const to = /^src\/([^/]+)\//.exec(target)?.[1];
        if (to && to !== from && features.includes(to) && !published.has(target)) crossings.push(`${file} -> ${target}`);
      }
    }
    // A component, its messages and the error wording are published; a helper is not.
    expect(crossings).toEqual([]);
  });
});
