import type { ClassNames } from "../internal/classNames.js";

/** Parts of `TagFilter` that take a class, named as in `classNames={{ input: "..." }}`. */
export type TagFilterSlot =
  | "label"
  | "chips"
  | "chip"
  | "chipLabel"
  | "chipRemove"
  | "clear"
  | "control"
  | "input"
  | "popup"
  | "listbox"
  | "option"
  | "optionCheck"
  | "more"
  | "loading"
  | "empty"
  | "retry"
  | "status";

/** A class name per part; the root takes `className`. */
export type TagFilterClassNames = ClassNames<TagFilterSlot>;
