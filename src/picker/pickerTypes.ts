/** Element-prop and state types of the conversation tag picker, shared by the hook and the component. */
import type { ChangeEvent, FocusEvent, KeyboardEvent, MouseEvent, RefCallback } from "react";
import type { ConversationTag } from "../core/tag.js";

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
