import type { ClassNames } from "../internal/classNames.js";

/** Parts of `TagList` that take a class, named as in `classNames={{ row: "..." }}`. */
export type TagListSlot =
  | "loading"
  | "empty"
  | "list"
  | "row"
  | "rowTitle"
  | "rowDescription"
  | "rowDate"
  | "rowActions"
  | "edit"
  | "delete"
  | "alert"
  | "status"
  | "retry"
  | "loadMore";

/** A class name per part; the root takes `className`. */
export type TagListClassNames = ClassNames<TagListSlot>;
