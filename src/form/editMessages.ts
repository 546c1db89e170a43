/** The strings only the edit form needs, on top of the create form's `TagMessages`. */
import type { ConversationTag } from "../core/tag.js";
import { defaultMessages, type TagMessages } from "./messages.js";

/** Text of `EditTagForm` beyond `TagMessages`; see {@link defaultEditTagMessages}. */
export interface EditTagMessages extends TagMessages {
  /** The tag was deleted meanwhile (a 404 on save). */
  errorTagDeleted: string;
  /** Submitted with nothing changed: nothing was sent. */
  unchanged: string;
  /** Polite status after a save. */
  saved: (tag: ConversationTag) => string;
}

/** The English defaults: the create form's, with the edit form's buttons and statuses. */
export const defaultEditTagMessages: EditTagMessages = /* @__PURE__ */ (() => ({
  ...defaultMessages,
  submitLabel: "Save",
  submittingLabel: "Saving…",
  errorServer: "Something went wrong on the server. Your changes were not saved. Try again in a moment.",
  errorTagDeleted: "This tag was deleted, so it cannot be changed. Cancel to go back to the list.",
  unchanged: "Nothing changed, so nothing was saved.",
  saved: (tag) => `Tag “${tag.title}” saved`,
}))();
