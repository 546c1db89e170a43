import type { UseMutationResult } from "@tanstack/react-query";
import type { BaseSyntheticEvent } from "react";
import type { UseFormProps, UseFormReturn } from "react-hook-form";
import type { TagsApiError } from "../core/errors.js";
import { resolveMessages, type TagMessages } from "./messages.js";
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
import { useCreateTag, type UseCreateTagOptions } from "../react/useCreateTag.js";
import { withReportedOnSuccess } from "./reportCallbackError.js";

/** Options of {@link useCreateTagForm}. */
export interface UseCreateTagFormOptions<TContext = unknown> {
  /** Initial values; `reset()` and a successful submit return to them. */
  defaultValues?: Partial<CreateTagFormValues>;
  /**
   * Runs after the tag was created (and the form reset, unless `resetOnSuccess` is false). If it throws,
   * the form still shows success and the error goes to `reportError`.
   */
  onSuccess?: (tag: ConversationTag) => void;
  /** Runs after the API refused or could not be reached; the form already shows why. What it throws goes to `reportError`. */
  onError?: (error: TagsApiError) => void;
  /** Clear the inputs after a successful create; default `true`. */
  resetOnSuccess?: boolean;
  /** Passed through to {@link useCreateTag} (e.g. `retry`, `onSettled`); a throwing `onSuccess` is reported, not a failure. */
  mutationOptions?: UseCreateTagOptions<TContext>;
  /** Text overrides on top of `defaultMessages`. */
  messages?: Partial<TagMessages>;
  /** Whether your UI shows a description field; when `false` its server errors go to the alert. Default `true`. */
  showDescription?: boolean;
  /** react-hook-form options other than the resolver and default values (e.g. `mode`). */
  formOptions?: Omit<UseFormProps<CreateTagFormValues, unknown, CreateTagFormOutput>, "resolver" | "defaultValues">;
}

/**
 * Every key of {@link UseCreateTagFormOptions}, at run time. `CreateTagForm` passes exactly these to
 * the hook and the rest to `<form>`; a new option missing here fails to compile.
 */
export const createTagFormOptionKeys = {
  defaultValues: true,
  onSuccess: true,
  onError: true,
  resetOnSuccess: true,
  mutationOptions: true,
  messages: true,
  showDescription: true,
  formOptions: true,
} as const satisfies Record<keyof UseCreateTagFormOptions, true>;

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
    messages: resolveMessages(options.messages),
  });
  return { ...engine, createdTag: tag };
}
