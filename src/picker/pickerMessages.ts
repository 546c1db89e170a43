/**
 * Every string the conversation tag picker shows or announces, beside the shared `TagMessages`
 * (which it reuses for the title rules and the API's failures, so both say the same thing).
 */
import type { ConversationTag } from "../core/tag.js";
import { defaultMessages, type TagMessages } from "../form/messages.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { formatCount } from "../internal/formatCount.js";

/** The picker's own text; see {@link defaultPickerMessages}. */
export interface PickerMessages {
  /** Label of the combobox input. */
  pickerLabel: string;
  /** Accessible name of the list of assigned tags. */
  assignedTagsLabel: string;
  /** Accessible name of a chip's remove button. */
  removeTag: (title: string) => string;
  /** Title of a chip whose tag is no longer in the workspace. */
  deletedTag: string;
  /** Title of a chip while the workspace's tags load. */
  loadingTag: string;
  /** Title of a chip when the workspace's tags could not be loaded. */
  unavailableTag: string;
  /** Shown in the popup while the workspace's tags load and none has arrived yet. */
  loadingTags: string;
  /**
   * Shown in the popup under the tags loaded so far while the rest load, and said once by the status
   * (not again with every page), e.g. "2,300 tags loaded, still loading…".
   */
  loadedSoFar: (count: number) => string;
  /** Why the create option is disabled until every tag has loaded (the title may exist on a later page). */
  createWaitsForTags: string;
  /** Shown in the popup when the workspace's tags could not be loaded. */
  loadTagsFailed: string;
  /** Retry button after `loadTagsFailed`. */
  retryLoad: string;
  /** Shown when nothing matches and nothing can be created. */
  noMatches: string;
  /** Under the options when more tags match than are shown. */
  moreMatches: (count: number) => string;
  /** The create option, e.g. `Create tag “Billing”`. */
  createOption: (title: string) => string;
  /** Shown while a create runs. */
  creating: (title: string) => string;
  /** Announced after a tag was added. */
  tagAdded: (title: string) => string;
  /** Announced after a tag was created and added. */
  tagCreatedAndAdded: (title: string) => string;
  /** Announced after a tag was removed. */
  tagRemoved: (title: string) => string;
  /** The API refused to add tags; they were taken off again. */
  assignFailed: (titles: string[]) => string;
  /** The API refused to remove a tag; it was put back. */
  unassignFailed: (title: string) => string;
  /** A create failed: `reason` is the shared message for the failure. */
  createFailed: (title: string, reason: string) => string;
}

/** All text of the picker: its own plus the shared `TagMessages`. */
export type ConversationTagPickerMessages = PickerMessages & TagMessages;

const plural = (count: number, one: string, many: string) => `${formatCount(count)} ${count === 1 ? one : many}`;
const quoted = (titles: string[]) => titles.map((title) => `“${title}”`).join(", ");

/** The picker's English defaults. */
export const defaultPickerMessages: PickerMessages = {
  pickerLabel: "Add tags",
  assignedTagsLabel: "Tags on this conversation",
  removeTag: (title) => `Remove tag ${title}`,
  deletedTag: "Deleted tag",
  loadingTag: "Loading…",
  unavailableTag: "Unknown tag",
  loadingTags: "Loading tags…",
  loadedSoFar: (count) => `${plural(count, "tag loaded", "tags loaded")}, still loading…`,
  createWaitsForTags: "available once every tag has loaded",
  loadTagsFailed: "The tags could not be loaded.",
  retryLoad: "Try again",
  noMatches: "No tags match",
  moreMatches: (count) => `${plural(count, "more tag matches", "more tags match")} — keep typing`,
  createOption: (title) => `Create tag “${title}”`,
  creating: (title) => `Creating tag “${title}”…`,
  tagAdded: (title) => `Tag “${title}” added`,
  tagCreatedAndAdded: (title) => `Tag “${title}” created and added`,
  tagRemoved: (title) => `Tag “${title}” removed`,
  assignFailed: (titles) =>
    `${titles.length === 1 ? "Tag" : "Tags"} ${quoted(titles)} could not be added to this conversation, so ${
      titles.length === 1 ? "it was" : "they were"
    } taken off again. Try again.`,
  unassignFailed: (title) => `Tag “${title}” could not be removed from this conversation, so it was put back. Try again.`,
  createFailed: (title, reason) => `Tag “${title}” was not created. ${reason}`,
};

// The picker's own text and the shared tag text, as one set of defaults for `mergeMessages`.
const allPickerDefaults: ConversationTagPickerMessages = /* @__PURE__ */ (() => ({ ...defaultPickerMessages, ...defaultMessages }))();

/** Defaults with `overrides` on top; `undefined` values keep the default. */
export function resolvePickerMessages(
  overrides: Partial<ConversationTagPickerMessages> | undefined,
): ConversationTagPickerMessages {
  return mergeMessages(allPickerDefaults, overrides);
}

/** What a chip or message calls a tag: its title, or a placeholder while loading or once deleted. */
export function tagLabel(tag: ConversationTag | "loading" | "unavailable" | "deleted", messages: PickerMessages): string {
  if (tag === "loading") return messages.loadingTag;
  if (tag === "unavailable") return messages.unavailableTag;
  if (tag === "deleted") return messages.deletedTag;
  return tag.title;
}
