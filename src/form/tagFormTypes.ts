/** The create-tag form's value, status and element-prop types, shared by the hook and the components. */
import type { KeyboardEvent, RefCallback } from "react";
import type { UseFormRegisterReturn, UseFormReturn } from "react-hook-form";
import type { TagMessages } from "./messages.js";
import type * as z from "zod/mini";
import type { createTagRequestSchema } from "../core/tag.js";
import type { TagFieldName } from "../core/tag.js";

/** What the form's inputs hold (before trimming). */
export type CreateTagFormValues = z.input<typeof createTagRequestSchema>;
/** What the form sends: trimmed title, description or `null`. */
export type CreateTagFormOutput = z.output<typeof createTagRequestSchema>;
/** Where the form is: `"submitting"` while the request runs, then `"success"` or `"error"`. */
export type CreateTagFormStatus = "idle" | "submitting" | "success" | "error";

/** Element ids of one field, for `htmlFor`, `aria-describedby` and your own markup. */
export interface TagFieldIds {
  input: string;
  label: string;
  hint: string;
  counter: string;
  error: string;
}

/** Props to spread on a field's `<input>` or `<textarea>`: registration plus ARIA wiring. */
export interface TagFieldProps extends UseFormRegisterReturn<TagFieldName> {
  id: string;
  "aria-invalid": boolean;
  /** Hint (when its message is not `null`), counter, and error (when invalid). */
  "aria-describedby": string;
  /** On the description only: Ctrl/Cmd+Enter submits the form. */
  onKeyDown?: (event: KeyboardEvent<HTMLElement>) => void;
}

/** Props to spread on the form-level alert; see `getAlertProps`. */
export interface TagAlertProps {
  id: string;
  role: "alert";
  tabIndex: -1;
  ref: RefCallback<HTMLElement>;
}

/**
 * The parts of a tag form that fields read (`useCreateTagForm` and `useEditTagForm` both return
 * them), so `useTagField`, `TagField` and `CharacterCount` serve either mode.
 */
export interface TagFormFields {
  form: UseFormReturn<CreateTagFormValues, unknown, CreateTagFormOutput>;
  ids: { title: TagFieldIds; description: TagFieldIds };
  getFieldProps: (name: TagFieldName, state?: { invalid?: boolean }) => TagFieldProps;
  messages: TagMessages;
}
