/**
 * Every string `ConversationList` shows or announces, and how it words a conversation's start time,
 * duration, status and success. Numbers, lists of titles and formats are functions.
 */
import type { ConversationStatus, ConversationSuccess } from "../core/conversation.js";
import type { TagsApiError } from "../core/errors.js";
import { describeTagError } from "../form/describeTagError.js";
import { defaultMessages, type TagMessages } from "../form/messages.js";

/** The locale and time zone the times are shown in; `undefined` means the browser's own. */
export interface ConversationListFormat {
  /** A BCP 47 locale such as `"en-US"`. */
  locale?: string | undefined;
  /** An IANA time zone such as `"UTC"` or `"Europe/Berlin"`. */
  timeZone?: string | undefined;
}

/** Text of {@link ConversationList} and `useConversationList`; see {@link defaultConversationListMessages}. */
export interface ConversationListMessages {
  /** The list's accessible name. */
  listLabel: string;
  /** The filter's tags in words, e.g. "Tagged: Refund, VIP". Worded so it claims neither "any" nor "all". */
  filterDescription: (tagTitles: readonly string[]) => string;
  /** While the first page loads. */
  loading: string;
  /** No conversation matched: `tagTitles` are the filter's tags (empty without a tag filter). */
  empty: (tagTitles: readonly string[]) => string;
  /** The first page failed; `reason` says why. */
  loadFailed: (reason: string) => string;
  /** A refresh failed while conversations are shown. */
  refreshFailed: (reason: string) => string;
  /** The next page failed. */
  loadMoreFailed: (reason: string) => string;
  /** Why a read failed, in plain words. */
  reason: (error: TagsApiError) => string;
  /** Retry button after a failure. */
  retryLabel: string;
  /** "Load more" button, and while it loads. */
  loadMoreLabel: string;
  loadingMoreLabel: string;
  /** Announced after "Load more": how many rows arrived. */
  loadedMore: (count: number) => string;
  /** Beside the Refresh button: how many rows no longer carry a filter tag they were listed for. */
  staleNotice: (count: number) => string;
  /** Refreshes the list, so rows that stopped matching leave. */
  refreshLabel: string;
  /** A call's start time as shown (the `<time>` element keeps the exact instant). */
  startTime: (unixSecs: number, format: ConversationListFormat) => string;
  /** A call's duration as shown. */
  duration: (seconds: number, format: ConversationListFormat) => string;
  /** A conversation's state in words (never colour alone). */
  status: (status: ConversationStatus) => string;
  /** A call's success evaluation in words. */
  success: (success: ConversationSuccess) => string;
  /** Accessible name of a row's tag chips. */
  rowTagsLabel: string;
  /** A row that no longer carries filter tags it was listed for: their titles. */
  noLongerTagged: (tagTitles: readonly string[]) => string;
  /** The toggle that opens a row's tag picker: visible text, and its name (which must contain the text). */
  editTagsLabel: string;
  editTagsAccessibleLabel: (title: string) => string;
  /** Closes a row's tag picker. */
  doneLabel: string;
}

// The tag form's failure wording fits a list read except where it speaks of creating a tag.
const readErrors: TagMessages = /* @__PURE__ */ (() => ({
  ...defaultMessages,
  errorValidation: () => "The server did not accept the list's filters.",
  errorUnauthorized: "You are signed out. Sign in again, then try again.",
  errorForbidden: "You are not allowed to list conversations in this workspace.",
  errorServer: "Something went wrong on the server. Try again in a moment.",
  errorUpstreamKeyRefused:
    "This server's ElevenLabs API key was refused. Ask whoever set up this page to check the key.",
  errorInvalidResponse: "The server sent an answer that could not be read. Try again.",
}))();

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

// Formatters are costly to build and a list formats two values a row: one per locale and zone.
const formatters = new Map<string, Intl.DateTimeFormat | ((seconds: number) => string)>();

function dateFormat({ locale, timeZone }: ConversationListFormat): Intl.DateTimeFormat {
  const key = `date\u0000${locale ?? ""}\u0000${timeZone ?? ""}`;
  let format = formatters.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone });
    formatters.set(key, format);
  }
  return format;
}

function durationFormat({ locale }: ConversationListFormat): (seconds: number) => string {
  const key = `duration\u0000${locale ?? ""}`;
  let format = formatters.get(key) as ((seconds: number) => string) | undefined;
  if (!format) {
    const units = (["hour", "minute", "second"] as const).map(
      (unit) => new Intl.NumberFormat(locale, { style: "unit", unit, unitDisplay: "short" }),
    );
    const list = new Intl.ListFormat(locale, { type: "unit", style: "narrow" });
    format = (seconds) => {
      const whole = Math.max(0, Math.round(seconds));
      const parts = [Math.floor(whole / 3600), Math.floor((whole % 3600) / 60), whole % 60];
      const shown = parts.flatMap((value, index) => (value > 0 ? [units[index]?.format(value) ?? ""] : []));
      return list.format(shown.length > 0 ? shown : [units[2]?.format(0) ?? "0"]);
    };
    formatters.set(key, format);
  }
  return format;
}

const statusText: Record<string, string> = {
  initiated: "Started",
  "in-progress": "In progress",
  processing: "Processing",
  done: "Done",
  failed: "Failed",
};

const successText: Record<string, string> = {
  success: "Successful",
  failure: "Unsuccessful",
  unknown: "Not evaluated",
};

/** The English defaults; spread them to translate or override a few keys. */
export const defaultConversationListMessages: ConversationListMessages = {
  listLabel: "Conversations",
  filterDescription: (titles) => `Tagged: ${titles.join(", ")}`,
  loading: "Loading conversations…",
  empty: (titles) => (titles.length > 0 ? `No conversations tagged ${titles.join(", ")}.` : "No conversations yet."),
  loadFailed: (reason) => `Could not load the conversations. ${reason}`,
  refreshFailed: (reason) => `Could not refresh the conversations. ${reason}`,
  loadMoreFailed: (reason) => `Could not load more conversations. ${reason}`,
  reason: (error) => describeTagError(error, readErrors),
  retryLabel: "Try again",
  loadMoreLabel: "Load more",
  loadingMoreLabel: "Loading more…",
  loadedMore: (count) => `${plural(count, "more conversation", "more conversations")} loaded`,
  staleNotice: (count) =>
    `${plural(count, "conversation no longer carries", "conversations no longer carry")} a tag of this filter.`,
  refreshLabel: "Refresh",
  startTime: (unixSecs, format) => dateFormat(format).format(unixSecs * 1000),
  duration: (seconds, format) => durationFormat(format)(seconds),
  status: (status) => statusText[status] ?? status,
  success: (success) => successText[success] ?? success,
  rowTagsLabel: "Tags",
  noLongerTagged: (titles) => `No longer tagged ${titles.join(", ")}`,
  editTagsLabel: "Edit tags",
  editTagsAccessibleLabel: (title) => `Edit tags of ${title}`,
  doneLabel: "Done",
};
