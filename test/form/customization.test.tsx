import { screen, waitFor } from "@testing-library/react";
import { createRef } from "react";
import { describe, expect, it, vi } from "vitest";
import { defaultMessages, type TagMessages, type UseCreateTagFormOptions } from "../../src";
import { unprocessable } from "../support/fixtures";
import { descriptionInput, renderForm, startMockNetwork, submitButton, titleInput } from "./harness";

const network = startMockNetwork();

const german: Partial<TagMessages> = {
  titleLabel: "Titel",
  descriptionLabel: "Beschreibung",
  descriptionHint: "Optional.",
  submitLabel: "Tag erstellen",
  submittingLabel: "Wird erstellt…",
  titleRequired: "Bitte einen Titel eingeben",
  created: (tag) => `Tag „${tag.title}“ erstellt`,
  characterCount: (count, max) => `${count} von ${max}`,
  characterLimit: (max) => `Höchstens ${max} Zeichen`,
  errorServer: "Serverfehler. Bitte später erneut versuchen.",
};

const everySlot = [
  "root",
  "title-field",
  "title-label",
  "title-hint",
  "title-input",
  "title-counter",
  "title-error",
  "description-field",
  "description-label",
  "description-hint",
  "description-input",
  "description-counter",
  "description-error",
  "alert",
  "status",
  "actions",
  "submit",
  "cancel",
];

