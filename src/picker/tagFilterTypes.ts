/** Options and result of `useTagFilter`, shared by the hook and `TagFilter`. */
import type { PickerChip, PickerChipRemoveProps } from "./pickerTypes.js";
import type { TagComboboxView } from "./tagComboboxTypes.js";
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
export interface UseTagFilterResult extends TagComboboxView {
  messages: TagFilterMessages;
  /**
   * A chip per chosen tag, in `value`'s order; `tag` is `"loading"` while the workspace's tags load
   * and `"unavailable"` when they could not be loaded. Ids of deleted tags have none.
   */
  chips: PickerChip[];
  /** What the polite status region says. */
  status: string;
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
