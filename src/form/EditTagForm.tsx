import type { ComponentProps, KeyboardEvent, SyntheticEvent } from "react";
import { mergeProps } from "./mergeProps.js";
import type { CreateTagFormClassNames } from "./slots.js";
import { TagField, type DescriptionInputProps, type TitleInputProps } from "./TagField.js";
import { useEditTagForm, type UseEditTagFormOptions } from "./useEditTagForm.js";

/** Props of {@link EditTagForm}: the hook's options, customization, and any other `<form>` prop. */
export type EditTagFormProps<TContext = unknown> = UseEditTagFormOptions<TContext> & {
  /** Shows a cancel button that calls this (Escape in a field calls it too). */
  onCancel?: () => void;
  /** Focus the title on mount. */
  autoFocus?: boolean;
  /** A class per part, as on `CreateTagForm`; `className` goes on the root. */
  classNames?: CreateTagFormClassNames;
  /** Native props for the title `<input>`. */
  titleInputProps?: TitleInputProps;
  /** Native props for the description `<textarea>`. */
  descriptionProps?: DescriptionInputProps;
  /** Counter options for both fields. */
  counterProps?: { delay?: number; threshold?: number };
} & Omit<ComponentProps<"form">, keyof UseEditTagFormOptions | "onSubmit" | "children" | "defaultValue" | "action">;

/**
 * The edit-tag form: the create form's fields, counters, rules and error placement, in edit mode
 * (see `useEditTagForm`). Saving sends only what changed; a polite status says what happened.
 */
export function EditTagForm<TContext = unknown>({
  tag,
  onSuccess,
  onError,
  showDescription = true,
  formOptions,
  mutationOptions,
  messages: overrides,
  onCancel,
  autoFocus,
  classNames = {},
  titleInputProps,
  descriptionProps,
  counterProps,
  ...formProps
}: EditTagFormProps<TContext>) {
  const tagForm = useEditTagForm<TContext>({
    tag,
    onSuccess,
    onError,
    showDescription,
    formOptions,
    mutationOptions,
    messages: overrides,
  });
  const { status, serverError, savedTag, messages, ids } = tagForm;
  const pending = status === "submitting" || undefined;
  const fieldProps = { tagForm, classNames, counterProps };

  return (
    <form
      noValidate
      {...mergeProps(formProps, {
        "data-ctk": "",
        "data-slot": "root",
        "data-state": status,
        "data-pending": pending,
        onSubmit: (event: SyntheticEvent) => {
          void tagForm.handleSubmit(event);
        },
        onKeyDown: (event: KeyboardEvent) => {
          if (event.key === "Escape" && onCancel) {
            event.preventDefault();
            onCancel();
          }
        },
      })}
    >
      <TagField {...fieldProps} name="title" inputProps={titleInputProps} autoFocus={autoFocus} />
      {showDescription && <TagField {...fieldProps} name="description" inputProps={descriptionProps} />}
      {serverError !== null && (
        <div {...tagForm.getAlertProps()} data-slot="alert" className={classNames.alert}>
          {serverError}
        </div>
      )}
      <div id={ids.status} role="status" data-slot="status" className={classNames.status}>
        {status === "unchanged" ? messages.unchanged : savedTag ? messages.saved(savedTag) : null}
      </div>
      <div data-slot="actions" className={classNames.actions}>
        <button type="submit" aria-busy={pending} data-pending={pending} data-slot="submit" className={classNames.submit}>
          {pending ? messages.submittingLabel : messages.submitLabel}
        </button>
        {onCancel && (
          <button type="button" data-slot="cancel" className={classNames.cancel} onClick={onCancel}>
            {messages.cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
