/**
 * axe-core over the form in each state a person can meet. jsdom does no layout, so axe cannot
 * judge colour contrast here (it reports it as incomplete, not as a violation); styles.css states
 * its contrast ratios and the stories check them in a real browser.
 */
import { screen } from "@testing-library/react";
import axe from "axe-core";
import { describe, expect, it } from "vitest";
import { unprocessable } from "../support/fixtures";
import { descriptionInput, renderForm, startMockNetwork, submitButton, titleInput } from "./harness";

const network = startMockNetwork();

async function expectNoViolations(container: HTMLElement) {
  const results = await axe.run(container);
  expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
}

describe("CreateTagForm: accessibility (axe-core)", () => {
  it("has no violations when empty", async () => {
    const { container } = renderForm({ onCancel: () => undefined });
    await expectNoViolations(container);
  });

  it("has no violations with client-side errors", async () => {
    const { user, container } = renderForm();
    await user.type(descriptionInput(), "d");
    await user.click(submitButton());
    await screen.findByText("Enter a title");
    await expectNoViolations(container);
  });

  it("has no violations with server errors on the fields and in the alert", async () => {
    const { user, container } = renderForm();
    network.api.failNext(
      unprocessable(
        { loc: ["body", "title"], msg: "Title is taken" },
        { loc: ["body", "description"], msg: "Too rude" },
        { loc: ["body", "color"], msg: "Not allowed" },
      ),
    );
    await user.type(titleInput(), "Refund");
    await user.type(descriptionInput(), "Money back");
    await user.click(submitButton());
    await screen.findByRole("alert");
    await screen.findByText("Title is taken");
    await expectNoViolations(container);
  });

  it("has no violations while the request runs", async () => {
    const { user, container } = renderForm();
    const request = network.holdNextCreate();
    await user.type(titleInput(), "Refund");
    await user.click(submitButton());
    await screen.findByRole("button", { name: "Creating tag…" });
    await expectNoViolations(container);
    expect(screen.getByRole("button", { name: "Creating tag…" })).toHaveAttribute("aria-busy", "true");
    request.release();
    await screen.findByText("Tag “Refund” created");
  });

  it("has no violations after success", async () => {
    const { user, container } = renderForm();
    await user.type(titleInput(), "Refund{Enter}");
    await screen.findByText("Tag “Refund” created");
    await expectNoViolations(container);
  });
});
