import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ConversationTagPicker, CreateTagForm, TagsApiProvider } from "convai-tag-kit";
import { createTagsHandlers } from "convai-tag-kit/msw";
import { createMockTagsApi } from "convai-tag-kit/server";
import "convai-tag-kit/styles.css";
import { setupServer } from "msw/node";

// The app's proxy route, as in production: MSW matches the path on any origin.
const baseUrl = "/api/elevenlabs";
// The kit's in-memory tags API: MSW hands it every request under baseUrl, the test reads its state.
const api = createMockTagsApi();
const server = setupServer(...createTagsHandlers({ api, baseUrl }));

beforeAll(() => server.listen({ onUnhandledRequest: "error" }));
afterEach(() => {
  server.resetHandlers();
  api.reset();
});
afterAll(() => server.close());

test("creates a tag with the form, then finds it in the picker and assigns it", async () => {
  const user = userEvent.setup();
  render(
    <TagsApiProvider baseUrl={baseUrl}>
      <CreateTagForm />
      <ConversationTagPicker conversationId="conv_1" defaultTagIds={[]} />
    </TagsApiProvider>,
  );

  await user.type(screen.getByRole("textbox", { name: "Title" }), "Refund request");
  await user.click(screen.getByRole("button", { name: "Create tag" }));
  expect(await screen.findByText("Tag “Refund request” created")).toBeTruthy();
  const [created] = api.tags();
  expect(created?.title).toBe("Refund request");

  await user.click(screen.getByRole("combobox", { name: "Add tags" }));
  await user.click(await screen.findByRole("option", { name: "Refund request" }));
  await waitFor(() => expect(api.assignedTagIds("conv_1")).toEqual([created?.tag_id]));
});
