import { screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderForm, submitButton, titleInput, startMockNetwork } from "./harness";

const network = startMockNetwork();

describe("CreateTagForm: while the request runs", () => {
  it("marks the submit button and the root busy and shows the pending label", async () => {
    const { user, container } = renderForm();
    const request = network.holdNextCreate();
    await user.type(titleInput(), "Refund");
    await user.click(submitButton());
    const busy = await screen.findByRole("button", { name: "Creating tag…" });
    expect(busy).toHaveAttribute("aria-busy", "true");
    expect(busy).toHaveAttribute("data-pending");
    const root = container.querySelector("form");
    expect(root).toHaveAttribute("data-pending");
    expect(root).toHaveAttribute("data-state", "submitting");
    expect(titleInput()).toHaveValue("Refund");

    request.release();
    await screen.findByText("Tag “Refund” created");
    const idle = screen.getByRole("button", { name: "Create tag" });
    expect(idle).not.toHaveAttribute("aria-busy");
    expect(idle).not.toHaveAttribute("data-pending");
    expect(root).toHaveAttribute("data-state", "success");
    expect(root).not.toHaveAttribute("data-pending");
  });

  it("sends one request when submitted again while pending", async () => {
    const { user } = renderForm();
    const request = network.holdNextCreate();
    await user.type(titleInput(), "Refund");
    await user.dblClick(submitButton());
    await screen.findByRole("button", { name: "Creating tag…" });
    await user.click(submitButton());
    await user.type(titleInput(), "{Enter}");
    request.release();
    await screen.findByText("Tag “Refund” created");
    expect(network.createRequests).toHaveLength(1);
    expect(network.api.tags()).toHaveLength(1);
  });
});
