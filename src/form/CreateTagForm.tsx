import type { ComponentProps, SyntheticEvent } from "react";
import { useCreateTagForm } from "./useCreateTagForm.js";
import { createTagFormOptionKeys, type UseCreateTagFormOptions } from "./createTagFormOptions.js";
import { TagField, type DescriptionInputProps, type TitleInputProps } from "./TagField.js";
import type { CreateTagFormClassNames } from "./slots.js";
import { mergeProps } from "./mergeProps.js";
import { splitProps } from "./splitProps.js";

/** Native props for the submit button; `className`, `style` and handlers merge with the kit's. */
export type SubmitButtonProps = Omit<ComponentProps<"button">, "type" | "children">;
/** Native props for the cancel button; its `onClick` runs before `onCancel`. */
export type CancelButtonProps = Omit<ComponentProps<"button">, "type" | "children">;

/** What {@link CreateTagForm} adds to the hook's options: markup and customization. */
export interface CreateTagFormOwnProps {
  /** Shows a cancel button that calls this. */
  onCancel?: () => void;
  /** Focus the title on mount. */
  autoFocus?: boolean;
  /** A class per part, joined with the part's own `*Props.className`; `className` goes on the root. */
  classNames?: CreateTagFormClassNames;
  /** Native props for the title `<input>` (not `maxLength`: the counter shows the limit). */
  titleInputProps?: TitleInputProps;
  /** Native props for the description `<textarea>`. */
  descriptionProps?: DescriptionInputProps;
  /** Native props for the submit button. */
  submitProps?: SubmitButtonProps;
  /** Native props for the cancel button. */
  cancelProps?: CancelButtonProps;
  /** Counter options for both fields: `delay` before the live region speaks, `threshold` fraction. */
  counterProps?: { delay?: number; threshold?: number };
}

/**
 * Props of {@link CreateTagForm}: every option of `useCreateTagForm`, the component's own props,
 * and any other `<form>` prop. Hook options are taken out of the `<form>` props by name, so a new
 * hook option can never reach `<form>` as an attribute.
 */
export type CreateTagFormProps<TContext = unknown> = UseCreateTagFormOptions<TContext> &
  CreateTagFormOwnProps &
  Omit<
    ComponentProps<"form">,
    keyof UseCreateTagFormOptions | keyof CreateTagFormOwnProps | "onSubmit" | "children" | "defaultValue" | "action"
  >;

/**
 * The create-tag form: title, optional description, live character counts, inline server
 * errors, a form-level alert and a polite success status. Needs a `TagsApiProvider` above it.
 *
 * Style it with `convai-tag-kit/styles.css` (CSS variables `--ctk-*`), your own CSS on
 * `[data-slot]`/`[data-invalid]`/`[data-pending]`/`[data-state]`, or `className`/`classNames`.
 * For a different layout, build on `useCreateTagForm` instead.
 */
export function CreateTagForm<TContext = unknown>(props: CreateTagFormProps<TContext>) {
  const [options, own] = splitProps(props, createTagFormOptionKeys);
  const {
    onCancel,
    autoFocus,
    classNames = {},
    titleInputProps,
    descriptionProps,
    submitProps,
    cancelProps,
    counterProps,
    ...formProps
  } = own;
  const tagForm = useCreateTagForm<TContext>(options);
  const { status, serverError, createdTag, messages, ids } = tagForm;
  const showDescription = options.showDescription !== false;
  const pending = status === "submitting" || undefined;

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
      })}
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
          {...mergeProps(submitProps, {
            type: "submit" as const,
            "aria-busy": pending,
            "data-pending": pending,
            "data-slot": "submit",
            className: classNames.submit,
          })}
        >
          {pending ? messages.submittingLabel : messages.submitLabel}
        </button>
        {onCancel && (
          <button
            {...mergeProps(cancelProps, {
              type: "button" as const,
              "data-slot": "cancel",
              className: classNames.cancel,
              onClick: () => {
                onCancel();
              },
            })}
          >
            {messages.cancelLabel}
          </button>
        )}
      </div>
    </form>
  );
}
