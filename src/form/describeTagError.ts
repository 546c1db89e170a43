import type { FieldError } from "react-hook-form";
import { TagsApiError } from "../core/errors.js";
import type { TagMessages } from "./messages.js";
import { TAG_DESCRIPTION_MAX_LENGTH, TAG_TITLE_MAX_LENGTH, type TagFieldName, type TagValidationCode } from "../core/tag.js";

/** How a failed create splits between the form's fields and its form-level alert. */
export interface TagErrorPlacement {
  /** Server messages per field the UI shows, already joined into one string each. */
  fields: Partial<Record<TagFieldName, string>>;
  /** The form-level message, or `null` when every problem sits on a visible field. */
  alert: string | null;
}

/** The form-level message for a failure that is not about one field. Never shows raw HTML. */
export function describeTagError(error: unknown, messages: TagMessages): string {
  if (!(error instanceof TagsApiError)) return messages.errorUnknown;
  switch (error.kind) {
    case "validation":
      return messages.errorValidation(error.formErrors);
    case "unauthorized":
      return messages.errorUnauthorized;
    case "forbidden":
      return error.code === "forbidden_origin" ? messages.errorForbiddenOrigin : messages.errorForbidden;
    case "not_found":
      return messages.errorNotFound;
    case "rate_limited":
      return messages.errorRateLimited(error.retryAfterSeconds);
    case "server":
      return error.code === "upstream_key_refused" ? messages.errorUpstreamKeyRefused : messages.errorServer;
    case "network":
      return messages.errorNetwork;
    case "timeout":
      return messages.errorTimeout;
    case "invalid_response":
      return messages.errorInvalidResponse;
  }
}

/**
 * Decides where each part of a failure is shown: a 422's field messages on the visible fields,
 * everything else (other loc, hidden fields, every other kind) in the alert.
 */
export function placeTagError(
  error: unknown,
  visibleFields: readonly TagFieldName[],
  messages: TagMessages,
): TagErrorPlacement {
  if (!(error instanceof TagsApiError) || error.kind !== "validation") {
    return { fields: {}, alert: describeTagError(error, messages) };
  }
  const fields: TagErrorPlacement["fields"] = {};
  const leftOver = [...error.formErrors];
  for (const name of ["title", "description"] as const) {
    const found = error.fieldErrors[name];
    if (!found || found.length === 0) continue;
    if (visibleFields.includes(name)) fields[name] = found.join(" ");
    else leftOver.push(...found.map((message) => `${name}: ${message}`));
  }
  const onFields = Object.keys(fields).length > 0;
  return { fields, alert: onFields && leftOver.length === 0 ? null : messages.errorValidation(leftOver) };
}

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
