/**
 * Every string `TagFilter` shows or announces. None says whether conversations must carry all of the
 * chosen tags or any of them: that is the host's query, and the filter lists what is chosen, no more.
 */
import { mergeMessages } from "../internal/mergeMessages.js";
import { formatCount } from "../internal/formatCount.js";

/** The filter's text; see {@link defaultTagFilterMessages}. */
export interface TagFilterMessages {
  /** Visible label of the combobox input (and the listbox's name). */
  label: string;
  /** Accessible name of the list of chosen tags. */
  chipsLabel: string;
  /** Accessible name of a chip's remove button. */
  removeFilter: (title: string) => string;
  /** The button that empties the filter. */
  clearFilters: string;
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
  /** Shown in the popup when the workspace's tags could not be loaded. */
  loadTagsFailed: string;
  /** Retry button after `loadTagsFailed`. */
  retryLoad: string;
  /** Shown when no tag matches the text. */
  noMatches: string;
  /** Under the options when more tags match than are shown. */
  moreMatches: (count: number) => string;
  /** Announced after a change: the tags now chosen, in chip order. */
  filteredBy: (titles: string[]) => string;
  /** Announced when the last tag left the filter. */
  filterCleared: string;
}

/** The filter's English defaults. */
export const defaultTagFilterMessages: TagFilterMessages = {
  label: "Filter by tag",
  chipsLabel: "Tags in the filter",
  removeFilter: (title) => `Remove filter ${title}`,
  clearFilters: "Clear filters",
  loadingTag: "Loading tag…",
  unavailableTag: "Unknown tag",
  loadingTags: "Loading tags…",
  loadedSoFar: (count) => `${formatCount(count)} ${count === 1 ? "tag loaded" : "tags loaded"}, still loading…`,
  loadTagsFailed: "The tags could not be loaded.",
  retryLoad: "Try again",
  noMatches: "No tags match",
  moreMatches: (count) => `${formatCount(count)} more ${count === 1 ? "tag matches" : "tags match"} — keep typing`,
  filteredBy: (titles) => `Filtered by ${titles.join(", ")}`,
  filterCleared: "Filter cleared",
};

/** Defaults with `overrides` on top; `undefined` values keep the default. */
export function resolveTagFilterMessages(overrides: Partial<TagFilterMessages> | undefined): TagFilterMessages {
  return mergeMessages(defaultTagFilterMessages, overrides);
}
