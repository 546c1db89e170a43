import { screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { renderForm, startMockNetwork, submitButton, titleInput } from "./harness";

const network = startMockNetwork();
const reportError = vi.fn<(error: unknown) => void>();

beforeEach(() => {
  reportError.mockReset();
  // jsdom has no reportError; a browser's reports to window "error" listeners and the console.
  vi.stubGlobal("reportError", reportError);
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe("CreateTagForm: a throwing callback of yours", () => {
  it("still shows the created tag and reports your onSuccess's error", async () => {
    const bug = new Error("analytics is down");
    const { user, container } = renderForm({
      onSuccess: () => {
        throw bug;
      },
    });
    await user.type(titleInput(), "Refund{Enter}");
    expect(await screen.findByRole("status")).toHaveTextContent("Tag “Refund” created");
    await waitFor(() => {
      expect(reportError).toHaveBeenCalledWith(bug);
    });
    expect(container.querySelector("form")).toHaveAttribute("data-state", "success");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(network.api.tags().map((tag) => tag.title)).toEqual(["Refund"]);
  });

  it("still shows the created tag when mutationOptions.onSuccess throws, and reports it", async () => {
    const bug = new Error("cache update failed");
    const { user, container } = renderForm({
      mutationOptions: {
        onSuccess: () => {
          throw bug;
        },
      },
    });
    await user.type(titleInput(), "Refund{Enter}");
    expect(await screen.findByRole("status")).toHaveTextContent("Tag “Refund” created");
    await waitFor(() => {
      expect(reportError).toHaveBeenCalledWith(bug);
    });
    expect(container.querySelector("form")).toHaveAttribute("data-state", "success");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("keeps the server's error on screen when your onError throws, and reports it", async () => {
    const bug = new Error("logger is down");
    const { user } = renderForm({
      onError: () => {
        throw bug;
      },
    });
    await user.type(titleInput(), "Refund");
    network.api.failNext({ kind: "status", status: 500 });
    await user.click(submitButton());
    expect(await screen.findByRole("alert")).toHaveTextContent(/Something went wrong on the server/);
    await waitFor(() => {
      expect(reportError).toHaveBeenCalledWith(bug);
    });
  });
});
