import type { KeyboardEvent } from "react";
import { mergeProps } from "../internal/mergeProps.js";
import { splitProps } from "../internal/splitProps.js";
import { TagFormLayout, tagFormOwnPropKeys, type CreateTagFormOwnProps, type TagFormElementProps } from "./TagFormLayout.js";
import { editTagFormOptionKeys, useEditTagForm, type UseEditTagFormOptions } from "./useEditTagForm.js";

/**
 * Props of {@link EditTagForm}: every option of `useEditTagForm`, the same customization props as
 * `CreateTagForm` (Escape in a field also calls `onCancel`), and any other `<form>` prop.
 */
export type EditTagFormProps<TContext = unknown> = UseEditTagFormOptions<TContext> &
  CreateTagFormOwnProps &
  Omit<TagFormElementProps, keyof UseEditTagFormOptions | keyof CreateTagFormOwnProps>;

/**
 * The edit-tag form: the create form's fields, counters, rules, error placement and markup, in
 * edit mode (see `useEditTagForm`). Saving sends only what changed; a polite status says what happened.
 */
export function EditTagForm<TContext = unknown>(props: EditTagFormProps<TContext>) {
  const [options, rest] = splitProps(props, editTagFormOptionKeys);
  const [own, formProps] = splitProps(rest, tagFormOwnPropKeys);
  const tagForm = useEditTagForm<TContext>(options);
  const { status, savedTag, messages } = tagForm;
  const { onCancel } = own;
  const escapeCancels = {
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key === "Escape" && onCancel) {
        event.preventDefault();
        onCancel();
      }
    },
  };
  return (
    <TagFormLayout
      {...own}
      tagForm={tagForm}
      showDescription={options.showDescription !== false}
      statusText={status === "unchanged" ? messages.unchanged : savedTag ? messages.saved(savedTag) : null}
      formProps={mergeProps(formProps, escapeCancels)}
    />
  );
}
