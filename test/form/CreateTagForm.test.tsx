import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH, type ConversationTag } from "../../src";
import { descriptionInput, renderForm, submitButton, titleInput, startMockNetwork } from "./harness";

const network = startMockNetwork();

describe("CreateTagForm: structure", () => {
  it("labels its fields Title and Description and says the description is optional", () => {
    renderForm();
    expect(titleInput()).toBeInTheDocument();
    expect(descriptionInput()).toHaveAccessibleDescription(/optional/i);
    expect(submitButton()).toHaveAttribute("type", "submit");
  });

  it("puts no maxlength on either field, so pasting long text and trimming it works", () => {
    const { container } = renderForm();
    expect(container.querySelectorAll("[maxlength]")).toHaveLength(0);
  });

  it("describes each field by its limit", () => {
    renderForm();
    expect(titleInput()).toHaveAccessibleDescription(`You can enter up to ${TAG_TITLE_MAX_LENGTH} characters`);
    expect(descriptionInput()).toHaveAccessibleDescription(
      expect.stringContaining(`You can enter up to ${TAG_DESCRIPTION_MAX_LENGTH} characters`) as string,
    );
  });

  it("shows no cancel button without onCancel", () => {
    renderForm();
    expect(screen.queryByRole("button", { name: "Cancel" })).not.toBeInTheDocument();
  });

  it("calls onCancel from its cancel button without submitting", async () => {
    const onCancel = vi.fn();
    const { user } = renderForm({ onCancel });
    await user.type(titleInput(), "Refund");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    expect(onCancel).toHaveBeenCalledOnce();
    expect(network.createRequests).toHaveLength(0);
  });

  it("hides the description with showDescription false and sends null", async () => {
    const { user } = renderForm({ showDescription: false });
    expect(screen.queryByRole("textbox", { name: "Description" })).not.toBeInTheDocument();
    await user.type(titleInput(), "Refund");
    await user.click(submitButton());
    await screen.findByText("Tag “Refund” created");
    expect(network.createRequests).toEqual([{ title: "Refund", description: null }]);
  });

  it("focuses the title on mount with autoFocus", () => {
    renderForm({ autoFocus: true });
    expect(titleInput()).toHaveFocus();
  });
});

describe("CreateTagForm: client validation", () => {
  it("asks for a title, sends nothing and focuses the title when it is empty", async () => {
    const { user } = renderForm();
    await user.click(submitButton());
    expect(await screen.findByText("Enter a title")).toBeInTheDocument();
    expect(titleInput()).toHaveAttribute("aria-invalid", "true");
    expect(titleInput()).toHaveAccessibleDescription(expect.stringContaining("Enter a title") as string);
    expect(titleInput()).toHaveFocus();
    expect(network.createRequests).toHaveLength(0);
  });

  it("refuses a title of spaces only", async () => {
    const { user } = renderForm();
    await user.type(titleInput(), "     ");
    await user.click(submitButton());
    expect(await screen.findByText("Enter a title")).toBeInTheDocument();
    expect(network.createRequests).toHaveLength(0);
  });

  it("refuses 121 emoji without sending a request", async () => {
    const { user } = renderForm();
    await user.click(titleInput());
    await user.paste("😀".repeat(TAG_TITLE_MAX_LENGTH + 1));
    await user.click(submitButton());
    expect(await screen.findByText(`Title must be ${TAG_TITLE_MAX_LENGTH} characters or fewer`)).toBeInTheDocument();
    expect(titleInput()).toHaveFocus();
    expect(network.createRequests).toHaveLength(0);
    expect(network.api.tags()).toHaveLength(0);
  });

  it("accepts 120 emoji and sends the title trimmed", async () => {
    const { user } = renderForm();
    const title = "😀".repeat(TAG_TITLE_MAX_LENGTH);
    await user.click(titleInput());
    await user.paste(`  ${title}  `);
    await user.click(submitButton());
    await screen.findByText(`Tag “${title}” created`);
    expect(network.api.tags().map((tag) => tag.title)).toEqual([title]);
    expect(network.createRequests).toEqual([{ title, description: null }]);
  });

  it("refuses a description one character too long and focuses it", async () => {
    const { user } = renderForm();
    await user.type(titleInput(), "Refund");
    await user.click(descriptionInput());
    await user.paste("a".repeat(TAG_DESCRIPTION_MAX_LENGTH + 1));
    await user.click(submitButton());
    expect(
      await screen.findByText(`Description must be ${TAG_DESCRIPTION_MAX_LENGTH} characters or fewer`),
    ).toBeInTheDocument();
    expect(descriptionInput()).toHaveAttribute("aria-invalid", "true");
    expect(descriptionInput()).toHaveFocus();
    expect(network.createRequests).toHaveLength(0);
  });

  it("clears a client error as soon as the field becomes valid", async () => {
    const { user } = renderForm();
    await user.click(submitButton());
    await screen.findByText("Enter a title");
    await user.type(titleInput(), "R");
    await waitFor(() => {
      expect(screen.queryByText("Enter a title")).not.toBeInTheDocument();
    });
    expect(titleInput()).toHaveAttribute("aria-invalid", "false");
  });
});

