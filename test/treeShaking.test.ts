/**
 * An app that imports only the create form ships none of the picker, the list, the dialogs or the
 * edit form. The browser entry is first
 * bundled into one file, as `dist/index.js` is (so no per-file `sideEffects` can help), then an app
 * importing from that file is bundled the way its bundler would: what is left holds not one of the
 * picker's strings or names.
 */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const external = ["react", "react-dom", "react/*", "@tanstack/*", "react-hook-form", "@hookform/*", "zod", "zod/*"];
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "ctk-shake-"));
  await build({
    entryPoints: ["src/index.ts"],
    outfile: join(dir, "index.js"),
    bundle: true,
    format: "esm",
    jsx: "automatic",
    external,
    logLevel: "silent",
  });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function app(imports: string): Promise<string> {
  const entry = join(dir, `app-${imports.replace(/\W+/g, "-")}.js`);
  await writeFile(entry, `import { ${imports} } from "./index.js";\nconsole.log(${imports});\n`);
  const result = await build({ entryPoints: [entry], bundle: true, write: false, format: "esm", external, logLevel: "silent" });
  return result.outputFiles.map((file) => file.text).join("");
}

const PICKER_MARKERS = ["ConversationTagPicker", "option-check", "more tags match", "aria-activedescendant", "foldTitle"];

// Each component's own words or names: present when it is imported, absent otherwise.
const OTHER_COMPONENTS = {
  TagList: ["No tags yet. Tags you create appear here.", "Could not load more tags."],
  EditTagForm: ["Nothing changed, so nothing was saved."],
  DeleteTagButton: ["Conversations lose this tag. This cannot be undone."],
  CreateTagDialog: ["openLabel"],
} as const;

describe("tree shaking", () => {
  it("leaves the picker out of an app that imports only CreateTagForm", async () => {
    const form = await app("CreateTagForm, TagsApiProvider");
    expect(form).toContain("Create tag");
    for (const marker of PICKER_MARKERS) expect(form, marker).not.toContain(marker);
  });

  it("finds the picker when it is imported (the markers are real)", async () => {
    const picker = await app("ConversationTagPicker, TagsApiProvider");
    for (const marker of PICKER_MARKERS) expect(picker, marker).toContain(marker);
  });

  it("leaves the list, the dialogs and the edit form out of an app that imports only CreateTagForm", async () => {
    const form = await app("CreateTagForm, TagsApiProvider");
    for (const [component, markers] of Object.entries(OTHER_COMPONENTS)) {
      for (const marker of markers) expect(form, `${component}: ${marker}`).not.toContain(marker);
    }
  });

  it("ships the combobox but no create rules and no writes in an app that imports only TagFilter", async () => {
    const filter = await app("TagFilter, TagsApiProvider");
    for (const marker of ["Filter by tag", "foldTitle", "aria-activedescendant"]) expect(filter, marker).toContain(marker);
    for (const marker of ["title_too_long", "Create tag", "useCreateTag", "useAssignTags", "useUnassignTag", "ConversationTagPicker"]) {
      expect(filter, marker).not.toContain(marker);
    }
  });

  it.each(Object.entries(OTHER_COMPONENTS))("finds %s's markers when it is imported", async (component, markers) => {
    const bundle = await app(`${component}, TagsApiProvider`);
    for (const marker of markers) expect(bundle, marker).toContain(marker);
  });
});
