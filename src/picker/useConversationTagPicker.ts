import { useMemo, useState } from "react";
import { describePickerError } from "./describePickerError.js";
import { resolvePickerMessages, tagLabel } from "./pickerMessages.js";
import { chipRemoveProps } from "./chipRemoveProps.js";
import { chipTag } from "./chipTag.js";
import { createProblem } from "./pickerOptions.js";
import {
  DEFAULT_MAX_OPTIONS,
  type PickerChip,
  type UseConversationTagPickerOptions,
  type UseConversationTagPickerResult,
} from "./pickerTypes.js";
import { useOptimisticTagIds, type TagIdsFailure } from "./useOptimisticTagIds.js";
import { usePickerMutations } from "./usePickerMutations.js";
import { useCreateFromText } from "./useCreateFromText.js";
import { useTagCombobox } from "./useTagCombobox.js";

/**
 * The headless conversation tag picker: a WAI-ARIA combobox with a multi-select listbox popup over
 * all of the workspace's tags, create-on-type with the form's rules, and optimistic assign and
 * unassign that roll back with a message naming the tag. Render with the prop getters. The combobox
 * itself is `useTagCombobox`, which `TagFilter` shares; this adds create, the writes and their words.
 */
export function useConversationTagPicker(options: UseConversationTagPickerOptions): UseConversationTagPickerResult {
  const { maxOptions = DEFAULT_MAX_OPTIONS, onCreate, onError } = options;
  const messages = useMemo(() => resolvePickerMessages(options.messages), [options.messages]);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const { creating, created, create } = useCreateFromText({
    onStart: () => {
      setError(null);
    },
    onCreated: (tag, text) => {
      onCreate?.(tag);
      assigned.add([tag.tag_id]);
      setAnnouncement(messages.tagCreatedAndAdded(tag.title));
      engine.resetText(text);
    },
    onFailed: (title, failure) => {
      setError(messages.createFailed(title, describePickerError(failure, messages)));
      onError?.(failure);
    },
  });

  const failed = (failure: TagIdsFailure) => {
    // Said under the picker only while it shows that conversation and the change was taken back.
    const shown = failure.conversationId === options.conversationId;
    let message: string | null = null;
    if (shown && failure.kind === "assign" && failure.tagIds.length > 0) {
      message = messages.assignFailed(failure.tagIds.map(labelOf));
    } else if (shown && failure.kind === "unassign" && failure.undone) {
      message = messages.unassignFailed(labelOf(failure.tagId));
    }
    if (message !== null) {
      setError(message);
      // The status said "added" or "removed": no longer true.
      setAnnouncement("");
    }
    onError?.(failure.error);
  };
  const assigned = useOptimisticTagIds({ ...options, mutations: usePickerMutations(), onFailure: failed });
  const [combobox, engine] = useTagCombobox({
    selectedIds: assigned.value,
    maxOptions,
    createProblem,
    busy: creating !== null,
    invalid: error !== null,
    onSelect: (tag) => {
      assigned.add([tag.tag_id]);
      setError(null);
      setAnnouncement(messages.tagAdded(tag.title));
    },
    onDeselect: (tagId) => {
      const label = labelOf(tagId);
      if (assigned.remove(tagId)) setAnnouncement(messages.tagRemoved(label));
    },
    onCreate: (text) => void create(text),
    onTextChange: () => {
      setError(null);
    },
  });
  const { workspace, remove, loadingNote } = engine;

  const labelOf = (tagId: string) => tagLabel(chipTag(tagId, workspace, created), messages);
  const chips = assigned.value.map((tagId): PickerChip => {
    const tag = chipTag(tagId, workspace, created);
    return { tagId, tag, label: tagLabel(tag, messages) };
  });

  return {
    ...combobox,
    messages,
    tagIds: assigned.value,
    chips,
    creating,
    error,
    status:
      creating !== null
        ? messages.creating(creating)
        : loadingNote === null
          ? announcement
          : loadingNote === 0
            ? messages.loadingTags
            : messages.loadedSoFar(loadingNote),
    getChipRemoveProps: (tagId) =>
      chipRemoveProps(messages.removeTag(labelOf(tagId)), () => {
        remove(tagId);
      }),
    removeTag: remove,
    addTags: (tagIds) => {
      assigned.add(tagIds);
    },
  };
}
