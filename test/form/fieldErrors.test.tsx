import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { unprocessable } from "../support/fixtures";
import {
  descriptionInput,
  expectValuesKept,
  fillAndSubmit,
  renderForm,
  startMockNetwork,
  submitButton,
  titleInput,
} from "./harness";

const network = startMockNetwork();

describe("CreateTagForm: 422 errors on their fields", () => {
  it("shows the server's title error under the title and focuses it", async () => {
    const { user } = renderForm();
    network.api.failNext(unprocessable({ loc: ["body", "title"], msg: "A tag with this title already exists" }));
    await fillAndSubmit(user);
    expect(await screen.findByText("A tag with this title already exists")).toBeInTheDocument();
    expect(titleInput()).toHaveAttribute("aria-invalid", "true");
    expect(titleInput()).toHaveAccessibleDescription(expect.stringContaining("already exists") as string);
    expect(titleInput()).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expectValuesKept();
  });

  it("shows the server's description error under the description and focuses it", async () => {
    const { user } = renderForm();
    network.api.failNext(unprocessable({ loc: ["body", "description"], msg: "Description is not allowed" }));
    await fillAndSubmit(user);
    expect(await screen.findByText("Description is not allowed")).toBeInTheDocument();
    expect(descriptionInput()).toHaveAttribute("aria-invalid", "true");
    expect(titleInput()).toHaveAttribute("aria-invalid", "false");
    expect(descriptionInput()).toHaveFocus();
    expectValuesKept();
  });

  it("puts errors on both fields and focuses the first", async () => {
    const { user } = renderForm();
    network.api.failNext(
      unprocessable(
        { loc: ["body", "title"], msg: "Title is taken" },
        { loc: ["body", "description"], msg: "Description is rude" },
      ),
    );
    await fillAndSubmit(user);
    expect(await screen.findByText("Title is taken")).toBeInTheDocument();
    expect(screen.getByText("Description is rude")).toBeInTheDocument();
    expect(titleInput()).toHaveFocus();
    expectValuesKept();
  });

  it("clears a field's server error when that field is edited, and only that field's", async () => {
    const { user } = renderForm();
    network.api.failNext(
      unprocessable(
        { loc: ["body", "title"], msg: "Title is taken" },
        { loc: ["body", "description"], msg: "Description is rude" },
      ),
    );
    await fillAndSubmit(user);
    await screen.findByText("Title is taken");
    await user.type(titleInput(), "!");
    await waitFor(() => {
      expect(screen.queryByText("Title is taken")).not.toBeInTheDocument();
    });
    expect(titleInput()).toHaveAttribute("aria-invalid", "false");
    expect(screen.getByText("Description is rude")).toBeInTheDocument();
    expect(descriptionInput()).toHaveAttribute("aria-invalid", "true");
  });

  it("sends a description error to the alert when the description is hidden", async () => {
    const { user } = renderForm({ showDescription: false });
    network.api.failNext(unprocessable({ loc: ["body", "description"], msg: "Description is rude" }));
    await user.type(titleInput(), "Billing issue");
    await user.click(submitButton());
    expect(await screen.findByRole("alert")).toHaveTextContent("description: Description is rude");
  });

  it("shows both a field error and the alert when a 422 has both", async () => {
    const { user } = renderForm();
    network.api.failNext(
      unprocessable({ loc: ["body", "title"], msg: "Title is taken" }, { loc: ["query", "workspace"], msg: "Unknown" }),
    );
    await fillAndSubmit(user);
    expect(await screen.findByText("Title is taken")).toBeInTheDocument();
    expect(screen.getByRole("alert")).toHaveTextContent("query.workspace: Unknown");
    expect(titleInput()).toHaveFocus();
  });

  it("shows a newer-shape error with param \"title\" under the title, like a 422", async () => {
    const { user } = renderForm();
    const detail = { type: "invalid_request_error", code: "duplicate", message: "A tag with this title exists", request_id: "r1", param: "title" };
    network.api.failNext({ kind: "status", status: 409, body: { detail } });
    await fillAndSubmit(user);
    expect(await screen.findByText("A tag with this title exists")).toBeInTheDocument();
    expect(titleInput()).toHaveAttribute("aria-invalid", "true");
    expect(titleInput()).toHaveAccessibleDescription(expect.stringContaining("A tag with this title exists") as string);
    expect(titleInput()).toHaveFocus();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expectValuesKept();
  });

  it("shows a newer-shape error with param \"description\" under the description", async () => {
    const { user } = renderForm();
    const detail = { type: "invalid_request_error", code: "rude", message: "Too rude", request_id: "r2", param: "description" };
    network.api.failNext({ kind: "status", status: 400, body: { detail } });
    await fillAndSubmit(user);
    expect(await screen.findByText("Too rude")).toBeInTheDocument();
    expect(descriptionInput()).toHaveAttribute("aria-invalid", "true");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("sends a newer-shape error with an unknown param to the alert", async () => {
    const { user } = renderForm();
    const detail = { type: "invalid_request_error", code: "bad", message: "Not allowed", request_id: "r3", param: "color" };
    network.api.failNext({ kind: "status", status: 400, body: { detail } });
    await fillAndSubmit(user);
    expect(await screen.findByRole("alert")).toHaveTextContent("color: Not allowed");
    expect(titleInput()).toHaveAttribute("aria-invalid", "false");
  });

  it("shows the msg of a 422 item of an unexpected shape in the alert", async () => {
    const { user } = renderForm();
    network.api.failNext({ kind: "status", status: 422, body: { detail: [{ type: "value_error", msg: "Title is reserved" }] } });
    await fillAndSubmit(user);
    expect(await screen.findByRole("alert")).toHaveTextContent("Title is reserved");
    expectValuesKept();
  });
});
