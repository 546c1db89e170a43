import type { ComponentProps } from "react";
import { mergeProps } from "../internal/mergeProps.js";
import { splitProps } from "../internal/splitProps.js";
import { visuallyHidden } from "../internal/visuallyHidden.js";
import { PickerOptionItem } from "./PickerOptionItem.js";
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
  const { ids, messages, chips, options, open } = filter;

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
        <div {...filter.getPopupProps()} data-slot="filter-popup" className={classNames.popup}>
          <ul {...filter.getListboxProps()} data-slot="listbox" className={classNames.listbox}>
            {options.map((option, index) =>
              option.kind === "tag" ? (
                <PickerOptionItem
                  key={option.tag.tag_id}
                  optionProps={filter.getOptionProps(index)}
                  label={option.tag.title}
                  problem={null}
                  className={classNames.option}
                  checkClassName={classNames.optionCheck}
                  problemClassName={undefined}
                />
              ) : null,
            )}
          </ul>
          {filter.hiddenMatches > 0 && (
            <p id={ids.more} data-slot="filter-more" className={classNames.more}>
              {messages.moreMatches(filter.hiddenMatches)}
            </p>
          )}
          {filter.loading && (
            <p data-slot="filter-loading" className={classNames.loading}>
              {filter.loadedCount > 0 ? messages.loadedSoFar(filter.loadedCount) : messages.loadingTags}
            </p>
          )}
          {filter.loadFailed && (
            <p data-slot="filter-empty" className={classNames.empty}>
              {messages.loadTagsFailed}{" "}
              <button type="button" tabIndex={-1} data-slot="filter-retry" className={classNames.retry} onClick={filter.retryLoad}>
                {messages.retryLoad}
              </button>
            </p>
          )}
          {!filter.loading && !filter.loadFailed && options.length === 0 && (
            <p data-slot="filter-empty" className={classNames.empty}>
              {messages.noMatches}
            </p>
          )}
        </div>
      </div>
      <div id={ids.status} role="status" data-slot="filter-status" className={classNames.status} style={visuallyHidden}>
        {filter.status}
      </div>
    </div>
  );
}
