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
 * What every combobox UI renders, passed on as is by the picker's and the filter's results (which
 * document each field): state, the element prop getters, and `pick`.
 */
export interface TagComboboxView {
  ids: PickerIds;
  inputValue: string;
  open: boolean;
  /** Index of the option `aria-activedescendant` points at, or -1. */
  activeIndex: number;
  options: PickerOption[];
  hiddenMatches: number;
  loading: boolean;
  loadedCount: number;
  loadFailed: boolean;
  retryLoad: () => void;
  getInputProps: () => PickerInputProps;
  getListboxProps: () => PickerListboxProps;
  getOptionProps: (index: number) => PickerOptionProps;
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
