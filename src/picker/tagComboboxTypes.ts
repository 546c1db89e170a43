/** Options and result of the combobox engine, `useTagCombobox`, under the picker and the filter. */
import type { ConversationTag, TagValidationCode } from "../core/tag.js";
import type { PickerOption } from "./pickerOptions.js";
import type {
  PickerIds,
  PickerInputProps,
  PickerListboxProps,
  PickerOptionProps,
  PickerPopupProps,
} from "./pickerTypes.js";
import type { WorkspaceTags } from "../react/useWorkspaceTags.js";

/** Options of `useTagCombobox`: the selection it shows, and what a person's picks mean. */
export interface UseTagComboboxOptions {
  /** The selected tag ids, in chip order: checked in the listbox; Backspace removes the last one. */
  selectedIds: readonly string[];
  /** Most options rendered at once. */
  maxOptions: number;
  /**
   * Offers "Create tag" for a title no tag has, disabled with the reason this gives (the picker passes
   * `createProblem`, the form's rules); without it (the filter) there is never a create option.
   */
  createProblem?: (title: string) => TagValidationCode | null;
  /** Something the input waits on runs (a create): `aria-busy`, and the create option is disabled. */
  busy: boolean;
  /** An error describes the input (`aria-invalid`, `aria-describedby`). */
  invalid: boolean;
  /** The person picked a tag that is not selected. */
  onSelect: (tag: ConversationTag) => void;
  /** The person took a selected tag off: picked it again, Backspace, or a chip's button. */
  onDeselect: (tagId: string) => void;
  /** The person picked the create option while its title is valid; `text` is the input as typed. */
  onCreate?: (text: string) => void;
  /** The person changed the text (typing, or a second Escape clearing it). */
  onTextChange?: () => void;
}

/**
 * The combobox's state and element prop getters, as the engine makes them: what any combobox UI
 * renders. `useConversationTagPicker` and `useTagFilter` both return it whole, each with its own
 * fields beside it and its own wording of `pick`.
 */
export interface TagComboboxView {
  /** Element ids, for `htmlFor`, `aria-*` and your own markup. */
  ids: PickerIds;
  /** The text in the combobox input. */
  inputValue: string;
  /**
   * The popup is open. It may be open with its listbox hidden (tags loading, no option to offer),
   * showing only a message; `aria-expanded` and the listbox's `hidden` follow the listbox, not this.
   */
  open: boolean;
  /** Index of the option `aria-activedescendant` points at, or -1. */
  activeIndex: number;
  /**
   * The options rendered: matching tags, best first, then the picker's "Create tag" option when it
   * offers one (the filter never does).
   */
  options: PickerOption[];
  /** How many matching tags are not rendered. */
  hiddenMatches: number;
  /** `true` until every page of the workspace's tags has loaded (unless loading failed). */
  loading: boolean;
  /** How many of the workspace's tags have loaded so far (all of them once `loading` is over). */
  loadedCount: number;
  /** `true` when the workspace's tags could not be loaded. */
  loadFailed: boolean;
  /** Loads the rest of the workspace's tags, on from the page that failed. */
  retryLoad: () => void;
  /** Props for the combobox `<input>`; `aria-expanded` is `true` exactly while the listbox is shown. */
  getInputProps: () => PickerInputProps;
  /** Props for the listbox; `hidden` while the popup is closed or has no options. */
  getListboxProps: () => PickerListboxProps;
  /** Props for the option `<li>` at `index` of `options`. */
  getOptionProps: (index: number) => PickerOptionProps;
  /** Props for the element that holds the listbox (which scrolls) and the "more" text. */
  getPopupProps: () => PickerPopupProps;
  /** Picks the option at `index`: selects or deselects its tag, or asks to create one. */
  pick: (index: number) => void;
}

/** What the layer above the engine uses itself, and does not hand on. */
export interface TagComboboxHandles {
  /** The workspace's tags as far as loaded, for the chips' titles. */
  workspace: WorkspaceTags;
  /** Deselects a tag and moves focus to the input (a chip's button would otherwise keep it). */
  remove: (tagId: string) => void;
  /** Focuses the input: where focus goes when the part a person used leaves the page. */
  focusInput: () => void;
  /** Empties the input if it still holds `text`: a late create keeps what was typed since. */
  resetText: (text: string) => void;
  /**
   * What the status should say about loading, said once per open (see `useLoadingNote`): `null`
   * nothing, `0` "Loading tags…", else how many tags were loaded when it was said.
   */
  loadingNote: number | null;
}

/** The view a layer spreads into its own result, and the handles it keeps. */
export type UseTagComboboxResult = [view: TagComboboxView, handles: TagComboboxHandles];
