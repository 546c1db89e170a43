/**
 * The data tests and stories are made of, in one place: tags, list pages, conversations and the
 * API's 422 answer. Plain data and types only (no test runner, no DOM, no Node), because Storybook
 * bundles this file into the browser too.
 *
 * Two sets of tags, for two kinds of reader:
 * - `tag(n)` for tests: ids `tag_<n>` and titles `Tag <n>` a test can name without looking them up.
 * - `sampleTags(count)` for stories: realistic titles and dates near `storyClock()`. What they render is
 *   in the visual tests' reference images, so a change to these values changes those pictures.
 *   `sampleConversations(count)` is the same for the conversations list.
 */
import type { ConversationStatus, ConversationSuccess, ConversationSummary, ConversationTag, ListTagsPage } from "../../src";
import type { MockTagsFailure } from "../../src/server";

/** When `tag(0)` was created; `tag(n)` is `n` seconds younger, so a higher `n` is newer. */
const tagEpoch = 1_700_000_000;

/** A tag as the API returns it, with a predictable id (`tag_<n>`) and age (higher `n` is newer). */
export function tag(n: number, title = `Tag ${String(n)}`): ConversationTag {
  return {
    tag_id: `tag_${String(n)}`,
    workspace_id: "ws_1",
    owner_user_id: "user_1",
    title,
    description: null,
    created_at_unix_secs: tagEpoch + n,
  };
}

/** `tag(1)` to `tag(count)`, oldest first (the mock API lists them newest first). */
export function tags(count: number): ConversationTag[] {
  return Array.from({ length: count }, (_, i) => tag(i + 1));
}

/** A tag for each title, `tag(1, titles[0])` onwards: oldest first. */
export function tagsTitled(titles: readonly string[]): ConversationTag[] {
  return titles.map((title, i) => tag(i + 1, title));
}

/** One page of `GET /v1/convai/tags` holding these tags in the order given; a cursor means more follow. */
export function listPage(pageTags: readonly ConversationTag[], nextCursor: string | null = null): ListTagsPage {
  return { conversation_tags: [...pageTags], next_cursor: nextCursor, has_more: nextCursor !== null };
}

/** The titles in a cached tag list (react-query's infinite data), in order. */
export function titlesIn(data: { pages: readonly ListTagsPage[] } | undefined): string[] {
  return data?.pages.flatMap((page) => page.conversation_tags.map((t) => t.title)) ?? [];
}

/**
 * A conversation as the conversations feature will list it, only the fields tags are about: an id
 * (`conv_<n>`, the id the picker tests tag) and the ids of its tags, in the order they were assigned.
 */
export interface ConversationFixture {
  conversation_id: string;
  tag_ids: string[];
}

/** Conversation `conv_<n>` carrying these tag ids. */
export function conversation(n: number, tagIds: readonly string[] = []): ConversationFixture {
  return { conversation_id: `conv_${String(n)}`, tag_ids: [...tagIds] };
}

/** `conv_1`, `conv_2`, ... one for each list of tag ids. */
export function conversations(...tagIds: (readonly string[])[]): ConversationFixture[] {
  return tagIds.map((ids, i) => conversation(i + 1, ids));
}

/** One entry of a 422's `detail`: where (`["body", "title"]`) and what pydantic says about it. */
export interface ValidationIssue {
  loc: (string | number)[];
  msg: string;
  /** The value refused; the kit never shows it. */
  input?: unknown;
}

/** The API's 422, as FastAPI words it: one `detail` entry per issue. */
export function unprocessable(...issues: ValidationIssue[]): MockTagsFailure {
  return {
    kind: "status",
    status: 422,
    body: { detail: issues.map(({ loc, msg, input = "" }) => ({ type: "value_error", loc, msg, input })) },
  };
}

const topics = ["Billing", "Refund", "Bug report", "Feature request", "Churn risk", "Escalation", "Onboarding"];

/** When the newest sample tag was created, in milliseconds since the epoch. */
const newestSample = Date.UTC(2026, 10, 25, 12, 0, 0);

