import type { ClassNames } from "../internal/classNames.js";
import { PickerOptionItem } from "./PickerOptionItem.js";
import type { PickerMessages } from "./pickerMessages.js";
import type { PickerOption } from "./pickerOptions.js";
import type { TagComboboxView } from "./tagComboboxTypes.js";

/** Parts of the popup that take a class, named as in the picker's and the filter's `classNames`. */
export type TagComboboxPopupSlot = "popup" | "listbox" | "option" | "optionCheck" | "optionProblem" | "more" | "loading" | "empty" | "retry";

/** The create option's text: its label, and why it is disabled (`null` while it can be created). */
export interface CreateOptionText {
  label: string;
  problem: string | null;
}

/** Props of {@link TagComboboxPopup}. */
export interface TagComboboxPopupProps {
  /**
   * Starts the popup's own `data-slot`s (`"picker"`: `picker-popup`, `picker-more`, `picker-loading`,
   * `picker-empty`, `picker-retry`), so each component keeps its styling hooks; the listbox and its
   * options are `listbox` and `option` in both.
   */
  slotPrefix: "picker" | "filter";
  /** The engine's state and prop getters: a hook's whole result will do. */
  view: Pick<
    TagComboboxView,
    | "ids"
    | "options"
    | "hiddenMatches"
    | "loading"
    | "loadedCount"
    | "loadFailed"
    | "retryLoad"
    | "getPopupProps"
    | "getListboxProps"
    | "getOptionProps"
  >;
  /** The popup's words; the picker's and the filter's messages both carry them. */
  messages: Pick<PickerMessages, "moreMatches" | "loadingTags" | "loadedSoFar" | "loadTagsFailed" | "retryLoad" | "noMatches">;
  /**
   * Words the create option. Only the picker passes it, and its wording (the form's title rules) stays
   * in the picker's bundle: the filter's engine never offers a create option, and without this none is
   * rendered.
   */
  createOptionText?: (option: Extract<PickerOption, { kind: "create" }>) => CreateOptionText;
  classNames: ClassNames<TagComboboxPopupSlot>;
}

/**
 * The combobox's popup, for the picker and the filter alike: the listbox of options, then a note for
 * what it cannot show (more matches, tags still loading, a load that failed with its retry button, no
 * match). Internal: each component names its own slots and classes through its props.
 */
export function TagComboboxPopup({ slotPrefix, view, messages, createOptionText, classNames }: TagComboboxPopupProps) {
  return (
    <div {...view.getPopupProps()} data-slot={`${slotPrefix}-popup`} className={classNames.popup}>
      <ul {...view.getListboxProps()} data-slot="listbox" className={classNames.listbox}>
        {view.options.map((option, index) => {
          const text: CreateOptionText | undefined =
            option.kind === "tag" ? { label: option.tag.title, problem: null } : createOptionText?.(option);
          return text === undefined ? null : (
            <PickerOptionItem
              key={option.kind === "tag" ? option.tag.tag_id : "create"}
              optionProps={view.getOptionProps(index)}
              label={text.label}
              problem={text.problem}
              className={classNames.option}
              checkClassName={classNames.optionCheck}
              problemClassName={classNames.optionProblem}
            />
          );
        })}
      </ul>
      {view.hiddenMatches > 0 && (
        <p id={view.ids.more} data-slot={`${slotPrefix}-more`} className={classNames.more}>
          {messages.moreMatches(view.hiddenMatches)}
        </p>
      )}
      {view.loading && (
        <p data-slot={`${slotPrefix}-loading`} className={classNames.loading}>
          {view.loadedCount > 0 ? messages.loadedSoFar(view.loadedCount) : messages.loadingTags}
        </p>
      )}
      {view.loadFailed && (
        <p data-slot={`${slotPrefix}-empty`} className={classNames.empty}>
          {messages.loadTagsFailed}{" "}
          <button
            type="button"
            tabIndex={-1}
            data-slot={`${slotPrefix}-retry`}
            className={classNames.retry}
            onClick={view.retryLoad}
          >
            {messages.retryLoad}
          </button>
        </p>
      )}
      {!view.loading && !view.loadFailed && view.options.length === 0 && (
        <p data-slot={`${slotPrefix}-empty`} className={classNames.empty}>
          {messages.noMatches}
        </p>
      )}
    </div>
  );
}
