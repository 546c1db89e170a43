/**
 * Render counts while someone types. How each number is measured, and why it is honest:
 *
 * - A `<Profiler>` reports every commit of its subtree, so it isolates a part only when the part
 *   is the whole subtree. The headless form below (the same parts `CreateTagForm` uses: the hook,
 *   `useTagField`, `CharacterCount`) wraps each field and each counter in its own Profiler.
 * - The component that calls `useCreateTagForm` cannot sit in a Profiler of its own (its children
 *   would count too), so it calls a spy in its body: one call per render of the form root.
 * - For `<CreateTagForm>` itself the test cannot reach inside, so `CountedCreateTagForm` calls the
 *   real `CreateTagForm` as a plain function. Its hooks then run in `CountedCreateTagForm`, so each
 *   render of it is exactly one render of `CreateTagForm`'s body. A Profiler around it shows the
 *   whole form commits once per keystroke: only what changed (the title counter) is in those commits.
 *
 * Typing uses no delay and the live region waits far longer than the test runs, so every commit
 * comes from a keystroke and the numbers are deterministic.
 */
import { Profiler, type ProfilerOnRenderCallback } from "react";
import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import {
  CharacterCount,
  CreateTagForm,
  useCreateTagForm,
  useTagField,
  type CreateTagFormProps,
  type UseCreateTagFormResult,
} from "../../src";
import { renderWithApi } from "../support/renderWithApi";
import { submitButton, titleInput, startMockNetwork } from "./harness";

startMockNetwork();

const typed = "a".repeat(120);
const quiet = { delay: 3_600_000 };

function commitCounter() {
  const commits: string[] = [];
  const onRender: ProfilerOnRenderCallback = (id) => {
    commits.push(id);
  };
  return { commits, onRender, count: (id: string) => commits.filter((commit) => commit === id).length };
}

function Field({
  tagForm,
  name,
  onRender,
}: {
  tagForm: UseCreateTagFormResult;
  name: "title" | "description";
  onRender: () => void;
}) {
  onRender();
  const { ids, error, inputProps } = useTagField(tagForm, name);
  return (
    <div>
      <label htmlFor={ids.input}>{name === "title" ? "Title" : "Description"}</label>
      <input {...inputProps} />
      <Profiler id={`${name}-counter`} onRender={profiler.onRender}>
        <CharacterCount control={tagForm.form.control} name={name} id={ids.counter} {...quiet} />
      </Profiler>
      {error && <p id={ids.error}>{error}</p>}
    </div>
  );
}

let profiler = commitCounter();
const renders = { root: vi.fn(), title: vi.fn(), description: vi.fn() };

function HeadlessForm() {
  renders.root();
  const tagForm = useCreateTagForm();
  return (
    <form onSubmit={(event) => void tagForm.handleSubmit(event)}>
      <Profiler id="title-field" onRender={profiler.onRender}>
        <Field tagForm={tagForm} name="title" onRender={renders.title} />
      </Profiler>
      <Profiler id="description-field" onRender={profiler.onRender}>
        <Field tagForm={tagForm} name="description" onRender={renders.description} />
      </Profiler>
      <button type="submit">Create tag</button>
    </form>
  );
}

function setUp() {
  profiler = commitCounter();
  for (const spy of Object.values(renders)) spy.mockClear();
}

function mountedThenReset() {
  for (const spy of Object.values(renders)) spy.mockClear();
  profiler.commits.length = 0;
}

describe("render counts while typing", () => {
  it("typing 120 characters in the title re-renders only the title counter", async () => {
    setUp();
    const { user } = renderWithApi(<HeadlessForm />);
    mountedThenReset();
    await user.type(titleInput(), typed);

    expect(renders.root).toHaveBeenCalledTimes(0);
    expect(renders.title).toHaveBeenCalledTimes(0);
    expect(renders.description).toHaveBeenCalledTimes(0);
    expect(profiler.count("description-field")).toBe(0);
    expect(profiler.count("description-counter")).toBe(0);
    expect(profiler.count("title-counter")).toBe(typed.length);
    expect(screen.getByText(`120 / 120`)).toBeInTheDocument();
  });

  it("after an error, the title field re-renders only when its error state changes", async () => {
    setUp();
    const { user } = renderWithApi(<HeadlessForm />);
    await user.click(submitButton());
    await screen.findByText("Enter a title");
    mountedThenReset();

    await user.type(titleInput(), typed);
    // Re-validation after a submit runs the resolver, which is async: on a busy machine it can settle
    // after the last keystroke.
    await waitFor(() => {
      expect(screen.queryByText("Enter a title")).not.toBeInTheDocument();
    });
    // The first keystroke clears the error (one render); the other 119 leave it cleared.
    expect(renders.title).toHaveBeenCalledTimes(1);
    expect(renders.root).toHaveBeenCalledTimes(0);
    expect(renders.description).toHaveBeenCalledTimes(0);
    expect(profiler.count("description-field")).toBe(0);
  });
});

const formRenders = vi.fn();

function CountedCreateTagForm(props: CreateTagFormProps) {
  formRenders();
  return CreateTagForm(props);
}

describe("render counts of <CreateTagForm>", () => {
  it("typing 120 characters in the title never re-renders the form root", async () => {
    const commits = commitCounter();
    const { user } = renderWithApi(
      <Profiler id="form" onRender={commits.onRender}>
        <CountedCreateTagForm counterProps={quiet} />
      </Profiler>,
    );
    formRenders.mockClear();
    commits.commits.length = 0;

    await user.type(titleInput(), typed);
    expect(formRenders).toHaveBeenCalledTimes(0);
    expect(commits.count("form")).toBe(typed.length);
  });
});
