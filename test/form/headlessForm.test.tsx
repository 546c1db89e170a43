/**
 * A form that looks nothing like <CreateTagForm>, built from the headless hook alone: one inline
 * row, its own label and counter text, an error summary list and a toast-like success line.
 */
import { screen, waitFor } from "@testing-library/react";
import { useWatch } from "react-hook-form";
import { describe, expect, it, vi } from "vitest";
import {
  countCharacters,
  TAG_TITLE_MAX_LENGTH,
  useCreateTagForm,
  useTagField,
  type ConversationTag,
  type UseCreateTagFormResult,
} from "../../src";
import { renderWithApi } from "../support/renderWithApi";
import { startMockNetwork } from "./harness";

const network = startMockNetwork();

function Remaining({ tagForm }: { tagForm: UseCreateTagFormResult }) {
  const title = useWatch({ control: tagForm.form.control, name: "title" });
  return <small id={tagForm.ids.title.counter}>{TAG_TITLE_MAX_LENGTH - countCharacters(title.trim())} left</small>;
}

function TitleRow({ tagForm }: { tagForm: UseCreateTagFormResult }) {
  const { ids, invalid, error, inputProps } = useTagField(tagForm, "title");
  return (
    <span className={invalid ? "row row--bad" : "row"}>
      <label htmlFor={ids.input}>New tag name</label>
      <input {...inputProps} placeholder="Type and press Enter" />
      <Remaining tagForm={tagForm} />
      {error && (
        <em id={ids.error} className="oops">
          ⚠ {error}
        </em>
      )}
    </span>
  );
}

function InlineTagComposer({ onCreated }: { onCreated: (tag: ConversationTag) => void }) {
  const tagForm = useCreateTagForm({
    showDescription: false,
    onSuccess: onCreated,
    messages: { titleRequired: "Name the tag first" },
  });
  return (
    <form aria-label="Quick tag" onSubmit={(event) => void tagForm.handleSubmit(event)}>
      {tagForm.serverError && (
        <ul {...tagForm.getAlertProps()} aria-label="Problems">
          <li>{tagForm.serverError}</li>
        </ul>
      )}
      <TitleRow tagForm={tagForm} />
      <button type="submit" disabled={tagForm.status === "submitting"}>
        ＋
      </button>
      <output>{tagForm.createdTag ? `Added ${tagForm.createdTag.title}` : ""}</output>
    </form>
  );
}

const nameInput = () => screen.getByRole("textbox", { name: "New tag name" });

describe("a custom form built on useCreateTagForm", () => {
  it("validates, shows its own error markup, and focuses the field", async () => {
    const { user } = renderWithApi(<InlineTagComposer onCreated={vi.fn()} />);
    await user.type(nameInput(), "   {Enter}");
    expect(await screen.findByText(/Name the tag first/)).toHaveClass("oops");
    expect(nameInput()).toHaveAttribute("aria-invalid", "true");
    expect(nameInput()).toHaveAccessibleDescription(/Name the tag first/);
    expect(nameInput()).toHaveFocus();
    expect(network.createRequests).toHaveLength(0);
  });

  it("creates the tag and shows it its own way", async () => {
    const onCreated = vi.fn();
    const { user } = renderWithApi(<InlineTagComposer onCreated={onCreated} />);
    await user.type(nameInput(), "Upsell{Enter}");
    expect(await screen.findByText("Added Upsell")).toBeInTheDocument();
    expect(onCreated).toHaveBeenCalledWith(expect.objectContaining({ title: "Upsell" }));
    expect(nameInput()).toHaveValue("");
    expect(screen.getByText("120 left")).toBeInTheDocument();
  });

  it("shows a form-level failure in its own alert and focuses it", async () => {
    const { user } = renderWithApi(<InlineTagComposer onCreated={vi.fn()} />);
    network.api.failNext({ kind: "network" });
    await user.type(nameInput(), "Upsell{Enter}");
    const problems = await screen.findByRole("alert", { name: "Problems" });
    expect(problems).toHaveTextContent(/could not be reached/);
    await waitFor(() => {
      expect(problems).toHaveFocus();
    });
    expect(nameInput()).toHaveValue("Upsell");
  });

  it("puts a 422 title message on its own field", async () => {
    const { user } = renderWithApi(<InlineTagComposer onCreated={vi.fn()} />);
    network.api.failNext({
      kind: "status",
      status: 422,
      body: { detail: [{ type: "x", loc: ["body", "title"], msg: "Already exists" }] },
    });
    await user.type(nameInput(), "Upsell{Enter}");
    expect(await screen.findByText(/Already exists/)).toHaveClass("oops");
    expect(nameInput()).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
