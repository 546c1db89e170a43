import type { ComponentProps } from "react";
import { mergeProps } from "../internal/mergeProps.js";
import { splitProps } from "../internal/splitProps.js";
import { visuallyHidden } from "../internal/visuallyHidden.js";
import { TagComboboxPopup } from "./TagComboboxPopup.js";
import { tagFilterOptionKeys, type UseTagFilterOptions } from "./tagFilterTypes.js";
import type { TagFilterClassNames } from "./tagFilterSlots.js";
import { useTagFilter } from "./useTagFilter.js";

/** Props of {@link TagFilter}: the hook's options, customization, and any `<div>` prop. */
export type TagFilterProps = Omit<ComponentProps<"div">, "children" | "defaultValue" | "onChange"> &
  UseTagFilterOptions & {
    /** A class per part; `className` goes on the root. */
    classNames?: TagFilterClassNames;
    /** Native props for the combobox `<input>` (e.g. `placeholder`, `autoFocus`). */
    inputProps?: Omit<ComponentProps<"input">, "value" | "onChange" | "role" | "type">;
  };

/**
 * Chooses the tags a list of conversations is filtered by: chips for the chosen tags, a "Clear
 * filters" button, and the picker's combobox over all of the workspace's tags, without create.
 * Controlled (`value` + `onChange`), so the filter can live in the URL. Needs a `TagsApiProvider`.
 *
 * Style it with `convai-tag-kit/styles.css`, your own CSS on `[data-slot]`, or `classNames`; for a
 * different layout, build on `useTagFilter`.
 */
export function TagFilter(props: TagFilterProps) {
  const [hookOptions, own] = splitProps(props, tagFilterOptionKeys);
  const { classNames = {}, className, inputProps, ...rootProps } = own;
  const filter = useTagFilter(hookOptions);
  const { ids, messages, chips, open } = filter;

  return (
    <div {...rootProps} data-ctk="" data-slot="tag-filter" data-open={open || undefined} data-pending={(open && filter.loading) || undefined} className={className}>
      <label id={ids.label} htmlFor={ids.input} data-slot="filter-label" className={classNames.label}>
        {messages.label}
      </label>
      {chips.length > 0 && (
        <>
          <ul aria-label={messages.chipsLabel} data-slot="chips" className={classNames.chips}>
            {chips.map((chip) => (
              <li key={chip.tagId} data-slot="chip" data-placeholder={typeof chip.tag === "string" || undefined} className={classNames.chip}>
                <span data-slot="chip-label" className={classNames.chipLabel}>
                  {chip.label}
                </span>
                <button {...filter.getChipRemoveProps(chip.tagId)} data-slot="chip-remove" className={classNames.chipRemove}>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            ))}
          </ul>
          <button {...filter.getClearProps()} data-slot="filter-clear" className={classNames.clear}>
            {messages.clearFilters}
          </button>
        </>
      )}
      <div data-slot="filter-control" className={classNames.control}>
        <input {...mergeProps(inputProps, { ...filter.getInputProps(), "data-slot": "filter-input", className: classNames.input })} />
        <TagComboboxPopup slotPrefix="filter" view={filter} messages={messages} classNames={classNames} />
      </div>
      <div id={ids.status} role="status" data-slot="filter-status" className={classNames.status} style={visuallyHidden}>
        {filter.status}
      </div>
    </div>
  );
}
