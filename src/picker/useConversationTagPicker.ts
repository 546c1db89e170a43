import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { comboboxInputProps } from "./comboboxInputProps.js";
import { describePickerError } from "./describePickerError.js";
import { handlePickerKey } from "./handlePickerKey.js";
import { listPropGetters } from "./listPropGetters.js";
import { resolvePickerMessages, tagLabel } from "./pickerMessages.js";
import { chipRemoveProps } from "./chipRemoveProps.js";
import { chipTag } from "./chipTag.js";
import { pickerOptions } from "./pickerOptions.js";
import {
  DEFAULT_MAX_OPTIONS,
  type PickerChip,
  type UseConversationTagPickerOptions,
  type UseConversationTagPickerResult,
} from "./pickerTypes.js";
import { useActiveOptionInView } from "./useActiveOptionInView.js";
import { usePickerIds } from "./usePickerIds.js";
import { useOptimisticTagIds, type TagIdsFailure } from "./useOptimisticTagIds.js";
import { usePickerMutations } from "./usePickerMutations.js";
import { useCreateFromText } from "./useCreateFromText.js";
import { useWorkspaceTags } from "./useWorkspaceTags.js";

/**
 * The headless conversation tag picker: a WAI-ARIA combobox with a multi-select listbox popup over
 * all of the workspace's tags, create-on-type with the form's rules, and optimistic assign and
 * unassign that roll back with a message naming the tag. Render with the prop getters.
 */
export function useConversationTagPicker(options: UseConversationTagPickerOptions): UseConversationTagPickerResult {
  const { maxOptions = DEFAULT_MAX_OPTIONS, onCreate, onError } = options;
  const messages = useMemo(() => resolvePickerMessages(options.messages), [options.messages]);
  const ids = usePickerIds();
  const [inputValue, setInputValue] = useState("");
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const input = useRef<HTMLInputElement | null>(null);
  const inputRef = useCallback((element: HTMLInputElement | null) => {
    input.current = element;
  }, []);
  const { creating, created, create } = useCreateFromText({
    onStart: () => {
      setError(null);
    },
    onCreated: (tag, text) => {
      onCreate?.(tag);
      assigned.add([tag.tag_id]);
      setAnnouncement(messages.tagCreatedAndAdded(tag.title));
      setInputValue((current) => (current === text ? "" : current));
      setActiveIndex(-1);
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
  const workspace = useWorkspaceTags(opened || assigned.value.length > 0);
  const { indexed, complete } = workspace;
  const list = useMemo(
    () => pickerOptions(indexed, inputValue, maxOptions, complete),
    [indexed, inputValue, maxOptions, complete],
  );
  // Once, for the listbox's `hidden` and the input's `aria-expanded`, so the two cannot disagree: the
  // popup can be open with no listbox in it (tags loading, none to offer).
  const listboxShown = open && list.options.length > 0;
  const active = Math.min(activeIndex, list.options.length - 1);
  const activeId = listboxShown && active >= 0 ? ids.option(active) : null;
  const attachPopup = useActiveOptionInView(activeId);

  const labelOf = (tagId: string) => tagLabel(chipTag(tagId, workspace, created), messages);
  const chips = assigned.value.map((tagId): PickerChip => {
    const tag = chipTag(tagId, workspace, created);
    return { tagId, tag, label: tagLabel(tag, messages) };
  });

  function openPopup(index: number) {
    if (workspace.error) workspace.retry();
    setOpen(true);
    setOpened(true);
    setActiveIndex(index);
  }

  function changeText(text: string) {
    setInputValue(text);
    setError(null);
    setOpen(true);
    setOpened(true);
    setActiveIndex(text.trim() === "" ? -1 : 0);
  }

  function removeTag(tagId: string) {
    const label = labelOf(tagId);
    if (assigned.remove(tagId)) setAnnouncement(messages.tagRemoved(label));
    input.current?.focus();
  }

  function pick(index: number) {
    const option = list.options[index];
    if (!option) return;
    if (option.kind === "create") {
      if (option.problem === null) void create(inputValue);
      return;
    }
    const { tag } = option;
    if (assigned.value.includes(tag.tag_id)) {
      removeTag(tag.tag_id);
      return;
    }
    assigned.add([tag.tag_id]);
    setError(null);
    setAnnouncement(messages.tagAdded(tag.title));
    setInputValue("");
    setActiveIndex(inputValue.trim() === "" ? index : -1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    handlePickerKey(event, {
      open,
      active,
      count: list.options.length,
      text: inputValue,
      lastTagId: assigned.value.at(-1),
      openAt: openPopup,
      setActiveIndex,
      pick,
      close: () => {
        setOpen(false);
      },
      clearText: () => {
        changeText("");
        setOpen(false);
      },
      removeTag,
    });
  }

  // Built on call, inside the getters: the state includes callbacks that touch refs.
  const listProps = () =>
    listPropGetters({
      ids,
      shown: listboxShown,
      active,
      options: list.options,
      assignedIds: assigned.value,
      creating: creating !== null,
      pick,
      setActiveIndex,
    });

  const loading = workspace.loading;
  return {
    ids,
    messages,
    tagIds: assigned.value,
    chips,
    inputValue,
    open,
    activeIndex: open ? active : -1,
    options: list.options,
    hiddenMatches: list.hiddenMatches,
    loading,
    loadFailed: workspace.error !== null && !loading,
    retryLoad: workspace.retry,
    creating,
    error,
    status: creating !== null ? messages.creating(creating) : open && loading ? messages.loadingTags : announcement,
    getInputProps: () =>
      comboboxInputProps({
        ids,
        ref: inputRef,
        value: inputValue,
        expanded: listboxShown,
        activeId,
        hasError: error !== null,
        busy: creating !== null,
        onText: changeText,
        onKeyDown,
        onToggle: () => {
          if (open) setOpen(false);
          else openPopup(-1);
        },
        onClose: () => {
          setOpen(false);
        },
      }),
    getListboxProps: () => listProps().getListboxProps(),
    getOptionProps: (index) => listProps().getOptionProps(index),
    getPopupProps: () => ({
      ref: attachPopup,
      hidden: !open,
      onMouseDown: (event) => {
        event.preventDefault();
      },
    }),
    pick,
    getChipRemoveProps: (tagId) =>
      chipRemoveProps(messages.removeTag(labelOf(tagId)), () => {
        removeTag(tagId);
      }),
    removeTag,
    addTags: (tagIds) => {
      assigned.add(tagIds);
    },
  };
}
