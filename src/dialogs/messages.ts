/** Every string the delete confirmation and the create dialog show or announce. */
import type { TagsApiError } from "../core/errors.js";
import type { ConversationTag } from "../core/tag.js";

/** Text of {@link DeleteTagButton}; see {@link defaultDeleteTagMessages}. */
export interface DeleteTagMessages {
  /** The button's visible text. */
  deleteLabel: string;
  /** The button's accessible name, naming the tag (starts with the visible text). */
  deleteAccessibleLabel: (tag: ConversationTag) => string;
  /** The confirmation's heading, naming the tag. */
  confirmTitle: (tag: ConversationTag) => string;
  /** What deleting means. */
  confirmBody: string;
  /** The destructive button. */
  confirmLabel: string;
  /** The safe button, focused first. */
  cancelLabel: string;
  /** Shown in an alert when the API refused; the tag is back in the list. */
  failed: (tag: ConversationTag, error: TagsApiError) => string;
  /** Announced once the API confirmed. */
  deleted: (tag: ConversationTag) => string;
}

/** Says why a delete failed, in plain words. */
function reason(error: TagsApiError): string {
  switch (error.kind) {
    case "network":
      return "The tags service could not be reached.";
    case "timeout":
      return "The tags service took too long to answer.";
    case "unauthorized":
      return "You are signed out.";
    case "forbidden":
      return "You are not allowed to delete tags here.";
    case "rate_limited":
      return "Too many requests; wait a moment.";
    default:
      return "Something went wrong on the server.";
  }
}

/** The English defaults. */
export const defaultDeleteTagMessages: DeleteTagMessages = {
  deleteLabel: "Delete",
  deleteAccessibleLabel: (tag) => `Delete ${tag.title}`,
  confirmTitle: (tag) => `Delete “${tag.title}”?`,
  confirmBody: "Conversations lose this tag. This cannot be undone.",
  confirmLabel: "Delete tag",
  cancelLabel: "Cancel",
  failed: (tag, error) => `“${tag.title}” was not deleted. ${reason(error)} Try again.`,
  deleted: (tag) => `Tag “${tag.title}” deleted`,
};

/** Text of {@link CreateTagDialog}; the form inside keeps its own `messages`. */
export interface CreateTagDialogMessages {
  /** The button that opens the dialog. */
  openLabel: string;
  /** The dialog's heading. */
  title: string;
  /** Announced beside the button after the dialog closed on success. */
  created: (tag: ConversationTag) => string;
}

/** The English defaults. */
export const defaultCreateTagDialogMessages: CreateTagDialogMessages = {
  openLabel: "New tag",
  title: "New tag",
  created: (tag) => `Tag “${tag.title}” created`,
};
