import { useMemo, useState } from "react";
import { chipRemoveProps } from "./chipRemoveProps.js";
import { chipTag } from "./chipTag.js";
import { DEFAULT_MAX_OPTIONS, type PickerChip } from "./pickerTypes.js";
import { resolveTagFilterMessages } from "./tagFilterMessages.js";
import type { UseTagFilterOptions, UseTagFilterResult } from "./tagFilterTypes.js";
import { useDropDeletedTags } from "./useDropDeletedTags.js";
import { useTagCombobox } from "./useTagCombobox.js";

/**
 * The headless tag filter: the picker's combobox (same keys, roles, matching and tag loading) over
 * the workspace's tags, choosing the tags a list of conversations is filtered by. It creates nothing
 * and writes nothing: every change is an `onChange(tagIds)` for the host to keep (in the URL, say).
 * Render with the prop getters.
 */
export function useTagFilter(options: UseTagFilterOptions): UseTagFilterResult {
  const { value, onChange, maxOptions = DEFAULT_MAX_OPTIONS } = options;
  const messages = useMemo(() => resolveTagFilterMessages(options.messages), [options.messages]);
  const [announcement, setAnnouncement] = useState("");

  function change(next: string[]) {
    onChange(next);
    const titles = next.flatMap((tagId) => chipOf(tagId) ?? []).map((chip) => chip.label);
    setAnnouncement(titles.length > 0 ? messages.filteredBy(titles) : messages.filterCleared);
  }

  const [combobox, { workspace, remove, focusInput, loadingNote }] = useTagCombobox({
    selectedIds: value,
    maxOptions,
    busy: false,
    invalid: false,
    onSelect: (tag) => {
      change([...value, tag.tag_id]);
    },
    onDeselect: (tagId) => {
      change(value.filter((id) => id !== tagId));
    },
  });
  useDropDeletedTags(value, workspace, onChange);

  // A deleted tag has no chip: it is on its way out of `value` (or waits there for a write to settle).
  function chipOf(tagId: string): PickerChip | null {
    const tag = chipTag(tagId, workspace);
    if (tag === "deleted") return null;
    const label = tag === "loading" ? messages.loadingTag : tag === "unavailable" ? messages.unavailableTag : tag.title;
    return { tagId, tag, label };
  }
  const chips = value.flatMap((tagId) => chipOf(tagId) ?? []);

  function clear() {
    change([]);
    // The button goes with the last chip: focus goes where the person continues.
    focusInput();
  }

  return {
    ...combobox,
    messages,
    chips,
    status:
      loadingNote === null ? announcement : loadingNote === 0 ? messages.loadingTags : messages.loadedSoFar(loadingNote),
    getChipRemoveProps: (tagId) => {
      const chip = chipOf(tagId);
      return chipRemoveProps(messages.removeFilter(chip?.label ?? tagId), () => {
        remove(tagId);
      });
    },
    removeTag: remove,
    getClearProps: () => chipRemoveProps(messages.clearFilters, clear),
    clear,
  };
}
