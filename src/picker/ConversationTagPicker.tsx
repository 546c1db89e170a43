import type { ComponentProps } from "react";
import { mergeProps } from "../internal/mergeProps.js";
import { splitProps } from "../internal/splitProps.js";
import { visuallyHidden } from "../internal/visuallyHidden.js";
import { createProblemText, pickerOptionLabel } from "./pickerOptionLabel.js";
import type { ConversationTagPickerClassNames } from "./slots.js";
import { TagComboboxPopup } from "./TagComboboxPopup.js";
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
  const { ids, messages, chips, open } = picker;
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
        <TagComboboxPopup
          slotPrefix="picker"
          view={picker}
          messages={messages}
          createOptionText={(option) => ({ label: pickerOptionLabel(option, messages), problem: createProblemText(option, messages) })}
          classNames={classNames}
        />
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
