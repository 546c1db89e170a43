/**
 * A row whose tag is deleted elsewhere while the person edits it (issue 19, scenario 5): the
 * editor stays with its message and what was typed until they dismiss it; then focus goes to the
 * next row and the list says why the row left.
 */
import { QueryClient } from "@tanstack/react-query";
import { screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { TagList } from "../../src";
import { baseUrl, holdNext, seedTags, startMockNetwork } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";

const network = startMockNetwork();

describe("TagList, a tag deleted elsewhere during an edit", () => {
  it("keeps the editor and its message after the save's 404, then moves focus on and announces the removal", async () => {
    const api = seedTags(network, 3);
    const { user } = renderWithApi(<TagList />, { queryClient: new QueryClient() });
    await user.click(await screen.findByRole("button", { name: "Edit Tag 2" }));
    const editor = screen.getByRole("form", { name: "Edit Tag 2" });
    const title = within(editor).getByRole("textbox", { name: "Title" });
    await user.type(title, " renamed");
    // Someone else deletes the tag meanwhile.
    expect((await api.fetch(new Request(`${baseUrl}/v1/convai/tags/tag_2`, { method: "DELETE" }))).status).toBe(204);

    await user.click(within(editor).getByRole("button", { name: "Save" }));
    expect(await within(editor).findByText(/This tag was deleted, so it cannot be changed/)).toBeInTheDocument();
    // The save's 404 has reached the cache (the list refreshed), and the editor is still there.
    await waitFor(() => {
      expect(screen.getAllByRole("listitem")).toHaveLength(3);
    });
    expect(screen.getByRole("form", { name: "Edit Tag 2" })).toBe(editor);
    expect(title).toHaveValue("Tag 2 renamed");

    await user.click(within(editor).getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("form", { name: "Edit Tag 2" })).not.toBeInTheDocument();
    expect(screen.getAllByRole("listitem")).toHaveLength(2);
    expect(screen.getByRole("button", { name: "Edit Tag 1" })).toHaveFocus();
    expect(screen.getByRole("status")).toHaveTextContent("Tag “Tag 2” is no longer in the workspace");
  });

  it("moves focus to the next row when a refresh removes the row the person is on", async () => {
    const api = seedTags(network, 3);
    const queryClient = new QueryClient();
    renderWithApi(<TagList />, { queryClient });
    const edit = await screen.findByRole("button", { name: "Edit Tag 2" });
    edit.focus();
    await api.fetch(new Request(`${baseUrl}/v1/convai/tags/tag_2`, { method: "DELETE" }));
    await queryClient.invalidateQueries();
    await waitFor(() => {
      expect(screen.getByRole("button", { name: "Edit Tag 1" })).toHaveFocus();
    });
    expect(screen.getByRole("status")).toHaveTextContent("Tag “Tag 2” is no longer in the workspace");
  });
});

describe("TagList, a save answered after the person moved on", () => {
  it("leaves focus where the person went instead of pulling it back to the row's Edit button", async () => {
    const api = seedTags(network, 2);
    const { user } = renderWithApi(
      <>
        <TagList />
        <label>
          Notes <input />
        </label>
      </>,
      { queryClient: new QueryClient() },
    );
    await user.click(await screen.findByRole("button", { name: "Edit Tag 2" }));
    const editor = screen.getByRole("form", { name: "Edit Tag 2" });
    await user.type(within(editor).getByRole("textbox", { name: "Title" }), "!");
    const held = holdNext(network, api, "patch", "/v1/convai/tags/tag_2");
    await user.click(within(editor).getByRole("button", { name: "Save" }));
    await held.arrived;
    await user.click(screen.getByRole("textbox", { name: "Notes" }));
    held.release();

    expect(await screen.findByRole("button", { name: "Edit Tag 2!" })).toBeInTheDocument();
    expect(screen.getByRole("textbox", { name: "Notes" })).toHaveFocus();
  });
});
