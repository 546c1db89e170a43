import type { FieldError } from "react-hook-form";
import { TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH, type TagFieldName, type TagValidationCode } from "../core/tag.js";
import type { TagMessages } from "./messages.js";

const codeMessages: Record<TagValidationCode, (messages: TagMessages) => string> = {
  title_required: (m) => m.titleRequired,
  title_too_long: (m) => m.titleTooLong(TAG_TITLE_MAX_LENGTH),
  title_malformed: (m) => m.titleMalformed,
  description_too_long: (m) => m.descriptionTooLong(TAG_DESCRIPTION_MAX_LENGTH),
  description_malformed: (m) => m.descriptionMalformed,
};

function isValidationCode(message: string): message is TagValidationCode {
  return Object.hasOwn(codeMessages, message);
}

/**
 * The text to show for a field's react-hook-form error: validation codes translated through
 * `messages`, server messages through `messages.serverFieldError`.
 */
export function describeFieldError(
  name: TagFieldName,
  error: Pick<FieldError, "type" | "message"> | undefined,
  messages: TagMessages,
): string | null {
  if (!error) return null;
  const message = error.message ?? "";
  if (error.type === "server") return messages.serverFieldError(message, name);
  if (isValidationCode(message)) return codeMessages[message](messages);
  // A zod issue without one of our codes (e.g. a wrong type): still say something useful.
  return name === "title" ? messages.titleRequired : message || messages.errorUnknown;
}
