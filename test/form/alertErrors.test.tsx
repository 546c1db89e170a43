import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { TagsApiError } from "../../src";
import type { MockTagsFailure } from "../../src/server";
import { unprocessable } from "../support/fixtures";
import {
  expectValuesKept,
  fillAndSubmit,
  impatientClient,
  renderForm,
  startMockNetwork,
  submitButton,
  titleInput,
} from "./harness";

const network = startMockNetwork();

const formLevelCases: { name: string; failure: MockTagsFailure; message: string | RegExp; kind: string }[] = [
  {
    name: "401",
    failure: { kind: "status", status: 401, body: { detail: { status: "invalid_api_key", message: "Invalid API key" } } },
    message: "You are signed out. Sign in again, then create the tag.",
    kind: "unauthorized",
  },
  {
    name: "403",
    failure: { kind: "status", status: 403, body: { detail: { status: "forbidden", message: "Missing permission" } } },
    message: "You are not allowed to create tags in this workspace.",
    kind: "forbidden",
  },
  {
    name: "403 from the proxy's origin check",
    failure: {
      kind: "status",
      status: 403,
      body: { detail: { status: "forbidden_origin", message: "Cross-site requests to the tags API are refused." } },
    },
    message: /page's address is not allowed to change tags/,
    kind: "forbidden",
  },
  {
    name: "404",
    failure: { kind: "status", status: 404, body: { detail: "Not Found" } },
    message: /tags service could not be found/,
    kind: "not_found",
  },
  {
    name: "429 with Retry-After",
    failure: { kind: "status", status: 429, headers: { "retry-after": "30" }, body: { detail: "Too many requests" } },
    message: "Too many requests. Try again in 30 seconds.",
    kind: "rate_limited",
  },
  {
    name: "429 without Retry-After",
    failure: { kind: "status", status: 429, body: { detail: "Too many requests" } },
    message: "Too many requests. Wait a moment, then try again.",
    kind: "rate_limited",
  },
  {
    name: "500",
    failure: { kind: "status", status: 500, body: { detail: "Internal Server Error" } },
    message: /went wrong on the server/,
    kind: "server",
  },
  {
    name: "502 from the proxy: the server's API key was refused",
    failure: {
      kind: "status",
      status: 502,
      body: { detail: { status: "upstream_key_refused", message: "The ElevenLabs API refused this server's API key (401)." } },
    },
    message: /server's ElevenLabs API key was refused/,
    kind: "server",
  },
  { name: "HTML 502 page", failure: { kind: "html" }, message: /went wrong on the server/, kind: "server" },
  { name: "network failure", failure: { kind: "network" }, message: /could not be reached/, kind: "network" },
  {
    name: "unreadable success",
    failure: { kind: "status", status: 200, body: "<html>ok</html>", headers: { "content-type": "text/html" } },
    message: /could not be read\. The tag may have been created/,
    kind: "invalid_response",
  },
  {
    name: "422 about a field the form does not have",
    failure: unprocessable({ loc: ["body", "color"], msg: "Extra inputs are not permitted" }),
    message: "The tag was not accepted: color: Extra inputs are not permitted",
    kind: "validation",
  },
];

describe("CreateTagForm: failures shown in the alert", () => {
  it.each(formLevelCases)("$name: says so in plain words, keeps the values, focuses the alert", async (testCase) => {
    const onError = vi.fn<(error: TagsApiError) => void>();
    const { user, container } = renderForm({ onError });
    network.api.failNext(testCase.failure);
    await fillAndSubmit(user);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent(testCase.message);
    expect(alert.textContent).not.toMatch(/<|nginx|Invalid API key|Internal Server Error/);
    await waitFor(() => {
      expect(alert).toHaveFocus();
    });
    expectValuesKept();
    expect(titleInput()).toHaveAttribute("aria-invalid", "false");
    expect(onError).toHaveBeenCalledOnce();
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(TagsApiError);
    expect(onError.mock.calls[0]?.[0].kind).toBe(testCase.kind);
    expect(container.querySelector("form")).toHaveAttribute("data-state", "error");
  });

  it("timeout: says the service took too long and keeps the values", async () => {
    const { user } = renderForm({}, impatientClient(50));
    network.api.failNext({ kind: "hang" });
    await fillAndSubmit(user);
    expect(await screen.findByRole("alert")).toHaveTextContent("The tags service took too long to answer. Try again.");
    expectValuesKept();
  });

  it("clears the alert on the next submit", async () => {
    const { user } = renderForm();
    network.api.failNext({ kind: "status", status: 500 });
    await fillAndSubmit(user);
    await screen.findByRole("alert");
    await user.click(submitButton());
    await screen.findByText("Tag “Billing issue” created");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("clears the alert on a next submit that fails client-side", async () => {
    const { user } = renderForm();
    network.api.failNext({ kind: "status", status: 500 });
    await fillAndSubmit(user);
    await screen.findByRole("alert");
    await user.clear(titleInput());
    await user.click(submitButton());
    await screen.findByText("Enter a title");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(titleInput()).toHaveFocus();
  });
});
