import { TagsApiError } from "../core/errors.js";
import { describeTagError } from "../form/describeTagError.js";
import type { TagMessages } from "../form/messages.js";

/**
 * Why a create failed, in one sentence: the server's own words for a 422 on the title (the picker
 * has no other field to put them on), else the shared message for the failure's kind.
 */
export function describePickerError(error: unknown, messages: TagMessages): string {
  if (error instanceof TagsApiError && error.kind === "validation") {
    const fieldMessages = [
      ...(error.fieldErrors.title ?? []).map((message) => messages.serverFieldError(message, "title")),
      ...(error.fieldErrors.description ?? []).map((message) => messages.serverFieldError(message, "description")),
    ];
    if (fieldMessages.length > 0) return [...fieldMessages, ...error.formErrors].join(" ");
  }
  return describeTagError(error, messages);
}
