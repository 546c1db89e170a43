import type { ClassNames } from "../internal/classNames.js";

/** Parts of `ConversationTagPicker` that take a class, named as in `classNames={{ input: "..." }}`. */
export type ConversationTagPickerSlot =
  | "label"
  | "chips"
  | "chip"
  | "chipLabel"
  | "chipRemove"
  | "control"
  | "input"
  | "popup"
  | "listbox"
  | "option"
  | "optionCheck"
  | "optionProblem"
  | "more"
  | "loading"
  | "empty"
  | "retry"
  | "error"
  | "status";

/** A class name per part; the root takes `className`. */
export type ConversationTagPickerClassNames = ClassNames<ConversationTagPickerSlot>;
