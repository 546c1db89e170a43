import type { UseMutationResult } from "@tanstack/react-query";
import type { BaseSyntheticEvent } from "react";
import type { UseFormReturn } from "react-hook-form";
import type { TagsApiError } from "../core/errors.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { defaultMessages, type TagMessages } from "./messages.js";
import type { ConversationTag, CreateTagRequest } from "../core/tag.js";
import type { TagFieldName } from "../core/tag.js";
import { useTagFormEngine } from "./useTagFormEngine.js";
import type {
  CreateTagFormOutput,
  CreateTagFormStatus,
  CreateTagFormValues,
  TagAlertProps,
  TagFieldIds,
  TagFieldProps,
} from "./tagFormTypes.js";
import { useCreateTag } from "../react/useCreateTag.js";
import type { UseCreateTagFormOptions } from "./createTagFormOptions.js";
import { withReportedOnSuccess } from "./reportCallbackError.js";

export type { UseCreateTagFormOptions } from "./createTagFormOptions.js";

/** Everything a create-tag UI needs; see {@link useCreateTagForm}. */
export interface UseCreateTagFormResult<TContext = unknown> {
  /** The react-hook-form object (`control`, `setError`, `formState`...). Reading `formState` here re-renders your root. */
  form: UseFormReturn<CreateTagFormValues, unknown, CreateTagFormOutput>;
  /** Element ids: one set per field plus the alert and status regions. */
  ids: { alert: string; status: string; title: TagFieldIds; description: TagFieldIds };
  /** Input props for a field. Pass `{ invalid }` from {@link useTagField}, which subscribes to the field's errors. */
  getFieldProps: (name: TagFieldName, state?: { invalid?: boolean }) => TagFieldProps;
  /** The form's `onSubmit`: validates, sends, places server errors. A second call while one runs does nothing. */
  handleSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  /** The create mutation (`useCreateTag`). */
  mutation: UseMutationResult<ConversationTag, TagsApiError, CreateTagRequest, TContext>;
  /** `"submitting"` while the request runs, then `"success"` or `"error"`; a client-side refusal leaves it `"idle"`. */
  status: CreateTagFormStatus;
  /** The form-level message (also in `form.formState.errors.root.server`), or `null`. */
  serverError: string | null;
  /**
   * Props for the element showing `serverError`: `id`, `role="alert"`, `tabIndex={-1}` and the `ref`
   * that lets focus move there when no field is at fault.
   */
  getAlertProps: () => TagAlertProps;
  /** The tag the last submit created, while `status` is `"success"`. */
  createdTag: ConversationTag | null;
  /** `defaultMessages` with your overrides. */
  messages: TagMessages;
  /** Back to the default values, no errors, status `"idle"`. */
  reset: () => void;
}

/**
 * The headless create-tag form: react-hook-form with the kit's schema, submitted through
 * {@link useCreateTag}. Inputs are uncontrolled, so typing never re-renders the component that
 * calls this hook; per-field state lives in {@link useTagField} and `CharacterCount`.
 *
 * A 422 puts each message on its field; every other failure becomes one plain-language
 * `serverError`. Values stay in the inputs; focus moves to the first field at fault, else the alert.
 * The engine is shared with `useEditTagForm`: same rules, counters, messages and error placement.
 */
export function useCreateTagForm<TContext = unknown>(
  options: UseCreateTagFormOptions<TContext> = {},
): UseCreateTagFormResult<TContext> {
  const mutation = useCreateTag(withReportedOnSuccess(options.mutationOptions));
  // Create mode always has something to send, so the engine's `unchanged` never applies here.
  const { tag, ...engine } = useTagFormEngine(options, {
    mutation,
    toVariables: (request: CreateTagRequest) => request,
    defaultValues: { title: "", description: "", ...options.defaultValues },
    messages: mergeMessages(defaultMessages, options.messages),
  });
  return { ...engine, createdTag: tag };
}
