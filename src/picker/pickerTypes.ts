/** Element-prop and state types of the conversation tag picker, shared by the hook and the component. */
import type { ChangeEvent, FocusEvent, KeyboardEvent, MouseEvent, RefCallback } from "react";
import type { ConversationTag } from "../core/tag.js";
import type { ConversationTagPickerMessages } from "./pickerMessages.js";
import type { TagComboboxView } from "./tagComboboxTypes.js";

/** A chip: an assigned tag id with what is known about it. */
export interface PickerChip {
  tagId: string;
  /**
   * The tag; `"loading"` while the workspace's tags load, `"unavailable"` when they could not be
   * loaded, `"deleted"` when all loaded and it is not among them.
   */
  tag: ConversationTag | "loading" | "unavailable" | "deleted";
  /** The text shown on the chip. */
  label: string;
}

/** Element ids, for `htmlFor`, `aria-*` and your own markup. */
export interface PickerIds {
  label: string;
  input: string;
  listbox: string;
  error: string;
  status: string;
  more: string;
  /** The id of the option at `index`. */
  option: (index: number) => string;
}

/** Props for the combobox `<input>`. */
export interface PickerInputProps {
  id: string;
  ref: RefCallback<HTMLInputElement>;
  type: "text";
  role: "combobox";
  value: string;
  autoComplete: "off";
  "aria-expanded": boolean;
  "aria-controls": string;
  "aria-autocomplete": "list";
  "aria-activedescendant": string | undefined;
  "aria-describedby": string | undefined;
  "aria-invalid": boolean | undefined;
  "aria-busy": boolean | undefined;
  onChange: (event: ChangeEvent<HTMLInputElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onClick: () => void;
  /** Starts the workspace's walk, if the browser has not been idle yet: focus comes before an open. */
  onFocus: () => void;
  onBlur: (event: FocusEvent<HTMLInputElement>) => void;
}

/** Props for the listbox `<ul>`; clicks and pointer moves are delegated to its options. */
export interface PickerListboxProps {
  id: string;
  role: "listbox";
  "aria-labelledby": string;
  "aria-multiselectable": true;
  hidden: boolean;
  onMouseDown: (event: MouseEvent) => void;
  onClick: (event: MouseEvent) => void;
  onMouseMove: (event: MouseEvent) => void;
}

/** Props for one option `<li>`. */
export interface PickerOptionProps {
  id: string;
  role: "option";
  "aria-selected": boolean;
  "aria-disabled": true | undefined;
  "data-index": number;
  "data-active": "" | undefined;
  "data-kind": "tag" | "create";
}

/**
 * Props for a chip's remove `<button>`. A mouse press on it never takes focus from the combobox
 * input, so an open popup stays open until the click lands; Tab and Enter or Space still reach it.
 */
export interface PickerChipRemoveProps {
  type: "button";
  /** "Remove tag *title*", from `messages.removeTag`. */
  "aria-label": string;
  onMouseDown: (event: MouseEvent) => void;
  onClick: () => void;
}

/** Props for the popup around the listbox (which scrolls): a pointer in it never takes focus. */
export interface PickerPopupProps {
  ref: RefCallback<HTMLElement>;
  hidden: boolean;
  onMouseDown: (event: MouseEvent) => void;
}

/** Everything a picker UI needs; see `useConversationTagPicker`. */
export interface UseConversationTagPickerResult extends TagComboboxView {
  messages: ConversationTagPickerMessages;
  /** The conversation's tag ids as shown (optimistic). */
  tagIds: readonly string[];
  chips: PickerChip[];
  /** The trimmed title being created, or `null`. */
  creating: string | null;
  /** The inline failure message, or `null`. */
  error: string | null;
  /** What the polite status region says. */
  status: string;
  /** Picks the option at `index`: adds or removes a tag, or creates one. */
  pick: (index: number) => void;
  /** Props for the remove button of the chip of `tagId`: its name, and a click that calls `removeTag`. */
  getChipRemoveProps: (tagId: string) => PickerChipRemoveProps;
  /** Removes a tag, moves focus to the input and announces the removal. */
  removeTag: (tagId: string) => void;
  /** Assigns many tags at once (split into calls of 50). */
  addTags: (tagIds: readonly string[]) => void;
}

/** Options rendered at most; the rest are counted ("N more match — keep typing"). */
export const DEFAULT_MAX_OPTIONS = 50;

/** Options of {@link useConversationTagPicker}. */
export interface UseConversationTagPickerOptions {
  /** The conversation whose tags the picker changes. */
  conversationId: string;
  /** Controlled: the conversation's tag ids (`tag_ids` of its summary). Pair with `onTagIdsChange`. */
  tagIds?: readonly string[];
  /** Uncontrolled: the tag ids at first render, and again whenever `conversationId` changes. */
  defaultTagIds?: readonly string[];
  /**
   * Every change, optimistic ones and rollbacks alike, with the conversation it belongs to. A call
   * answered after the picker moved to another conversation reports there, through the callback
   * this picker had while it showed that conversation; it never changes the one on screen.
   */
  onTagIdsChange?: (tagIds: string[], conversationId: string) => void;
  /** Text overrides (the picker's own and the shared `TagMessages`). */
  messages?: Partial<ConversationTagPickerMessages>;
  /** Most options rendered at once; default 50. */
  maxOptions?: number;
  /** Runs after a tag was created from the typed text (before it is assigned). */
  onCreate?: (tag: ConversationTag) => void;
  /** Runs after any call failed; the picker already shows why. */
  onError?: (error: unknown) => void;
}

/**
 * Every key of {@link UseConversationTagPickerOptions}, at run time: `ConversationTagPicker` passes
 * exactly these to the hook and the rest to its root; a new option missing here fails to compile.
 */
export const pickerOptionKeys = {
  conversationId: true,
  tagIds: true,
  defaultTagIds: true,
  onTagIdsChange: true,
  messages: true,
  maxOptions: true,
  onCreate: true,
  onError: true,
} as const satisfies Record<keyof UseConversationTagPickerOptions, true>;
