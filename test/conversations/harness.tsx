/**
 * Shared set-up for the conversations list tests: summaries a test can name without looking them
 * up, a render in a fixed locale and time zone, and accessors by role and name.
 */
import { QueryClient } from "@tanstack/react-query";
import { screen, within } from "@testing-library/react";
import { ConversationList, type ConversationListProps, type ConversationSummary } from "../../src";
import { renderWithApi } from "../support/renderWithApi";

/** When `summary(0)` started; `summary(n)` started `n` minutes later, so a higher `n` is newer. */
const callEpoch = Date.UTC(2026, 10, 25, 9, 0, 0) / 1000;

/**
 * Conversation `conv_<n>` titled `Call <n>`, carrying these tag ids: 2 min 5 sec long, done and
 * successful unless `fields` say otherwise.
 */
export function summary(n: number, tagIds: readonly string[] = [], fields: Partial<ConversationSummary> = {}): ConversationSummary {
  return {
    conversation_id: `conv_${String(n)}`,
    agent_id: "agent_1",
    agent_name: "Support Agent",
    start_time_unix_secs: callEpoch + n * 60,
    call_duration_secs: 125,
    message_count: 6,
    status: "done",
    call_successful: "success",
    transcript_summary: null,
    call_summary_title: `Call ${String(n)}`,
    tag_ids: [...tagIds],
    ...fields,
  };
}

/** A cache whose failed reads retry at once, so error states arrive without real back-off. */
export function quickRetries(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retryDelay: 0 } } });
}

/** Renders a list in en-US and UTC, as every assertion on times here expects. */
export function renderList(props: Partial<ConversationListProps> = {}, queryClient = new QueryClient()) {
  return renderWithApi(<ConversationList locale="en-US" timeZone="UTC" {...props} />, { queryClient });
}

/** The list of conversations, once its rows are there. */
export const conversationList = () => screen.findByRole("list", { name: "Conversations" });

/** The row whose title is `title`. */
export function row(title: string): HTMLElement {
  const found = screen
    .getAllByRole("listitem")
    .find((item) => item.getAttribute("data-slot") === "row" && item.querySelector('[data-slot="row-title"]')?.textContent === title);
  if (!found) throw new Error(`no row titled ${title}`);
  return found;
}

/** The titles of the rows, in order. */
export const rowTitles = () =>
  Array.from(document.querySelectorAll('[data-slot="row-title"]'), (element) => element.textContent);

/** The read-only chips of a row, in order. */
export const chipsOf = (element: HTMLElement) =>
  Array.from(
    within(element).queryByRole("list", { name: "Tags" })?.querySelectorAll('[data-slot="row-tag"]') ?? [],
    (chip) => chip.textContent,
  );
