/**
 * Render counts while someone types in the edit form: the same measures as renderCount.test.tsx
 * (a spy in the hook's component, a Profiler per field and per counter, the real EditTagForm
 * called as a function so each render of it is counted).
 */
import { Profiler, type ProfilerOnRenderCallback } from "react";
import { QueryClient } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  CharacterCount,
  EditTagForm,
  useEditTagForm,
  useTagField,
  type EditTagFormProps,
  type UseEditTagFormResult,
} from "../../src";
import { tag } from "../support/fixtures";
import { startMockNetwork } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";

startMockNetwork();

const typed = "a".repeat(100);
const quiet = { delay: 3_600_000 };
let commits: string[] = [];
const onRender: ProfilerOnRenderCallback = (id) => {
  commits.push(id);
};
const count = (id: string) => commits.filter((commit) => commit === id).length;
const renders = { root: vi.fn(), title: vi.fn(), description: vi.fn(), form: vi.fn() };

function Field({ tagForm, name, spy }: { tagForm: UseEditTagFormResult; name: "title" | "description"; spy: () => void }) {
  spy();
  const { ids, inputProps } = useTagField(tagForm, name);
  return (
    <div>
      <label htmlFor={ids.input}>{name === "title" ? "Title" : "Description"}</label>
      <input {...inputProps} />
      <Profiler id={`${name}-counter`} onRender={onRender}>
        <CharacterCount control={tagForm.form.control} name={name} id={ids.counter} {...quiet} />
      </Profiler>
    </div>
  );
}

function HeadlessEditForm() {
  renders.root();
  const tagForm = useEditTagForm({ tag: tag(1) });
  return (
    <form onSubmit={(event) => void tagForm.handleSubmit(event)}>
      <Profiler id="title-field" onRender={onRender}>
        <Field tagForm={tagForm} name="title" spy={renders.title} />
      </Profiler>
      <Profiler id="description-field" onRender={onRender}>
        <Field tagForm={tagForm} name="description" spy={renders.description} />
      </Profiler>
    </form>
  );
}

function CountedEditTagForm(props: EditTagFormProps) {
  renders.form();
  return EditTagForm(props);
}

function mount(ui: React.ReactElement) {
  const { user } = renderWithApi(ui, { queryClient: new QueryClient() });
  for (const spy of Object.values(renders)) spy.mockClear();
  commits = [];
  return user;
}

describe("render counts while typing in the edit form", () => {
  it("re-renders only the title counter, once a keystroke", async () => {
    const user = mount(<HeadlessEditForm />);
    await user.type(screen.getByRole("textbox", { name: "Title" }), typed);
    expect(renders.root).toHaveBeenCalledTimes(0);
    expect(renders.title).toHaveBeenCalledTimes(0);
    expect(renders.description).toHaveBeenCalledTimes(0);
    expect(count("description-counter")).toBe(0);
    expect(count("title-counter")).toBe(typed.length);
  });

  it("never re-renders <EditTagForm>'s root", async () => {
    const user = mount(
      <Profiler id="form" onRender={onRender}>
        <CountedEditTagForm tag={tag(1)} counterProps={quiet} />
      </Profiler>,
    );
    await user.type(screen.getByRole("textbox", { name: "Description" }), typed);
    expect(renders.form).toHaveBeenCalledTimes(0);
    expect(count("form")).toBe(typed.length);
  });
});
