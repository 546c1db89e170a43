import type { UseFormProps } from "react-hook-form";
import type { TagsApiError } from "../core/errors.js";
import type { ConversationTag } from "../core/tag.js";
import type { UseCreateTagOptions } from "../react/useCreateTag.js";
import type { TagMessages } from "./messages.js";
import type { CreateTagFormOutput, CreateTagFormValues } from "./tagFormTypes.js";

/** Options of `useCreateTagForm`. */
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
  /** Passed through to `useCreateTag` (e.g. `retry`, `onSettled`); a throwing `onSuccess` is reported, not a failure. */
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
