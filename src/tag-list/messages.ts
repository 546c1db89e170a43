/** Every string `TagList` shows or announces; numbers and reasons are functions. */
import type { TagsApiError } from "../core/errors.js";
import type { ConversationTag } from "../core/tag.js";
import { defaultDeleteTagMessages, type DeleteTagMessages } from "../dialogs/messages.js";

/** Text of {@link TagList}, its rows and their delete confirmations; see {@link defaultTagListMessages}. */
export interface TagListMessages extends DeleteTagMessages {
  /** While the first page loads. */
  loading: string;
  /** No tags in the workspace. */
  empty: string;
  /** The first page failed; `reason` says why. */
  loadFailed: (reason: string) => string;
  /** A refresh failed while tags are shown. */
  refreshFailed: (reason: string) => string;
  /** The next page failed. */
  loadMoreFailed: (reason: string) => string;
  /** Why a read failed, in plain words. */
  reason: (error: TagsApiError) => string;
  /** Retry button. */
  retryLabel: string;
  /** "Load more" button, and while it loads. */
  loadMoreLabel: string;
  loadingMoreLabel: string;
  /** The list's accessible name. */
  listLabel: string;
  /** The edit button's visible text and accessible name. */
  editLabel: string;
  editAccessibleLabel: (tag: ConversationTag) => string;
  /** A row's creation date as shown (the `<time>` element keeps the exact instant). */
  rowDate: (tag: ConversationTag) => string;
  /** Announced after an edit was saved. */
  updated: (tag: ConversationTag) => string;
  /** Announced when the row you were in left the list without you deleting it (deleted elsewhere). */
  removed: (tag: ConversationTag) => string;
}

let dateFormat: Intl.DateTimeFormat | undefined;
// Made on first use: a page that never shows a date never builds a formatter.
const rowDateFormat = () => (dateFormat ??= new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" }));

/** The English defaults; spread them to translate or override a few keys. */
export const defaultTagListMessages: TagListMessages = /* @__PURE__ */ (() => ({
  ...defaultDeleteTagMessages,
  loading: "Loading tags…",
  empty: "No tags yet. Tags you create appear here.",
  loadFailed: (reason) => `Could not load the tags. ${reason}`,
  refreshFailed: (reason) => `Could not refresh the tags. ${reason}`,
  loadMoreFailed: (reason) => `Could not load more tags. ${reason}`,
  reason: (error) => {
    switch (error.kind) {
      case "network":
        return "The server could not be reached.";
      case "timeout":
        return "The server took too long to answer.";
      case "unauthorized":
      case "forbidden":
        return "This session may not list tags.";
      case "rate_limited":
        return "Too many requests; wait a moment.";
      default:
        return "The server could not list the tags.";
    }
  },
  retryLabel: "Try again",
  loadMoreLabel: "Load more",
  loadingMoreLabel: "Loading more…",
  listLabel: "Tags",
  editLabel: "Edit",
  editAccessibleLabel: (tag) => `Edit ${tag.title}`,
  rowDate: (tag) => rowDateFormat().format(tag.created_at_unix_secs * 1000),
  updated: (tag) => `Tag “${tag.title}” saved`,
  removed: (tag) => `Tag “${tag.title}” is no longer in the workspace`,
}))();
