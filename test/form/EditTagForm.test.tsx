import { QueryClient } from "@tanstack/react-query";
import { screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";
import { EditTagForm, type ConversationTag, type UseEditTagFormOptions } from "../../src";
import { tag, unprocessable } from "../support/fixtures";
import { seedTags, startMockNetwork } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";

const network = startMockNetwork();
const patches: unknown[] = [];
network.server.events.on("request:start", ({ request }) => {
  if (request.method === "PATCH") void request.clone().json().then((body: unknown) => patches.push(body));
});

function renderEdit(editing: ConversationTag, onSuccess = vi.fn()) {
  patches.length = 0;
  const api = seedTags(network, 3);
  const { user } = renderWithApi(<EditTagForm tag={editing} onSuccess={onSuccess} onCancel={() => {}} />, {
    queryClient: new QueryClient(),
  });
  return { api, user, onSuccess };
}

const title = () => screen.getByRole("textbox", { name: "Title" });
const description = () => screen.getByRole("textbox", { name: "Description" });
const save = () => screen.getByRole("button", { name: "Save" });

describe("EditTagForm", () => {
  it("starts from the tag and sends only the title when only the title changed", async () => {
    const { user, onSuccess } = renderEdit({ ...tag(2), description: "Kept" });
    expect(title()).toHaveValue("Tag 2");
    expect(description()).toHaveValue("Kept");
    await user.clear(title());
    await user.type(title(), "  Billing  ");
    await user.click(save());

    expect(await screen.findByRole("status")).toHaveTextContent("Tag “Billing” saved");
    expect(patches).toEqual([{ title: "Billing" }]);
    expect(onSuccess).toHaveBeenCalledWith(expect.objectContaining({ title: "Billing", description: null }));
  });

  it("sends null when the description is cleared", async () => {
    const { user, api } = renderEdit({ ...tag(1), description: "Old words" });
    // The mock's tag_1 has no description; give it one so the server agrees with the form.
    await api.fetch(
      new Request("http://api.test/v1/convai/tags/tag_1", {
        method: "PATCH",
        body: JSON.stringify({ description: "Old words" }),
        headers: { "content-type": "application/json" },
      }),
    );
    await user.clear(description());
    await user.click(save());
    expect(await screen.findByRole("status")).toHaveTextContent("saved");
    expect(patches).toEqual([{ description: null }]);
    expect(api.tags().find((t) => t.tag_id === "tag_1")?.description).toBeNull();
  });

  it("sends nothing when nothing changed, and says so", async () => {
    const { user, onSuccess } = renderEdit(tag(3));
    await user.type(title(), " ");
    await user.click(save());
    expect(await screen.findByRole("status")).toHaveTextContent("Nothing changed, so nothing was saved.");
    expect(patches).toEqual([]);
    expect(onSuccess).not.toHaveBeenCalled();
  });

  it("applies the create form's rules and counters", async () => {
    const { user } = renderEdit(tag(3));
    await user.clear(title());
    await user.click(save());
    expect(await screen.findByText("Enter a title")).toBeInTheDocument();
    expect(title()).toHaveAttribute("aria-invalid", "true");
    await user.type(title(), "👍".repeat(121));
    expect(screen.getByText("121 / 120")).toBeInTheDocument();
    expect(patches).toEqual([]);
  });

  it("puts a 422 on its field, as the create form does", async () => {
    const { user, api } = renderEdit(tag(3));
    api.failNext(unprocessable({ loc: ["body", "title"], msg: "Title is taken" }));
    await user.type(title(), "!");
    await user.click(save());
    expect(await screen.findByText("Title is taken")).toBeInTheDocument();
    expect(title()).toHaveFocus();
  });

  it("says the tag was deleted when the API answers 404", async () => {
    const { user } = renderEdit(tag(9));
    await user.type(title(), "!");
    await user.click(save());
    expect(await screen.findByRole("alert")).toHaveTextContent("This tag was deleted");
    expect(title()).toHaveValue("Tag 9!");
  });

  it("gives every hook option to the hook and none to <form>, and merges its parts' own props", async () => {
    const consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
    seedTags(network, 3);
    const order: string[] = [];
    // Every option, so a new one must be added here (`Required` makes it a type error otherwise).
    const options = {
      tag: tag(2),
      onSuccess: vi.fn(),
      onError: vi.fn(),
      showDescription: false,
      formOptions: { mode: "onSubmit" },
      mutationOptions: { retry: 0 },
      messages: { submitLabel: "Rename" },
    } satisfies Required<UseEditTagFormOptions>;
    const { user, container } = renderWithApi(
      <EditTagForm
        {...options}
        aria-label="Edit tag"
        classNames={{ submit: "from-class-names" }}
        submitProps={{ className: "own", onClick: () => order.push("submitProps") }}
        cancelProps={{ onClick: () => order.push("cancelProps") }}
        onCancel={() => order.push("onCancel")}
      />,
      { queryClient: new QueryClient() },
    );
    const attributes = [...(container.querySelector("form")?.attributes ?? [])].map((a) => a.name).sort();
    expect(attributes).toEqual(["aria-label", "data-ctk", "data-slot", "data-state", "novalidate"]);
    expect(consoleError).not.toHaveBeenCalled();
    consoleError.mockRestore();
    expect(screen.queryByRole("textbox", { name: "Description" })).not.toBeInTheDocument();
    const rename = screen.getByRole("button", { name: "Rename" });
    expect(rename).toHaveClass("own", "from-class-names");
    await user.click(screen.getByRole("button", { name: "Cancel" }));
    await user.click(rename);
    expect(order).toEqual(["cancelProps", "onCancel", "submitProps"]);
  });
});
