import type { ComponentProps } from "react";
import { mergeProps } from "../internal/mergeProps.js";
import { splitProps } from "../internal/splitProps.js";
import { visuallyHidden } from "../internal/visuallyHidden.js";
import { PickerOptionItem } from "./PickerOptionItem.js";
import { createProblemText, pickerOptionLabel } from "./pickerOptionLabel.js";
import type { ConversationTagPickerClassNames } from "./slots.js";
import { useConversationTagPicker } from "./useConversationTagPicker.js";
import { pickerOptionKeys, type UseConversationTagPickerOptions } from "./pickerTypes.js";

/** Props of {@link ConversationTagPicker}: the hook's options, customization, and any `<div>` prop. */
export type ConversationTagPickerProps = Omit<ComponentProps<"div">, "children" | "defaultValue" | "onError"> &
  UseConversationTagPickerOptions & {
    /** A class per part; `className` goes on the root. */
    classNames?: ConversationTagPickerClassNames;
    /** Native props for the combobox `<input>` (e.g. `placeholder`, `autoFocus`). */
    inputProps?: Omit<ComponentProps<"input">, "value" | "onChange" | "role" | "type">;
  };

/**
 * Tags one conversation: chips for its tags, each with a remove button, and a combobox over all of
 * the workspace's tags that also creates the tag you type. Controlled (`tagIds` + `onTagIdsChange`)
 * or uncontrolled (`defaultTagIds`). Needs a `TagsApiProvider` above it.
 *
 * Style it with `convai-tag-kit/styles.css`, your own CSS on `[data-slot]`, or `classNames`; for a
 * different layout, build on `useConversationTagPicker`.
 */
export function ConversationTagPicker(props: ConversationTagPickerProps) {
  const [hookOptions, own] = splitProps(props, pickerOptionKeys);
  const { classNames = {}, className, inputProps, ...rootProps } = own;
  const picker = useConversationTagPicker(hookOptions);
  const { ids, messages, chips, options, open } = picker;
  // Pending while the person waits on something: a create, or the open popup's tags. The walk that
  // runs in the background from the first idle moment is nobody's wait yet.
  const busy = picker.creating !== null || (open && picker.loading) || undefined;

  return (
    <div {...rootProps} data-ctk="" data-slot="picker" data-open={open || undefined} data-pending={busy} className={className}>
      <label id={ids.label} htmlFor={ids.input} data-slot="picker-label" className={classNames.label}>
        {messages.pickerLabel}
      </label>
      {chips.length > 0 && (
        <ul aria-label={messages.assignedTagsLabel} data-slot="chips" className={classNames.chips}>
          {chips.map((chip) => (
            <li key={chip.tagId} data-slot="chip" data-deleted={chip.tag === "deleted" || undefined} className={classNames.chip}>
              <span data-slot="chip-label" className={classNames.chipLabel}>
                {chip.label}
              </span>
              <button {...picker.getChipRemoveProps(chip.tagId)} data-slot="chip-remove" className={classNames.chipRemove}>
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div data-slot="picker-control" className={classNames.control}>
        <input {...mergeProps(inputProps, { ...picker.getInputProps(), "data-slot": "picker-input", className: classNames.input })} />
        <div {...picker.getPopupProps()} data-slot="picker-popup" className={classNames.popup}>
          <ul {...picker.getListboxProps()} data-slot="listbox" className={classNames.listbox}>
            {options.map((option, index) => (
              <PickerOptionItem
                key={option.kind === "tag" ? option.tag.tag_id : "create"}
                optionProps={picker.getOptionProps(index)}
                label={pickerOptionLabel(option, messages)}
                problem={option.kind === "create" ? createProblemText(option, messages) : null}
                className={classNames.option}
                checkClassName={classNames.optionCheck}
                problemClassName={classNames.optionProblem}
              />
            ))}
          </ul>
          {picker.hiddenMatches > 0 && (
            <p id={ids.more} data-slot="picker-more" className={classNames.more}>
              {messages.moreMatches(picker.hiddenMatches)}
            </p>
          )}
          {picker.loading && (
            <p data-slot="picker-loading" className={classNames.loading}>
              {picker.loadedCount > 0 ? messages.loadedSoFar(picker.loadedCount) : messages.loadingTags}
            </p>
          )}
          {picker.loadFailed && (
            <p data-slot="picker-empty" className={classNames.empty}>
              {messages.loadTagsFailed}{" "}
              <button
                type="button"
                tabIndex={-1}
                data-slot="picker-retry"
                className={classNames.retry}
                onClick={picker.retryLoad}
              >
                {messages.retryLoad}
              </button>
            </p>
          )}
          {!picker.loading && !picker.loadFailed && options.length === 0 && (
            <p data-slot="picker-empty" className={classNames.empty}>
              {messages.noMatches}
            </p>
          )}
        </div>
      </div>
      {picker.error !== null && (
        <p id={ids.error} role="alert" data-slot="picker-error" className={classNames.error}>
          {picker.error}
        </p>
      )}
      <div id={ids.status} role="status" data-slot="picker-status" className={classNames.status} style={visuallyHidden}>
        {picker.status}
      </div>
    </div>
  );
}