/**
 * The stories' mock API clock: a minute after the newest sample, so a tag a story creates is newest and
 * its date renders the same on every run (the visual tests compare it with a reference image).
 */
export function storyClock(): number {
  return newestSample + 60_000;
}

/** `count` tags, newest first, a minute apart, with stable ids so stories render the same every time. */
export function sampleTags(count: number): ConversationTag[] {
  const newest = newestSample / 1000;
  return Array.from({ length: count }, (_, index) => ({
    tag_id: `tag_sample_${String(index + 1).padStart(3, "0")}`,
    workspace_id: "workspace_mock",
    owner_user_id: "user_mock",
    title: `${topics[index % topics.length] ?? "Tag"} ${index + 1}`,
    description: index % 2 === 0 ? "Added by the support team." : null,
    created_at_unix_secs: newest - index * 60,
  }));
}

/** The sample conversations' agents: three, so filtering by agent leaves some and drops some. */
const sampleAgents = [
  { agent_id: "agent_support", agent_name: "Support Agent" },
  { agent_id: "agent_sales", agent_name: "Sales Assistant" },
  { agent_id: "agent_billing", agent_name: "Billing Desk" },
] as const;

/** What the sample calls were about: a title and the summary a call like it gets. */
const sampleCalls = [
  ["Refund for a double charge", "The caller was charged twice for the May invoice and got a refund."],
  ["Password reset loop", "The caller could not reset their password; the reset link was resent."],
  ["Upgrade to the annual plan", "The caller asked about annual pricing and upgraded their plan."],
  ["Delivery delayed by a week", "The order shipped late; the agent shared the new delivery date."],
  ["Cancel the subscription", "The caller wanted to cancel; the agent offered a pause instead."],
  ["Change the invoice address", "The billing address on future invoices was updated."],
  ["App crashes at login", "The mobile app crashes on login; a bug report was filed."],
  ["Question about API rate limits", "The caller asked how rate limits apply to their plan."],
] as const;

const sampleStatuses: readonly ConversationStatus[] = ["done", "done", "done", "failed", "done", "processing"];
const sampleSuccess: readonly ConversationSuccess[] = ["success", "success", "failure", "unknown"];

/** Seconds between one sample conversation's start and the next older one's. */
const sampleCallStepSecs = 15 * 60;

/** Options of {@link sampleConversations}. */
export interface SampleConversationsOptions {
  /** Tag ids handed out round-robin: conversations get none, one or two of them in turn. */
  tagIds?: readonly string[];
}

/**
 * `count` conversations as the API lists them, newest first: ids `conv_001`..., the first starting
 * 15 minutes before `storyClock()` and each next one 15 minutes earlier, spread over three agents,
 * with varied durations, statuses and outcomes, and `rating` as a field the kit does not read.
 */
export function sampleConversations(count: number, { tagIds = [] }: SampleConversationsOptions = {}): ConversationSummary[] {
  const newest = storyClock() / 1000 - sampleCallStepSecs;
  let nextTag = 0;
  return Array.from({ length: count }, (_, index) => {
    const agent = sampleAgents[index % sampleAgents.length] ?? sampleAgents[0];
    const [title, summary] = sampleCalls[index % sampleCalls.length] ?? sampleCalls[0];
    // Counts cycle 0, 1, 2 (capped by the list), so some conversations share tags and some carry none.
    const taken = Array.from({ length: Math.min(index % 3, tagIds.length) }, () => tagIds[nextTag++ % tagIds.length] ?? "");
    return {
      agent_id: agent.agent_id,
      agent_name: agent.agent_name,
      conversation_id: `conv_${String(index + 1).padStart(3, "0")}`,
      start_time_unix_secs: newest - index * sampleCallStepSecs,
      call_duration_secs: 45 + ((index * 97) % 600),
      message_count: 4 + ((index * 5) % 30),
      status: sampleStatuses[index % sampleStatuses.length] ?? "done",
      call_successful: sampleSuccess[index % sampleSuccess.length] ?? "unknown",
      transcript_summary: summary,
      call_summary_title: title,
      rating: index % 4 === 3 ? null : 5 - (index % 5),
      tag_ids: taken,
    };
  });
}
