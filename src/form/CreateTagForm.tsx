import { useCreateTagForm } from "./useCreateTagForm.js";
import { createTagFormOptionKeys, type UseCreateTagFormOptions } from "./createTagFormOptions.js";
import { splitProps } from "../internal/splitProps.js";
import { TagFormLayout, tagFormOwnPropKeys, type CreateTagFormOwnProps, type TagFormElementProps } from "./TagFormLayout.js";

export type { CancelButtonProps, CreateTagFormOwnProps, SubmitButtonProps, TagFormElementProps } from "./TagFormLayout.js";

/**
 * Props of {@link CreateTagForm}: every option of `useCreateTagForm`, the component's own props,
 * and any other `<form>` prop. Hook options are taken out of the `<form>` props by name, so a new
 * hook option can never reach `<form>` as an attribute.
 */
export type CreateTagFormProps<TContext = unknown> = UseCreateTagFormOptions<TContext> &
  CreateTagFormOwnProps &
  Omit<TagFormElementProps, keyof UseCreateTagFormOptions | keyof CreateTagFormOwnProps>;

/**
 * The create-tag form: title, optional description, live character counts, inline server
 * errors, a form-level alert and a polite success status. Needs a `TagsApiProvider` above it.
 *
 * Style it with `convai-tag-kit/styles.css` (CSS variables `--ctk-*`), your own CSS on
 * `[data-slot]`/`[data-invalid]`/`[data-pending]`/`[data-state]`, or `className`/`classNames`.
 * For a different layout, build on `useCreateTagForm` instead.
 */
export function CreateTagForm<TContext = unknown>(props: CreateTagFormProps<TContext>) {
  const [options, rest] = splitProps(props, createTagFormOptionKeys);
  const [own, formProps] = splitProps(rest, tagFormOwnPropKeys);
  const tagForm = useCreateTagForm<TContext>(options);
  const { createdTag, messages } = tagForm;
  return (
    <TagFormLayout
      {...own}
      tagForm={tagForm}
      showDescription={options.showDescription !== false}
      statusText={createdTag ? messages.created(createdTag) : null}
      formProps={formProps}
    />
  );
}

