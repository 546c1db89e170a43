import { TagsApiError } from "../core/errors.js";
import type { TagFieldName } from "../core/tag.js";
import { describeTagError } from "./describeTagError.js";
import type { TagMessages } from "./messages.js";

/** How a failed create splits between the form's fields and its form-level alert. */
export interface TagErrorPlacement {
  /** Server messages per field the UI shows, already joined into one string each. */
  fields: Partial<Record<TagFieldName, string>>;
  /** The form-level message, or `null` when every problem sits on a visible field. */
  alert: string | null;
}

/**
 * Decides where each part of a failure is shown: server messages about a visible field (a 422's
 * `loc`, or a `detail.param`) on that field, everything else (other fields, hidden fields, every
 * failure not about a field) in the alert.
 */
export function placeTagError(
  error: unknown,
  visibleFields: readonly TagFieldName[],
  messages: TagMessages,
): TagErrorPlacement {
  if (!(error instanceof TagsApiError)) return { fields: {}, alert: describeTagError(error, messages) };
  const { title = [], description = [] } = error.fieldErrors;
  if (error.kind !== "validation" && title.length + description.length === 0) {
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
