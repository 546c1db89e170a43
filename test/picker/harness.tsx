/**
 * Shared set-up for the picker tests: a controlled picker rendered on the mock network (through the
 * harness every feature's tests share), accessors by role and name, a request log, and held requests.
 */
import { screen, within } from "@testing-library/react";
import { http } from "msw";
import { useState } from "react";
import { afterEach } from "vitest";
import { ConversationTagPicker, type ConversationTagPickerProps } from "../../src";
import { baseUrl, type MockNetwork } from "../support/mockNetwork";
import { renderWithApi } from "../support/renderWithApi";

export { baseUrl, startMockNetwork, type MockNetwork } from "../support/mockNetwork";

/** Renders a picker for conversation `conv_1`, controlled by a host that keeps the ids in state. */
export function renderPicker(props: Partial<ConversationTagPickerProps> = {}) {
  const changes: string[][] = [];
  function Host() {
    const [tagIds, setTagIds] = useState<readonly string[]>(props.tagIds ?? []);
    return (
      <ConversationTagPicker
        conversationId="conv_1"
        {...props}
        tagIds={tagIds}
        onTagIdsChange={(next) => {
          changes.push(next);
          setTagIds(next);
        }}
      />
    );
  }
  return { changes, ...renderWithApi(<Host />) };
}

export const combobox = () => screen.getByRole("combobox", { name: "Add tags" });
export const listbox = () => screen.getByRole("listbox", { name: "Add tags" });
export const optionNames = () => within(listbox()).getAllByRole("option").map((option) => option.textContent);
/** The chips' titles, in order. */
export const chipTitles = () =>
  Array.from(
    screen.queryByRole("list", { name: "Tags on this conversation" })?.querySelectorAll('[data-slot="chip-label"]') ?? [],
    (chip) => chip.textContent,
  );

/** Every request that reached the network edge, as `METHOD path?query`, plus JSON bodies. */
export function logRequests(network: MockNetwork) {
  const log: { line: string; body: unknown }[] = [];
  afterEach(() => {
    log.length = 0;
  });
  network.server.events.on("request:start", ({ request }) => {
    const url = new URL(request.url);
    const entry: { line: string; body: unknown } = {
      line: `${request.method} ${url.pathname.replace("/api/elevenlabs", "")}${url.search}`,
      body: undefined,
    };
    log.push(entry);
    if (request.method === "POST") {
      void request
        .clone()
        .json()
        .then((body: unknown) => {
          entry.body = body;
        });
    }
  });
  return log;
}

/**
 * Holds the next `method` request to `path` (under the mock's base URL) until `release()`, then lets
 * the mock API answer it: a state that lasts exactly as long as the test needs.
 */
function holdNext(network: MockNetwork, method: "get" | "post", path: string) {
  let release = () => {};
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  network.server.use(
    http[method](
      `${baseUrl}${path}`,
      async ({ request }) => {
        await gate;
        return network.api.fetch(request);
      },
      { once: true },
    ),
  );
  return { release };
}

/** Holds the next assign request until `release()`, then lets the mock API answer it. */
export function holdNextAssign(network: MockNetwork) {
  return holdNext(network, "post", "/v1/convai/conversations/:conversationId/tags");
}

/** Holds the next page of the workspace's tags: the picker's "Loading tags…" state, until `release()`. */
export function holdNextTagList(network: MockNetwork) {
  return holdNext(network, "get", "/v1/convai/tags");
}
