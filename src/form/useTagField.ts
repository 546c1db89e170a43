import { useFormState } from "react-hook-form";
import { describeFieldError } from "./describeFieldError.js";
import type { TagFieldName } from "../core/tag.js";
import type { TagFieldIds, TagFieldProps, TagFormFields } from "./tagFormTypes.js";

/** One field's live state; see {@link useTagField}. */
export interface TagFieldState {
  ids: TagFieldIds;
  /** The field has a client or server error. */
  invalid: boolean;
  /** The error to show under the field, already translated, or `null`. */
  error: string | null;
  /** Spread on the `<input>`/`<textarea>`: `aria-invalid` and `aria-describedby` follow the error. */
  inputProps: TagFieldProps;
}

/**
 * Subscribes one field to its own error state. Call it in a small field component, not in the
 * component that called {@link useCreateTagForm}: that one then never re-renders while someone types,
 * and this one re-renders only when its field's error appears, changes or clears.
 */
export function useTagField(tagForm: TagFormFields, name: TagFieldName): TagFieldState {
  const { form, messages } = tagForm;
  // Scoped to this field: react-hook-form re-renders it only when this field's error changes.
  const { errors } = useFormState({ control: form.control, name, exact: true });
  const error = errors[name];
  const invalid = error !== undefined;
  return {
    ids: tagForm.ids[name],
    invalid,
    error: describeFieldError(name, error, messages),
    inputProps: tagForm.getFieldProps(name, { invalid }),
  };
}
