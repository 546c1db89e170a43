/**
 * Every string the create-tag form shows or announces. Numbers and plurals are functions, so a
 * translation needs no i18n library: pass `messages={{ titleLabel: "Titel", ... }}`.
 */
import type { ConversationTag } from "../core/tag.js";

/** All visible and announced text of the create-tag form; see {@link defaultMessages}. */
export interface TagMessages {
  /** Label of the title input. */
  titleLabel: string;
  /** Hint under the title label; `null` renders none. */
  titleHint: string | null;
  /** Label of the description textarea. */
  descriptionLabel: string;
  /** Hint under the description label (says it is optional); `null` renders none. */
  descriptionHint: string | null;
  /** Submit button while idle. */
  submitLabel: string;
  /** Submit button while the request runs. */
  submittingLabel: string;
  /** Cancel button (shown only with `onCancel`). */
  cancelLabel: string;
  /** Polite status after a tag was created. */
  created: (tag: ConversationTag) => string;
  /** The visible counter, e.g. "12 / 120" (hidden from screen readers). */
  characterCount: (count: number, max: number) => string;
  /** What screen readers hear as the field's limit, e.g. "You can enter up to 120 characters". */
  characterLimit: (max: number) => string;
  /** Announced after typing pauses near the limit. */
  charactersRemaining: (remaining: number) => string;
  /** Announced after typing pauses past the limit. */
  charactersTooMany: (over: number) => string;
  /** Client-side: the title is empty or only spaces. */
  titleRequired: string;
  /** Client-side: the title is longer than the limit. */
  titleTooLong: (max: number) => string;
  /** Client-side: the title holds text the server cannot store (a lone surrogate). */
  titleMalformed: string;
  /** Client-side: the description is longer than the limit. */
  descriptionTooLong: (max: number) => string;
  /** Client-side: the description holds text the server cannot store. */
  descriptionMalformed: string;
  /** A 422 message the server put on a field; shown as the server wrote it by default. */
  serverFieldError: (message: string, field: "title" | "description") => string;
  /** The server refused the request for reasons not tied to a visible field. */
  errorValidation: (details: string[]) => string;
  /** 401: the session is gone. */
  errorUnauthorized: string;
  /** 403: signed in but not allowed. */
  errorForbidden: string;
  /** 403 from the kit's proxy: the page's origin may not call it (a set-up problem, not a permission). */
  errorForbiddenOrigin: string;
  /** 404: the endpoint (usually the proxy) is not there. */
  errorNotFound: string;
  /** 429, with the seconds from `Retry-After` when the server sent them. */
  errorRateLimited: (retryAfterSeconds: number | null) => string;
  /** 5xx or a gateway's HTML page. */
  errorServer: string;
  /** 502 from the kit's proxy: the ElevenLabs API refused the server's key (a set-up problem, not a sign-in). */
  errorUpstreamKeyRefused: string;
  /** The request never got an answer: offline, DNS, CORS. */
  errorNetwork: string;
  /** No answer in time. */
  errorTimeout: string;
  /** The server answered with something that is not a tag; it may still have created one. */
  errorInvalidResponse: string;
  /** Anything else. */
  errorUnknown: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The English defaults; spread them to build a translation or override a few keys. */
export const defaultMessages: TagMessages = {
  titleLabel: "Title",
  titleHint: null,
  descriptionLabel: "Description",
  descriptionHint: "Optional. Say when to use this tag.",
  submitLabel: "Create tag",
  submittingLabel: "Creating tag…",
  cancelLabel: "Cancel",
  created: (tag) => `Tag “${tag.title}” created`,
  characterCount: (count, max) => `${count} / ${max}`,
  characterLimit: (max) => `You can enter up to ${plural(max, "character", "characters")}`,
  charactersRemaining: (remaining) => `${plural(remaining, "character", "characters")} remaining`,
  charactersTooMany: (over) => `${plural(over, "character", "characters")} too many`,
  titleRequired: "Enter a title",
  titleTooLong: (max) => `Title must be ${plural(max, "character", "characters")} or fewer`,
  titleMalformed: "Title contains a character that cannot be saved. Remove it and try again.",
  descriptionTooLong: (max) => `Description must be ${plural(max, "character", "characters")} or fewer`,
  descriptionMalformed: "Description contains a character that cannot be saved. Remove it and try again.",
  serverFieldError: (message) => message,
  errorValidation: (details) =>
    details.length > 0
      ? `The tag was not accepted: ${details.join("; ")}`
      : "The tag was not accepted. Check the details and try again.",
  errorUnauthorized: "You are signed out. Sign in again, then create the tag.",
  errorForbidden: "You are not allowed to create tags in this workspace.",
  errorForbiddenOrigin:
    "This page's address is not allowed to change tags through this server. Ask whoever set up this page to add it to the proxy's allowed origins.",
  errorNotFound: "The tags service could not be found. Ask whoever set up this page to check its address.",
  errorRateLimited: (seconds) =>
    seconds === null
      ? "Too many requests. Wait a moment, then try again."
      : `Too many requests. Try again in ${plural(seconds, "second", "seconds")}.`,
  errorServer: "Something went wrong on the server. Your tag was not created. Try again in a moment.",
  errorUpstreamKeyRefused:
    "This server's ElevenLabs API key was refused, so your tag was not created. Ask whoever set up this page to check the key.",
  errorNetwork: "The tags service could not be reached. Check your connection and try again.",
  errorTimeout: "The tags service took too long to answer. Try again.",
  errorInvalidResponse:
    "The tags service sent an answer that could not be read. The tag may have been created: check the list before trying again.",
  errorUnknown: "Something went wrong. Try again.",
};
