/**
 * A build plugin for the peers' byte counts only. The peers import the limits and
 * `countCharacters` from the kit's `src/core/tag.ts`, as the house rules ask (one copy of "120"); that
 * module also builds the kit's zod schemas at load, which a bundler must keep, so a form that
 * never touches zod would ship all of it. A team writing its own form would have its own three
 * constants instead. This wraps each top-level value of that one module in a pure-annotated
 * function, so whatever a peer does not use is dropped; the kit is always built untouched.
 */
import type { Plugin } from "vite";

interface Span {
  start: number;
  end: number;
}

interface Node extends Span {
  type: string;
  declaration?: Node | null;
  declarations?: (Span & { init: (Node & Span) | null })[];
}

function topLevelInitializers(body: readonly Node[]): Span[] {
  const spans: Span[] = [];
  for (const statement of body) {
    const declaration = statement.type === "ExportNamedDeclaration" ? statement.declaration : statement;
    if (declaration?.type !== "VariableDeclaration") continue;
    for (const declarator of declaration.declarations ?? []) {
      if (declarator.init && declarator.init.type !== "Literal") spans.push(declarator.init);
    }
  }
  return spans;
}

/** Makes every top-level value of modules matching `file` droppable when unused. */
export function pureTopLevelValues(file: RegExp): Plugin {
  return {
    name: "bench:pure-top-level-values",
    enforce: "post",
    transform(code, id) {
      if (!file.test(id)) return null;
      const program = this.parse(code) as unknown as { body: Node[] };
      let out = code;
      for (const { start, end } of topLevelInitializers(program.body).reverse()) {
        out = `${out.slice(0, start)}/* @__PURE__ */ (() => (${out.slice(start, end)}))()${out.slice(end)}`;
      }
      return { code: out, map: null };
    },
  };
}
