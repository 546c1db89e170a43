import type { ClassNames } from "../internal/classNames.js";

/** Parts of `CreateTagForm` that take a class, named as in `classNames={{ titleInput: "..." }}`. */
export type CreateTagFormSlot =
  | "titleField"
  | "titleLabel"
  | "titleHint"
  | "titleInput"
  | "titleCounter"
  | "titleError"
  | "descriptionField"
  | "descriptionLabel"
  | "descriptionHint"
  | "descriptionInput"
  | "descriptionCounter"
  | "descriptionError"
  | "alert"
  | "status"
  | "actions"
  | "submit"
  | "cancel";

/** A class name per part; the root takes `className`. */
export type CreateTagFormClassNames = ClassNames<CreateTagFormSlot>;
