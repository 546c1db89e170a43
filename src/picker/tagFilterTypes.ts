/** Options and result of `useTagFilter`, shared by the hook and `TagFilter`. */
import type { PickerOption } from "./pickerOptions.js";
import type {
  PickerChip,
  PickerChipRemoveProps,
  PickerIds,
  PickerInputProps,
  PickerListboxProps,
  PickerOptionProps,
  PickerPopupProps,
} from "./pickerTypes.js";
import type { TagFilterMessages } from "./tagFilterMessages.js";

/** Options of {@link useTagFilter}. */
export interface UseTagFilterOptions {
  /**
   * The chosen tag ids, in the order chosen: controlled, so a host can keep them in the URL. Ids whose
   * tags are still loading stay, shown as "Loading tag…" chips; see `onChange` for deleted ones.
   */
  value: readonly string[];
  /**
   * Every change the person makes, with the ids the filter should hold now. Also called, once, when
   * the workspace's tags are all loaded, no write is in flight, and some ids in `value` are not among
   * them (the tag was deleted): with `value` without those ids.
   */
  onChange: (tagIds: string[]) => void;
  /** Text overrides. */
  messages?: Partial<TagFilterMessages>;
  /** Most options rendered at once; default 50. */
  maxOptions?: number;
}

/**
 * Every key of {@link UseTagFilterOptions}, at run time: `TagFilter` passes exactly these to the hook
 * and the rest to its root; a new option missing here fails to compile.
 */
export const tagFilterOptionKeys = {
  value: true,
  onChange: true,
  messages: true,
  maxOptions: true,
} as const satisfies Record<keyof UseTagFilterOptions, true>;

/** Everything a filter UI needs; see `useTagFilter`. */
export interface UseTagFilterResult {
  ids: PickerIds;
  messages: TagFilterMessages;
  /**
   * A chip per chosen tag, in `value`'s order; `tag` is `"loading"` while the workspace's tags load
   * and `"unavailable"` when they could not be loaded. Ids of deleted tags have none.
   */
  chips: PickerChip[];
  inputValue: string;
  /**
   * The popup is open. It may be open with its listbox hidden (tags loading, none match), showing
   * only a message; `aria-expanded` and the listbox's `hidden` follow the listbox, not this.
   */
  open: boolean;
  /** Index of the option `aria-activedescendant` points at, or -1. */
  activeIndex: number;
  /** Matching tags, best first; never a create option. */
  options: PickerOption[];
  /** How many matching tags are not rendered. */
  hiddenMatches: number;
  /** `true` until every page of the workspace's tags has loaded (unless loading failed). */
  loading: boolean;
  /** How many of the workspace's tags have loaded so far (all of them once `loading` is over). */
  loadedCount: number;
  /** `true` when the workspace's tags could not be loaded. */
  loadFailed: boolean;
  retryLoad: () => void;
  /** What the polite status region says. */
  status: string;
  /** Props for the combobox `<input>`; `aria-expanded` is `true` exactly while the listbox is shown. */
  getInputProps: () => PickerInputProps;
  /** Props for the listbox; `hidden` while the popup is closed or has no options. */
  getListboxProps: () => PickerListboxProps;
  getOptionProps: (index: number) => PickerOptionProps;
  /** Props for the element that holds the listbox (which scrolls) and the "more" text. */
  getPopupProps: () => PickerPopupProps;
  /** Picks the option at `index`: adds its tag to the filter, or takes it out if it is in. */
  pick: (index: number) => void;
  /** Props for the remove button of the chip of `tagId`: "Remove filter *title*", and `removeTag`. */
  getChipRemoveProps: (tagId: string) => PickerChipRemoveProps;
  /** Takes a tag out of the filter, moves focus to the input and announces the filter now. */
  removeTag: (tagId: string) => void;
  /** Props for the "Clear filters" button: named by `messages.clearFilters`; a press keeps focus in the input. */
  getClearProps: () => PickerChipRemoveProps;
  /** Empties the filter, moves focus to the input and announces it. */
  clear: () => void;
}
