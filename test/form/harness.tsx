/**
 * Shared set-up for the form tests: `<CreateTagForm>` rendered on the mock network (through the
 * harness every feature's tests share), and the form's parts by role and label.
 */
import { screen } from "@testing-library/react";
import { expect } from "vitest";
import { createTagsClient, CreateTagForm, type CreateTagFormProps, type TagsClient } from "../../src";
import { baseUrl } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";

export { baseUrl, startMockNetwork, type MockNetwork } from "../support/mockNetwork";

/** Renders `<CreateTagForm>` against the mock API (or over `client`). */
export function renderForm(props: CreateTagFormProps = {}, client?: TagsClient) {
  return renderWithApi(<CreateTagForm {...props} />, { client });
}

/** A client that gives up after `timeoutMs`, for the timeout case. */
export function impatientClient(timeoutMs: number): TagsClient {
  return createTagsClient({ baseUrl, timeoutMs });
}

export const titleInput = () => screen.getByRole("textbox", { name: "Title" });
export const descriptionInput = () => screen.getByRole("textbox", { name: "Description" });
export const submitButton = () => screen.getByRole("button", { name: /create tag|creating tag/i });

/** Types a title and a description, then submits with the button. */
export async function fillAndSubmit(user: ReturnType<typeof renderForm>["user"]) {
  await user.type(titleInput(), "Billing issue");
  await user.type(descriptionInput(), "Customer asks about an invoice");
  await user.click(submitButton());
}

/** What `fillAndSubmit` typed is still in the inputs. */
export function expectValuesKept() {
  expect(titleInput()).toHaveValue("Billing issue");
  expect(descriptionInput()).toHaveValue("Customer asks about an invoice");
}
