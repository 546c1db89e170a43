/**
 * The one tag form engine behind `useCreateTagForm` and `useEditTagForm`: react-hook-form with the
 * kit's schema, ids, field props, submit with double-submit guard, server-error placement, focus
 * on failure, and status. A mode says only which mutation runs and what it is sent.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { UseMutationResult } from "@tanstack/react-query";
import { useCallback, useEffect, useId, useRef, useState, type BaseSyntheticEvent } from "react";
import { useForm, type UseFormProps, type UseFormReturn } from "react-hook-form";
import { TagsApiError } from "../core/errors.js";
import { createTagRequestSchema, type ConversationTag, type TagFieldName } from "../core/tag.js";
import { placeTagError } from "./placeTagError.js";
import type { TagMessages } from "./messages.js";
import { callSafely } from "./reportCallbackError.js";
import { fieldIds, tagFieldProps } from "./tagFieldProps.js";
import type {
  CreateTagFormOutput,
  CreateTagFormStatus,
  CreateTagFormValues,
  TagAlertProps,
  TagFieldIds,
  TagFieldProps,
} from "./tagFormTypes.js";

/** Options both modes share. */
export interface TagFormEngineOptions {
  onSuccess?: ((tag: ConversationTag) => void) | undefined;
  onError?: ((error: TagsApiError) => void) | undefined;
  resetOnSuccess?: boolean | undefined;
  showDescription?: boolean | undefined;
  formOptions?:
    | Omit<UseFormProps<CreateTagFormValues, unknown, CreateTagFormOutput>, "resolver" | "defaultValues">
    | undefined;
}

/** What a mode supplies: its mutation, what it sends, and the values it starts from. */
export interface TagFormMode<TVariables, TContext> {
  mutation: UseMutationResult<ConversationTag, TagsApiError, TVariables, TContext>;
  /** The mutation's variables for the validated values, or `null` when there is nothing to send. */
  toVariables: (values: CreateTagFormOutput) => TVariables | null;
  defaultValues: CreateTagFormValues;
  /** The values to reset to after a success; default `defaultValues`. */
  valuesAfter?: (tag: ConversationTag) => CreateTagFormValues;
  messages: TagMessages;
}

/** The engine's state: every mode's result is built from this. */
export interface TagFormEngine<TVariables, TContext> {
  form: UseFormReturn<CreateTagFormValues, unknown, CreateTagFormOutput>;
  ids: { alert: string; status: string; title: TagFieldIds; description: TagFieldIds };
  getFieldProps: (name: TagFieldName, state?: { invalid?: boolean }) => TagFieldProps;
  handleSubmit: (event?: BaseSyntheticEvent) => Promise<void>;
  mutation: UseMutationResult<ConversationTag, TagsApiError, TVariables, TContext>;
  status: CreateTagFormStatus;
  /** The last submit found nothing to send (edit mode: nothing changed). */
  unchanged: boolean;
  serverError: string | null;
  getAlertProps: () => TagAlertProps;
  /** The tag the last submit returned, while `status` is `"success"`. */
  tag: ConversationTag | null;
  messages: TagMessages;
  reset: () => void;
}

const resolver = /* @__PURE__ */ zodResolver(createTagRequestSchema);

/** Runs a tag form in the given mode; see the module comment. */
export function useTagFormEngine<TVariables, TContext>(
  options: TagFormEngineOptions,
  mode: TagFormMode<TVariables, TContext>,
): TagFormEngine<TVariables, TContext> {
  const { onSuccess, onError, resetOnSuccess = true, showDescription = true } = options;
  const { mutation, messages } = mode;
  const form = useForm<CreateTagFormValues, unknown, CreateTagFormOutput>({
    mode: "onSubmit",
    reValidateMode: "onChange",
    shouldFocusError: true,
    ...options.formOptions,
    resolver,
    defaultValues: mode.defaultValues,
  });
  const base = useId();
  const [ids] = useState(() => ({
    alert: `${base}alert`,
    status: `${base}status`,
    title: fieldIds(base, "title"),
    description: fieldIds(base, "description"),
  }));
  const [unchanged, setUnchanged] = useState(false);
  const inFlight = useRef(false);
  const alertElement = useRef<HTMLElement | null>(null);
  const alertRef = useCallback((element: HTMLElement | null) => {
    alertElement.current = element;
  }, []);
  // Bumped when a failure should move focus to the alert; the effect runs once it is rendered.
  const [alertFocusRequest, setAlertFocusRequest] = useState(0);
  const visibleFields: TagFieldName[] = showDescription ? ["title", "description"] : ["title"];
  const serverError = mutation.isError ? placeTagError(mutation.error, visibleFields, messages).alert : null;

  useEffect(() => {
    if (alertFocusRequest > 0) alertElement.current?.focus();
  }, [alertFocusRequest]);

  function showFailure(error: unknown) {
    const placement = placeTagError(error, visibleFields, messages);
    for (const name of visibleFields) {
      const message = placement.fields[name];
      if (message !== undefined) form.setError(name, { type: "server", message });
    }
    if (placement.alert !== null) form.setError("root.server", { type: "server", message: placement.alert });
    const firstField = visibleFields.find((name) => placement.fields[name] !== undefined);
    if (firstField) form.setFocus(firstField);
    else setAlertFocusRequest((n) => n + 1);
    if (error instanceof TagsApiError) callSafely(onError, error);
  }

  async function handleSubmit(event?: BaseSyntheticEvent) {
    event?.preventDefault();
    // react-hook-form does not ignore a submit while one runs; a double click must not send twice.
    if (inFlight.current) return;
    inFlight.current = true;
    const outcome: { tag?: ConversationTag } = {};
    try {
      form.clearErrors("root.server");
      mutation.reset();
      setUnchanged(false);
      await form.handleSubmit(async (values) => {
        const variables = mode.toVariables(values);
        if (variables === null) {
          setUnchanged(true);
          return;
        }
        try {
          outcome.tag = await mutation.mutateAsync(variables);
        } catch (error) {
          showFailure(error);
        }
      })(event);
    } finally {
      inFlight.current = false;
    }
    if (outcome.tag) {
      if (resetOnSuccess) form.reset(mode.valuesAfter?.(outcome.tag));
      // A bug in the caller's callback is theirs to hear about; the tag was saved all the same.
      callSafely(onSuccess, outcome.tag);
    }
  }

  const status: CreateTagFormStatus = mutation.isPending
    ? "submitting"
    : mutation.isSuccess
      ? "success"
      : mutation.isError
        ? "error"
        : "idle";

  return {
    form,
    ids,
    getFieldProps: (name, { invalid = false } = {}) => tagFieldProps(form, name, ids[name], messages, invalid),
    handleSubmit,
    mutation,
    status,
    unchanged,
    serverError,
    getAlertProps: () => ({ id: ids.alert, role: "alert", tabIndex: -1, ref: alertRef }),
    tag: mutation.isSuccess ? mutation.data : null,
    messages,
    reset: () => {
      form.reset();
      mutation.reset();
      setUnchanged(false);
    },
  };
}
