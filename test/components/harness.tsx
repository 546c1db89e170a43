/**
 * Shared set-up for the form tests: the mock tags API behind MSW (the network edge), a render
 * helper that wraps the form in a TagsApiProvider, and accessors by role and label.
 */
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { http } from "msw";
import { setupServer } from "msw/node";
import type { ReactElement } from "react";
import { afterAll, afterEach, beforeAll, expect } from "vitest";
import { createTagsClient, CreateTagForm, TagsApiProvider, type CreateTagFormProps, type TagsClient } from "../../src";
import { createTagsHandlers } from "../../src/msw";
import {
  createMockTagsApi,
  type MockTagsApi,
  type MockTagsApiOptions,
  type MockTagsFailure,
} from "../../src/server";

/** jsdom's fetch (undici) needs absolute URLs; nothing listens here, MSW answers first. */
export const baseUrl = "http://127.0.0.1:9/api/elevenlabs";

/** The mock API plus the create requests it received, registered with the test file's hooks. */
export interface MockNetwork {
  api: MockTagsApi;
  /** Bodies of every `POST /v1/convai/tags` that reached the network. */
  createRequests: unknown[];
  /**
   * Holds the next create request at the network edge until `release()`, then lets the mock API
   * answer it: a pending state that lasts exactly as long as the test needs.
   */
  holdNextCreate: () => { release: () => void };
}

/** Starts MSW over a fresh mock API for this test file; resets it after each test. */
export function startMockNetwork(options?: MockTagsApiOptions): MockNetwork {
  const api = createMockTagsApi(options);
  const server = setupServer(...createTagsHandlers({ api, baseUrl }));
  const network: MockNetwork = {
    api,
    createRequests: [],
    holdNextCreate() {
      let resolve = () => {};
      const promise = new Promise<void>((done) => {
        resolve = done;
      });
      server.use(
        http.post(
          `${baseUrl}/v1/convai/tags`,
          async ({ request }) => {
            await promise;
            return api.fetch(request);
          },
          { once: true },
        ),
      );
      return {
        release: () => {
          resolve();
        },
      };
    },
  };
  const pending: Promise<void>[] = [];
  server.events.on("request:start", ({ request }) => {
    if (request.method !== "POST" || !request.url.endsWith("/v1/convai/tags")) return;
    const index = network.createRequests.push(undefined) - 1;
    pending.push(
      request
        .clone()
        .json()
        .then((body: unknown) => {
          network.createRequests[index] = body;
        }),
    );
  });
  beforeAll(() => {
    server.listen({ onUnhandledRequest: "error" });
  });
  afterEach(async () => {
    server.resetHandlers();
    await Promise.all(pending.splice(0));
    api.reset();
    network.createRequests.length = 0;
  });
  afterAll(() => {
    server.close();
  });
  return network;
}

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
