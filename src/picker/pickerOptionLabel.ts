import { countCharacters, TAG_TITLE_MAX_LENGTH } from "../core/tag.js";
import type { ConversationTagPickerMessages } from "./pickerMessages.js";
import type { PickerOption } from "./pickerOptions.js";

/** Why a create option is disabled, in words, or `null` when it is enabled. */
export function createProblemText(
  option: Extract<PickerOption, { kind: "create" }>,
  messages: ConversationTagPickerMessages,
): string | null {
  switch (option.problem) {
    case null:
      return null;
    case "title_too_long":
      return `${messages.titleTooLong(TAG_TITLE_MAX_LENGTH)} (${messages.charactersTooMany(
        countCharacters(option.title) - TAG_TITLE_MAX_LENGTH,
      )})`;
    case "title_required":
      return messages.titleRequired;
    case "tags_loading":
      return messages.createWaitsForTags;
    default:
      return messages.titleMalformed;
  }
}

/** The visible and accessible text of an option. */
export function pickerOptionLabel(option: PickerOption, messages: ConversationTagPickerMessages): string {
  return option.kind === "tag" ? option.tag.title : messages.createOption(option.title);
}
