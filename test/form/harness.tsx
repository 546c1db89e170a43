/**
 * Shared set-up for the form tests: the mock tags API behind MSW (the network edge), a render
 * helper that wraps the form in a TagsApiProvider, and accessors by role and label.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { ReactElement } from "react";
import { expect } from "vitest";
import { createTagsClient, CreateTagForm, TagsApiProvider, type CreateTagFormProps, type TagsClient } from "../../src";
import type { MockTagsFailure } from "../../src/server";
import { baseUrl } from "../support/mockNetwork";

export { baseUrl, startMockNetwork, type MockNetwork } from "../support/mockNetwork";

/** Renders `ui` inside a provider talking to the mock API (or to `client`). */
export function renderWithApi(ui: ReactElement, client?: TagsClient) {
  // No pause between keystrokes: the tests are about behaviour, not typing speed.
  const user = userEvent.setup({ delay: null });
  const provider = client ? (
    <TagsApiProvider client={client}>{ui}</TagsApiProvider>
  ) : (
    <TagsApiProvider baseUrl={baseUrl}>{ui}</TagsApiProvider>
  );
  return { user, ...render(provider) };
}

/** Renders `<CreateTagForm>` against the mock API. */
export function renderForm(props: CreateTagFormProps = {}, client?: TagsClient) {
  return renderWithApi(<CreateTagForm {...props} />, client);
}

/** A client that gives up after `timeoutMs`, for the timeout case. */
export function impatientClient(timeoutMs: number): TagsClient {
  return createTagsClient({ baseUrl, timeoutMs });
}

export const titleInput = () => screen.getByRole("textbox", { name: "Title" });
export const descriptionInput = () => screen.getByRole("textbox", { name: "Description" });
export const submitButton = () => screen.getByRole("button", { name: /create tag|creating tag/i });

/** A FastAPI-style 422 with one `detail` item per `{ loc, msg }`. */
export function unprocessable(...items: { loc: (string | number)[]; msg: string }[]): MockTagsFailure {
  return {
    kind: "status",
    status: 422,
    body: { detail: items.map((item) => ({ type: "value_error", input: "x", ctx: {}, ...item })) },
  };
}

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
