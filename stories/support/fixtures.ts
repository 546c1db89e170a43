import type { ConversationTag } from "../../src";
import type { MockTagsFailure } from "../../src/server";

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

/** One FastAPI 422 `detail` entry, as pydantic words it. */
export function validationIssue(loc: (string | number)[], msg: string, input: unknown = "") {
  return { type: "value_error", loc, msg, input };
}

/** A 422 answer with these `detail` entries. */
export function unprocessable(...detail: ReturnType<typeof validationIssue>[]): MockTagsFailure {
  return { kind: "status", status: 422, body: { detail } };
}

/** A failure for every request a person will plausibly make while looking at the story. */
export function always(failure: MockTagsFailure): { failure: MockTagsFailure; times: number } {
  return { failure, times: 100 };
}
