import type { ComponentProps, ReactNode, SyntheticEvent } from "react";
import type { CreateTagFormClassNames } from "./slots.js";
import { mergeProps } from "../internal/mergeProps.js";
import { TagField, type DescriptionInputProps, type TitleInputProps } from "./TagField.js";
import type { TagAlertProps, TagFormFields } from "./tagFormTypes.js";

/** Native props for the submit button; `className`, `style` and handlers merge with the kit's. */
export type SubmitButtonProps = Omit<ComponentProps<"button">, "type" | "children">;
/** Native props for the cancel button; its `onClick` runs before `onCancel`. */
export type CancelButtonProps = Omit<ComponentProps<"button">, "type" | "children">;

/** What `CreateTagForm` and `EditTagForm` add to their hook's options: markup and customization. */
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

/** Every key of {@link CreateTagFormOwnProps}, at run time: these go to the layout, never to `<form>`. */
export const tagFormOwnPropKeys = {
  onCancel: true,
  autoFocus: true,
  classNames: true,
  titleInputProps: true,
  descriptionProps: true,
  submitProps: true,
  cancelProps: true,
  counterProps: true,
} as const satisfies Record<keyof CreateTagFormOwnProps, true>;

/** `<form>` props the kit's tag forms leave to the host. */
export type TagFormElementProps = Omit<ComponentProps<"form">, "onSubmit" | "children" | "defaultValue" | "action">;

/** What the layout reads of either form hook's result. */
interface TagFormState extends TagFormFields {
  status: string;
  serverError: string | null;
  ids: TagFormFields["ids"] & { status: string };
  getAlertProps: () => TagAlertProps;
  handleSubmit: (event?: SyntheticEvent) => Promise<void>;
}

interface TagFormLayoutProps extends CreateTagFormOwnProps {
  tagForm: TagFormState;
  showDescription: boolean;
  /** The polite status line's text (created, saved, nothing changed). */
  statusText: ReactNode;
  formProps: TagFormElementProps;
}

/**
 * The markup both tag forms share: fields with counters, the alert, the status line and the
 * actions, each part's own props merged with the kit's. The modes differ only in their hook and
 * in what the status line says.
 */
export function TagFormLayout({ tagForm, showDescription, statusText, formProps, ...own }: TagFormLayoutProps) {
  const { onCancel, autoFocus, classNames = {}, titleInputProps, descriptionProps, submitProps, cancelProps, counterProps } = own;
  const { status, serverError, messages, ids } = tagForm;
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
        {statusText}
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
