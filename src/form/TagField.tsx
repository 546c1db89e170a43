import type { ComponentProps } from "react";
import type { TagFieldName } from "../core/tag.js";
import type { TagFormFields } from "./tagFormTypes.js";
import { useTagField } from "./useTagField.js";
import { CharacterCount } from "./CharacterCount.js";
import type { CreateTagFormClassNames } from "./slots.js";
import { mergeProps } from "../internal/mergeProps.js";

/** Props the form manages itself on its inputs; `maxLength` is left out on purpose (it counts UTF-16 units). */
type ManagedInputProp =
  | "id"
  | "name"
  | "ref"
  | "value"
  | "defaultValue"
  | "onChange"
  | "onBlur"
  | "aria-invalid"
  | "aria-describedby"
  | "maxLength"
  | "children";

/** Native props for the title `<input>`. */
export type TitleInputProps = Omit<ComponentProps<"input">, ManagedInputProp | "type">;
/** Native props for the description `<textarea>`. */
export type DescriptionInputProps = Omit<ComponentProps<"textarea">, ManagedInputProp>;

interface TagFieldProps {
  tagForm: TagFormFields;
  name: TagFieldName;
  classNames: CreateTagFormClassNames;
  inputProps?: TitleInputProps | DescriptionInputProps | undefined;
  autoFocus?: boolean | undefined;
  counterProps?: { delay?: number; threshold?: number } | undefined;
}

/**
 * One labelled field with hint, counter and error. It alone subscribes to its error state, so
 * an error appearing re-renders this field and not the form.
 */
export function TagField({ tagForm, name, classNames, inputProps, autoFocus, counterProps }: TagFieldProps) {
  const { ids, invalid, error, inputProps: field } = useTagField(tagForm, name);
  const { messages } = tagForm;
  const label = name === "title" ? messages.titleLabel : messages.descriptionLabel;
  const hint = name === "title" ? messages.titleHint : messages.descriptionHint;
  const state = { "data-invalid": invalid || undefined };
  const control = {
    ...field,
    ...state,
    "data-slot": `${name}-input`,
    className: classNames[`${name}Input`],
  };

  return (
    <div data-slot={`${name}-field`} {...state} className={classNames[`${name}Field`]}>
      <label id={ids.label} htmlFor={ids.input} data-slot={`${name}-label`} className={classNames[`${name}Label`]}>
        {label}
      </label>
      {hint !== null && (
        <p id={ids.hint} data-slot={`${name}-hint`} className={classNames[`${name}Hint`]}>
          {hint}
        </p>
      )}
      {name === "title" ? (
        <input type="text" autoComplete="off" autoFocus={autoFocus} {...mergeProps(inputProps as TitleInputProps, control)} />
      ) : (
        <textarea rows={3} {...mergeProps(inputProps as DescriptionInputProps, control)} />
      )}
      <CharacterCount
        control={tagForm.form.control}
        name={name}
        id={ids.counter}
        data-slot={`${name}-counter`}
        className={classNames[`${name}Counter`]}
        messages={messages}
        {...counterProps}
      />
      {error !== null && (
        <p id={ids.error} data-slot={`${name}-error`} className={classNames[`${name}Error`]}>
          {error}
        </p>
      )}
    </div>
  );
}