describe("CreateTagForm: success", () => {
  it("announces the tag, passes it to onSuccess and clears the form", async () => {
    const onSuccess = vi.fn<(tag: ConversationTag) => void>();
    const { user } = renderForm({ onSuccess });
    await user.type(titleInput(), "  Billing issue ");
    await user.type(descriptionInput(), "Customer asks about an invoice");
    await user.click(submitButton());
    expect(await screen.findByRole("status")).toHaveTextContent("Tag “Billing issue” created");
    expect(onSuccess).toHaveBeenCalledOnce();
    const [tag] = network.api.tags();
    expect(onSuccess).toHaveBeenCalledWith(tag);
    expect(tag).toMatchObject({ title: "Billing issue", description: "Customer asks about an invoice" });
    expect(titleInput()).toHaveValue("");
    expect(descriptionInput()).toHaveValue("");
    expect(screen.getByText(`0 / ${TAG_TITLE_MAX_LENGTH}`)).toBeInTheDocument();
  });

  it("keeps the values with resetOnSuccess false", async () => {
    const { user } = renderForm({ resetOnSuccess: false });
    await user.type(titleInput(), "Billing issue");
    await user.click(submitButton());
    await screen.findByText("Tag “Billing issue” created");
    expect(titleInput()).toHaveValue("Billing issue");
  });

  it("starts from defaultValues", () => {
    renderForm({ defaultValues: { title: "Escalation", description: "Needs a human" } });
    expect(titleInput()).toHaveValue("Escalation");
    expect(descriptionInput()).toHaveValue("Needs a human");
  });
});

describe("CreateTagForm: keyboard", () => {
  it("submits with Enter in the title", async () => {
    const { user } = renderForm();
    await user.type(titleInput(), "Refund{Enter}");
    await screen.findByText("Tag “Refund” created");
    expect(network.createRequests).toHaveLength(1);
  });

  it("submits with Ctrl+Enter in the description", async () => {
    const { user } = renderForm();
    await user.type(titleInput(), "Refund");
    await user.type(descriptionInput(), "Money back");
    await user.keyboard("{Control>}{Enter}{/Control}");
    await screen.findByText("Tag “Refund” created");
    expect(network.createRequests).toEqual([{ title: "Refund", description: "Money back" }]);
  });

  it("submits with Cmd+Enter in the description", async () => {
    const { user } = renderForm();
    await user.type(titleInput(), "Refund");
    await user.type(descriptionInput(), "Money back");
    await user.keyboard("{Meta>}{Enter}{/Meta}");
    await screen.findByText("Tag “Refund” created");
    expect(network.createRequests).toHaveLength(1);
  });

  it("adds a new line with plain Enter in the description instead of submitting", async () => {
    const { user } = renderForm();
    await user.type(titleInput(), "Refund");
    await user.type(descriptionInput(), "Line one{Enter}line two");
    expect(descriptionInput()).toHaveValue("Line one\nline two");
    expect(network.createRequests).toHaveLength(0);
  });
});
