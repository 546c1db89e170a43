import type { ClassNames } from "../internal/classNames.js";

/** Parts of `ConversationList` that take a class, named as in `classNames={{ row: "..." }}`. */
export type ConversationListSlot =
  | "filterDescription"
  | "loading"
  | "empty"
  | "alert"
  | "retry"
  | "staleNotice"
  | "refresh"
  | "list"
  | "row"
  | "rowMain"
  | "rowTitle"
  | "rowMeta"
  | "rowTime"
  | "rowDuration"
  | "rowStatus"
  | "rowSuccess"
  | "rowTags"
  | "rowTag"
  | "rowNoLongerTagged"
  | "rowActions"
  | "editTags"
  | "editor"
  | "picker"
  | "done"
  | "loadMore"
  | "status";

/** A class name per part; the root takes `className`. */
export type ConversationListClassNames = ClassNames<ConversationListSlot>;
