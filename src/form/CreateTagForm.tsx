import type { ComponentProps } from "react";
import { useCreateTagForm, type UseCreateTagFormOptions } from "./useCreateTagForm.js";
import { TagField, type DescriptionInputProps, type TitleInputProps } from "./TagField.js";
import type { CreateTagFormClassNames } from "./slots.js";

/** Props of {@link CreateTagForm}: the hook's options, customization, and any `<form>` prop. */
export type CreateTagFormProps<TContext = unknown> = Omit<
  ComponentProps<"form">,
  "onSubmit" | "onError" | "children" | "defaultValue" | "action"
> &
  Omit<UseCreateTagFormOptions<TContext>, "formOptions"> & {
    /** Shows a cancel button that calls this. */
    onCancel?: () => void;
    /** Focus the title on mount. */
    autoFocus?: boolean;
    /** A class per part; `className` goes on the root. */
    classNames?: CreateTagFormClassNames;
    /** Native props for the title `<input>` (not `maxLength`: the counter shows the limit). */
    titleInputProps?: TitleInputProps;
    /** Native props for the description `<textarea>`. */
    descriptionProps?: DescriptionInputProps;
    /** Native props for the submit button. */
    submitProps?: Omit<ComponentProps<"button">, "type" | "children">;
    /** Native props for the cancel button. */
    cancelProps?: Omit<ComponentProps<"button">, "type" | "children" | "onClick">;
    /** Counter options for both fields: `delay` before the live region speaks, `threshold` fraction. */
    counterProps?: { delay?: number; threshold?: number };
  };

/**
 * The create-tag form: title, optional description, live character counts, inline server
 * errors, a form-level alert and a polite success status. Needs a `TagsApiProvider` above it.
 *
 * Style it with `convai-tag-kit/styles.css` (CSS variables `--ctk-*`), your own CSS on
 * `[data-slot]`/`[data-invalid]`/`[data-pending]`/`[data-state]`, or `className`/`classNames`.
 * For a different layout, build on `useCreateTagForm` instead.
 */
export function CreateTagForm<TContext = unknown>({
  defaultValues,
  onSuccess,
  onError,
  resetOnSuccess,
  mutationOptions,
  messages: messageOverrides,
  showDescription = true,
  onCancel,
  autoFocus,
  classNames = {},
  className,
  titleInputProps,
  descriptionProps,
  submitProps,
  cancelProps,
  counterProps,
  ...formProps
}: CreateTagFormProps<TContext>) {
  const tagForm = useCreateTagForm<TContext>({
    defaultValues,
    onSuccess,
    onError,
    resetOnSuccess,
    mutationOptions,
    messages: messageOverrides,
    showDescription,
  });
  const { status, serverError, createdTag, messages, ids } = tagForm;
  const pending = status === "submitting" || undefined;

  return (
    <form
      noValidate
      {...formProps}
      data-ctk=""
      data-slot="root"
      data-state={status}
      data-pending={pending}
      className={className}
      onSubmit={(event) => void tagForm.handleSubmit(event)}
    >
      <TagField
        tagForm={tagForm}
        name="title"
        classNames={classNames}
        inputProps={titleInputProps}
        autoFocus={autoFocus}
        counterProps={counterProps}
      />
      {showDescription && (
        <TagField
          tagForm={tagForm}
          name="description"
          classNames={classNames}
          inputProps={descriptionProps}
          counterProps={counterProps}
        />
      )}
      {serverError !== null && (
        <div {...tagForm.getAlertProps()} data-slot="alert" className={classNames.alert}>
          {serverError}
        </div>
      )}
      <div id={ids.status} role="status" data-slot="status" className={classNames.status}>
        {createdTag ? messages.created(createdTag) : null}
      </div>
      <div data-slot="actions" className={classNames.actions}>
        <button
          {...submitProps}
          type="submit"
          aria-busy={pending}
          data-pending={pending}
          data-slot="submit"
          className={classNames.submit}
        >
          {pending ? messages.submittingLabel : messages.submitLabel}
        </button>
        {onCancel && (
          <button {...cancelProps} type="button" data-slot="cancel" className={classNames.cancel} onClick={onCancel}>
            {messages.cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
