import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, userEvent, waitFor } from "storybook/test";
import { CreateTagForm } from "../src";
import { unprocessable } from "../test/support/fixtures";
import { formParts } from "./support/formParts";
import { always, tagsApiOf } from "./support/tagsApi";
import { withLocale } from "./support/withLocale";

/**
 * How each way the API can refuse or fail is presented. A 422 lands on its field; everything else
 * is one plain-language alert that takes focus. What the person typed is always kept. The forms
 * start filled in: press "Create tag" to meet the failure again.
 */
const meta = {
  title: "CreateTagForm/Server errors",
  component: CreateTagForm,
  tags: ["autodocs"],
  decorators: [withLocale],
  args: {
    onSuccess: fn(),
    onError: fn(),
    defaultValues: { title: "Billing question", description: "Invoices and payments" },
  },
} satisfies Meta<typeof CreateTagForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Submits the prefilled, valid tag; the server decides what happens next. */
async function submitTag(canvasElement: HTMLElement) {
  const form = formParts(canvasElement);
  await userEvent.click(form.submit());
  return form;
}

/** Submits, then expects one focused alert with `text` and the typed values still in place. */
async function expectAlert(canvasElement: HTMLElement, text: string | RegExp) {
  const form = await submitTag(canvasElement);
  const alert = await form.alert();
  await expect(alert).toHaveTextContent(text);
  await waitFor(() => expect(alert).toHaveFocus());
  await expect(form.title()).toHaveValue("Billing question");
  await expect(form.description()).toHaveValue("Invoices and payments");
  return { form, alert };
}

/**
 * A real 422 from an upstream stricter than the client (titles of at most 10 characters): the
 * server's words sit under the title, which takes focus. Editing clears them (next story).
 */
export const ServerRejectsTitle: Story = {
  parameters: { tagsApi: { mock: { titleMaxLength: 10 } } },
  play: async ({ canvasElement, args }) => {
    const form = await submitTag(canvasElement);
    await expect(await form.canvas.findByText("String should have at most 10 characters")).toBeVisible();
    await expect(form.title()).toHaveAttribute("aria-invalid", "true");
    await expect(form.title()).toHaveFocus();
    await expect(form.canvas.queryByRole("alert")).toBeNull();
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "validation", status: 422 }));
    await expect(form.title()).toHaveAccessibleDescription(/String should have at most 10 characters/);
  },
};

/** The same 422, then the person edits the title: the server's words go, the field is valid again. */
export const ServerTitleErrorClearsOnEdit: Story = {
  parameters: { tagsApi: { mock: { titleMaxLength: 10 } } },
  play: async ({ canvasElement }) => {
    const form = await submitTag(canvasElement);
    await form.canvas.findByText("String should have at most 10 characters");
    await userEvent.clear(form.title());
    await userEvent.type(form.title(), "Billing");
    await waitFor(() => expect(form.canvas.queryByText("String should have at most 10 characters")).toBeNull());
    await expect(form.title()).toHaveAttribute("aria-invalid", "false");
    await expect(form.title()).toHaveValue("Billing");
  },
};

/**
 * The newer error shape, `{"detail": {"type", "code", "message", "request_id", "param": "title"}}`,
 * here a 409: its message sits under the title, like a 422's.
 */