describe("CreateTagForm: customization", () => {
  it("speaks another language through messages", async () => {
    const { user } = renderForm({ messages: german });
    expect(screen.getByRole("textbox", { name: "Titel" })).toHaveAccessibleDescription("Höchstens 120 Zeichen");
    expect(screen.getByRole("textbox", { name: "Beschreibung" })).toBeInTheDocument();
    expect(screen.getByText("0 von 120")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Tag erstellen" }));
    expect(await screen.findByText("Bitte einen Titel eingeben")).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Titel" }), "Rückerstattung");
    network.api.failNext({ kind: "status", status: 500 });
    await user.click(screen.getByRole("button", { name: "Tag erstellen" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("Serverfehler. Bitte später erneut versuchen.");
    await user.click(screen.getByRole("button", { name: "Tag erstellen" }));
    expect(await screen.findByRole("status")).toHaveTextContent("Tag „Rückerstattung“ erstellt");
  });

  it("keeps English defaults for the keys it does not override", () => {
    renderForm({ messages: { titleLabel: "Name" } });
    expect(screen.getByRole("textbox", { name: "Name" })).toBeInTheDocument();
    expect(screen.getByRole("button", { name: defaultMessages.submitLabel })).toBeInTheDocument();
  });

  it("marks every part with data-slot and takes a class per slot", async () => {
    const classNames = {
      titleField: "c-title-field",
      titleLabel: "c-title-label",
      titleHint: "c-title-hint",
      titleInput: "c-title-input",
      titleCounter: "c-title-counter",
      titleError: "c-title-error",
      descriptionField: "c-description-field",
      descriptionLabel: "c-description-label",
      descriptionHint: "c-description-hint",
      descriptionInput: "c-description-input",
      descriptionCounter: "c-description-counter",
      descriptionError: "c-description-error",
      alert: "c-alert",
      status: "c-status",
      actions: "c-actions",
      submit: "c-submit",
      cancel: "c-cancel",
    };
    const { user, container } = renderForm({
      className: "c-root",
      classNames,
      onCancel: vi.fn(),
      messages: { titleHint: "Shown wherever the tag is applied." },
    });
    await user.type(titleInput(), "Billing issue");
    // A 422 brings both field errors and the alert at once.
    network.api.failNext(
      unprocessable(
        { loc: ["body", "title"], msg: "Title is taken" },
        { loc: ["body", "description"], msg: "Too rude" },
        { loc: ["body", "color"], msg: "Not allowed" },
      ),
    );
    await user.click(submitButton());
    await screen.findByRole("alert");
    for (const slot of everySlot) {
      const part = container.querySelector(`[data-slot="${slot}"]`);
      expect(part, slot).not.toBeNull();
      const camel = slot.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      expect(part, slot).toHaveClass(slot === "root" ? "c-root" : classNames[camel as keyof typeof classNames]);
    }
    expect(container.querySelector('[data-slot="root"]')).toHaveAttribute("data-ctk");
  });

  it("marks invalid fields and inputs with data-invalid", async () => {
    const { user, container } = renderForm();
    expect(container.querySelector("[data-invalid]")).toBeNull();
    await user.click(submitButton());
    await screen.findByText("Enter a title");
    expect(container.querySelector('[data-slot="title-field"]')).toHaveAttribute("data-invalid");
    expect(titleInput()).toHaveAttribute("data-invalid");
    expect(container.querySelector('[data-slot="description-field"]')).not.toHaveAttribute("data-invalid");
  });

  it("reflects its status in data-state on the root", async () => {
    const { user, container } = renderForm();
    const root = container.querySelector("form");
    expect(root).toHaveAttribute("data-state", "idle");
    await user.type(titleInput(), "Refund{Enter}");
    await screen.findByText("Tag “Refund” created");
    expect(root).toHaveAttribute("data-state", "success");
  });

  it("passes native props to the root and its parts, and a ref to the form", () => {
    const ref = createRef<HTMLFormElement>();
    renderForm({
      ref,
      "aria-label": "New tag",
      id: "new-tag",
      titleInputProps: { placeholder: "e.g. Billing issue", spellCheck: false },
      descriptionProps: { rows: 6, placeholder: "When to use it" },
      submitProps: { title: "Create the tag" },
      onCancel: vi.fn(),
      cancelProps: { title: "Close" },
    });
    const form = screen.getByRole("form", { name: "New tag" });
    expect(ref.current).toBe(form);
    expect(form).toHaveAttribute("id", "new-tag");
    expect(titleInput()).toHaveAttribute("placeholder", "e.g. Billing issue");
    expect(titleInput()).toHaveAttribute("spellcheck", "false");
    expect(screen.getByRole("textbox", { name: "Description" })).toHaveAttribute("rows", "6");
    expect(submitButton()).toHaveAttribute("title", "Create the tag");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveAttribute("title", "Close");
  });

  it("runs a descriptionProps onKeyDown before its own Ctrl+Enter, which it can prevent", async () => {
    const onKeyDown = vi.fn((event: React.KeyboardEvent) => {
      event.preventDefault();
    });
    const { user } = renderForm({ descriptionProps: { onKeyDown } });
    await user.type(titleInput(), "Refund");
    await user.click(screen.getByRole("textbox", { name: "Description" }));
    await user.keyboard("{Control>}{Enter}{/Control}");
    expect(onKeyDown).toHaveBeenCalled();
    expect(network.createRequests).toHaveLength(0);
  });

  it("adds a title hint to the title's description when messages has one", () => {
    renderForm({ messages: { titleHint: "Keep it short." } });
    expect(titleInput()).toHaveAccessibleDescription(expect.stringContaining("Keep it short.") as string);
  });

  it("keeps a part's own className beside its classNames entry, and without one", () => {
    renderForm({
      onCancel: vi.fn(),
      classNames: { titleInput: "slot-title", descriptionInput: "slot-description", submit: "slot-submit", cancel: "slot-cancel" },
      titleInputProps: { className: "mine-title" },
      descriptionProps: { className: "mine-description" },
      submitProps: { className: "mine-submit" },
      cancelProps: { className: "mine-cancel" },
    });
    expect(titleInput()).toHaveClass("slot-title", "mine-title");
    expect(descriptionInput()).toHaveClass("slot-description", "mine-description");
    expect(submitButton()).toHaveClass("slot-submit", "mine-submit");
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveClass("slot-cancel", "mine-cancel");
  });

  it("keeps a part's own className when classNames does not name that part", () => {
    renderForm({
      onCancel: vi.fn(),
      titleInputProps: { className: "mine-title" },
      descriptionProps: { className: "mine-description" },
      submitProps: { className: "mine-submit" },
      cancelProps: { className: "mine-cancel" },
    });
    expect(titleInput()).toHaveClass("mine-title", { exact: true });
    expect(descriptionInput()).toHaveClass("mine-description", { exact: true });
    expect(submitButton()).toHaveClass("mine-submit", { exact: true });
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveClass("mine-cancel", { exact: true });
  });

  it("keeps each part's style", () => {
    renderForm({
      onCancel: vi.fn(),
      classNames: { titleInput: "slot-title", submit: "slot-submit" },
      titleInputProps: { style: { letterSpacing: "2px" } },
      descriptionProps: { style: { minHeight: "9em" } },
      submitProps: { style: { textTransform: "uppercase" } },
      cancelProps: { style: { marginLeft: "1em" } },
    });
    expect(titleInput()).toHaveStyle({ letterSpacing: "2px" });
    expect(descriptionInput()).toHaveStyle({ minHeight: "9em" });
    expect(submitButton()).toHaveStyle({ textTransform: "uppercase" });
    expect(screen.getByRole("button", { name: "Cancel" })).toHaveStyle({ marginLeft: "1em" });
  });

  it("runs cancelProps.onClick and then onCancel", async () => {
    const calls: string[] = [];
    const { user } = renderForm({
      onCancel: () => calls.push("onCancel"),
      cancelProps: { onClick: () => calls.push("cancelProps.onClick") },
    });
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(calls).toEqual(["cancelProps.onClick", "onCancel"]);
  });

  it("runs submitProps.onClick before the submit, and the submit still happens", async () => {
    const requestsAtClick: number[] = [];
    const { user } = renderForm({ submitProps: { onClick: () => requestsAtClick.push(network.createRequests.length) } });
    await user.type(titleInput(), "Refund");
    await user.click(submitButton());
    expect(await screen.findByRole("status")).toHaveTextContent("Tag “Refund” created");
    expect(requestsAtClick).toEqual([0]);
    expect(network.createRequests).toHaveLength(1);
  });

  it("runs titleInputProps handlers beside its own (the server error still clears on edit)", async () => {
    const onKeyDown = vi.fn();
    const onFocus = vi.fn();
    const { user } = renderForm({ titleInputProps: { onFocus, onKeyDown } });
    network.api.failNext(unprocessable({ loc: ["body", "title"], msg: "Title is taken" }));
    await user.type(titleInput(), "Refund{Enter}");
    await screen.findByText("Title is taken");
    await user.type(titleInput(), "s");
    // The resolver revalidates asynchronously; under load the clear lands a tick after the keystroke.
    await waitFor(() => expect(screen.queryByText("Title is taken")).not.toBeInTheDocument());
    await user.tab();
    expect(onFocus).toHaveBeenCalled();
    expect(onKeyDown).toHaveBeenCalled();
  });

  it("keeps its own wiring over the same props given in *Props", () => {
    renderForm({
      titleInputProps: { "aria-describedby": "elsewhere", id: "mine" } as object,
      submitProps: { type: "button", "data-slot": "mine" } as object,
    });
    expect(titleInput()).not.toHaveAttribute("id", "mine");
    expect(titleInput()).toHaveAccessibleDescription("You can enter up to 120 characters");
    expect(submitButton()).toHaveAttribute("type", "submit");
    expect(submitButton()).toHaveAttribute("data-slot", "submit");
  });

  it("gives every hook option to the hook and none to <form> as an attribute", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    const onSuccess = vi.fn();
    // Every option, so a new one must be added here (`Required` makes it a type error otherwise).
    const options = {
      defaultValues: { title: "Refund" },
      onSuccess,
      onError: vi.fn(),
      resetOnSuccess: false,
      mutationOptions: { retry: 0 },
      messages: { submitLabel: "Add tag" },
      showDescription: false,
      formOptions: { mode: "onSubmit" },
    } satisfies Required<UseCreateTagFormOptions>;
    const { user, container } = renderForm({ ...options, "aria-label": "New tag" });
    const form = container.querySelector("form");
    const attributes = [...(form?.attributes ?? [])].map((attribute) => attribute.name).sort();
    expect(attributes).toEqual(["aria-label", "data-ctk", "data-slot", "data-state", "novalidate"]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    // And the hook got them: no description, the label, the default value kept after success.
    expect(screen.queryByRole("textbox", { name: "Description" })).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "Add tag" }));
    await screen.findByText("Tag “Refund” created");
    expect(titleInput()).toHaveValue("Refund");
    expect(onSuccess).toHaveBeenCalledOnce();
  });
});
