import { submitOnModEnter } from "./submitOnModEnter.js";
import type { UseFormReturn } from "react-hook-form";
import type { TagMessages } from "./messages.js";
import type { TagFieldName } from "../core/tag.js";
import type { CreateTagFormOutput, CreateTagFormValues, TagFieldIds, TagFieldProps } from "./tagFormTypes.js";

/** The ids of one field's parts, from a `useId` base. */
export function fieldIds(base: string, name: TagFieldName): TagFieldIds {
  const id = (part: string) => `${base}${name}-${part}`;
  return { input: id("input"), label: id("label"), hint: id("hint"), counter: id("counter"), error: id("error") };
}

/**
 * Input props for a field: registration, id, and `aria-describedby` listing hint (when there is one),
 * counter, and error (when `invalid`).
 */
export function tagFieldProps(
  form: UseFormReturn<CreateTagFormValues, unknown, CreateTagFormOutput>,
  name: TagFieldName,
  ids: TagFieldIds,
  messages: TagMessages,
  invalid: boolean,
): TagFieldProps {
  const hint = name === "title" ? messages.titleHint : messages.descriptionHint;
  const describedBy = [hint === null ? null : ids.hint, ids.counter, invalid ? ids.error : null];
  return {
    ...form.register(name),
    id: ids.input,
    "aria-invalid": invalid,
    "aria-describedby": describedBy.filter((id) => id !== null).join(" "),
    ...(name === "description" ? { onKeyDown: submitOnModEnter } : {}),
  };
}