export const ServerRejectsTitleByParam: Story = {
  parameters: {
    tagsApi: {
      failures: [
        always({
          kind: "status",
          status: 409,
          body: {
            detail: {
              type: "conflict",
              code: "duplicate_title",
              message: "A tag with this title already exists",
              request_id: "req_story",
              param: "title",
            },
          },
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const form = await submitTag(canvasElement);
    await expect(await form.canvas.findByText("A tag with this title already exists")).toBeVisible();
    await expect(form.title()).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(form.title()).toHaveFocus());
    await expect(form.canvas.queryByRole("alert")).toBeNull();
  },
};

/** A 422 on `["body", "description"]` goes under the description, which takes focus. */
export const ServerRejectsDescription: Story = {
  parameters: {
    tagsApi: { failures: [always(unprocessable({ loc: ["body", "description"], msg: "Description is not allowed" }))] },
  },
  play: async ({ canvasElement }) => {
    const form = await submitTag(canvasElement);
    await expect(await form.canvas.findByText("Description is not allowed")).toBeVisible();
    await expect(form.description()).toHaveAttribute("aria-invalid", "true");
    await waitFor(() => expect(form.description()).toHaveFocus());
    await expect(form.title()).toHaveAttribute("aria-invalid", "false");
  },
};

/** A 422 on both fields: each message under its field, focus on the first (the title). */
export const ServerRejectsBoth: Story = {
  parameters: {
    tagsApi: {
      failures: [
        always(
          unprocessable(
            { loc: ["body", "title"], msg: "Title is already used" },
            { loc: ["body", "description"], msg: "Description is not allowed" },
          ),
        ),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    const form = await submitTag(canvasElement);
    await expect(await form.canvas.findByText("Title is already used")).toBeVisible();
    await expect(form.canvas.getByText("Description is not allowed")).toBeVisible();
    await expect(form.title()).toHaveAccessibleDescription(/Title is already used/);
    await expect(form.description()).toHaveAccessibleDescription(/Description is not allowed/);
    await waitFor(() => expect(form.title()).toHaveFocus());
  },
};

/** A 422 about something the form does not show (an unknown `loc`) becomes a form-level alert. */
export const ServerRejectsUnknownField: Story = {
  parameters: {
    tagsApi: { failures: [always(unprocessable({ loc: ["body", "color"], msg: "Extra inputs are not permitted" }))] },
  },
  play: async ({ canvasElement }) => {
    const { form } = await expectAlert(canvasElement, "The tag was not accepted: color: Extra inputs are not permitted");
    await expect(form.title()).toHaveAttribute("aria-invalid", "false");
  },
};

/** 401: the session is gone. */
export const Unauthorized: Story = {
  parameters: {
    tagsApi: {
      failures: [
        always({ kind: "status", status: 401, body: { detail: { status: "invalid_api_key", message: "Invalid API key" } } }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, "You are signed out. Sign in again, then create the tag.");
  },
};

/** 403: signed in, but not allowed to create tags here. */
export const Forbidden: Story = {
  parameters: {
    tagsApi: {
      failures: [
        always({
          kind: "status",
          status: 403,
          body: { detail: { status: "missing_permissions", message: "You lack the convai_write permission" } },
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, "You are not allowed to create tags in this workspace.");
  },
};

/** 429 with `Retry-After: 30`: the alert says how long to wait. */
export const RateLimited: Story = {
  parameters: {
    tagsApi: {
      failures: [
        always({
          kind: "status",
          status: 429,
          headers: { "retry-after": "30" },
          body: { detail: { status: "too_many_concurrent_requests", message: "Too many requests" } },
        }),
      ],
    },
  },
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, "Too many requests. Try again in 30 seconds.");
  },
};

/** 500: the server failed; the tag was not created, the alert says so, and what was typed is kept. */
export const ServerError: Story = {
  parameters: {
    tagsApi: { failures: [always({ kind: "status", status: 500, body: { detail: "Internal Server Error" } })] },
  },
  play: async ({ canvasElement, loaded }) => {
    await expectAlert(canvasElement, /Something went wrong on the server/);
    await expect(tagsApiOf(loaded).api.tags()).toHaveLength(0);
  },
};

/** A 500 once, then pressing the button again creates the tag: the alert gives way to the status. */
export const RetryAfterServerError: Story = {
  parameters: {
    tagsApi: { failures: [{ failure: { kind: "status", status: 500, body: { detail: "Internal Server Error" } } }] },
  },
  play: async ({ canvasElement, args }) => {
    const { form } = await expectAlert(canvasElement, /Something went wrong on the server/);
    await userEvent.click(form.submit());
    await waitFor(() => expect(form.status()).toHaveTextContent("Tag “Billing question” created"));
    await expect(form.canvas.queryByRole("alert")).toBeNull();
    await expect(args.onSuccess).toHaveBeenCalledOnce();
  },
};

/** A gateway's HTML 502 page: the person reads a sentence, never the markup. */
export const GatewayHtmlPage: Story = {
  parameters: { tagsApi: { failures: [always({ kind: "html", status: 502 })] } },
  play: async ({ canvasElement }) => {
    const { alert } = await expectAlert(canvasElement, /Something went wrong on the server/);
    await expect(alert).not.toHaveTextContent(/<|html|nginx|Bad Gateway/i);
  },
};

/** The request never left the browser (offline, DNS, CORS). */
export const Offline: Story = {
  parameters: { tagsApi: { failures: [always({ kind: "network" })] } },
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, "The tags service could not be reached. Check your connection and try again.");
  },
};

/** No answer within the client's `timeoutMs` (here 1 second; 30 by default). */
export const Timeout: Story = {
  parameters: { tagsApi: { timeoutMs: 1000, failures: [always({ kind: "hang" })] } },
  play: async ({ canvasElement }) => {
    await expectAlert(canvasElement, "The tags service took too long to answer. Try again.");
  },
};
