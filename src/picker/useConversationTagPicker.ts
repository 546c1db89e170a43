import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ConversationTag } from "../core/tag.js";
import { describePickerError } from "./describePickerError.js";
import { handlePickerKey } from "./handlePickerKey.js";
import { listPropGetters } from "./listPropGetters.js";
import { resolvePickerMessages, tagLabel, type ConversationTagPickerMessages } from "./pickerMessages.js";
import { pickerOptions } from "./pickerOptions.js";
import type { PickerChip, UseConversationTagPickerResult } from "./pickerTypes.js";
import { usePickerIds } from "./usePickerIds.js";
import { useOptimisticTagIds, type TagIdsFailure } from "./useOptimisticTagIds.js";
import { usePickerMutations } from "./usePickerMutations.js";
import { useCreateFromText } from "./useCreateFromText.js";
import { useWorkspaceTags } from "./useWorkspaceTags.js";

/** Options rendered at most; the rest are counted ("N more match — keep typing"). */
export const DEFAULT_MAX_OPTIONS = 50;

/** Options of {@link useConversationTagPicker}. */
export interface UseConversationTagPickerOptions {
  /** The conversation whose tags the picker changes. */
  conversationId: string;
  /** Controlled: the conversation's tag ids (`tag_ids` of its summary). Pair with `onTagIdsChange`. */
  tagIds?: readonly string[];
  /** Uncontrolled: the tag ids at first render. */
  defaultTagIds?: readonly string[];
  /** Every change, optimistic ones and rollbacks alike. */
  onTagIdsChange?: (tagIds: string[]) => void;
  /** Text overrides (the picker's own and the shared `TagMessages`). */
  messages?: Partial<ConversationTagPickerMessages>;
  /** Most options rendered at once; default 50. */
  maxOptions?: number;
  /** Runs after a tag was created from the typed text (before it is assigned). */
  onCreate?: (tag: ConversationTag) => void;
  /** Runs after any call failed; the picker already shows why. */
  onError?: (error: unknown) => void;
}

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
    const title = (tagId: string) => labelOf(tagId);
    setError(
      failure.kind === "assign"
        ? messages.assignFailed(failure.tagIds.map(title))
        : messages.unassignFailed(title(failure.tagId)),
    );
    onError?.(failure.error);
  };
  const assigned = useOptimisticTagIds({ ...options, mutations: usePickerMutations(), onFailure: failed });
  const workspace = useWorkspaceTags(opened || assigned.value.length > 0);
  const { indexed, complete } = workspace;
  const list = useMemo(
    () => pickerOptions(indexed, inputValue, maxOptions, complete),
    [indexed, inputValue, maxOptions, complete],
  );
  const active = Math.min(activeIndex, list.options.length - 1);
  const popup = useRef<HTMLElement | null>(null);
  const attachPopup = useCallback((element: HTMLElement | null) => {
    popup.current = element;
  }, []);
  const activeId = open && active >= 0 ? ids.option(active) : null;

  // The input keeps focus (aria-activedescendant), so the active option is scrolled into view by hand.
  useEffect(() => {
    if (activeId === null) return;
    const option = popup.current?.querySelector(`[id="${CSS.escape(activeId)}"]`);
    // jsdom has no scrollIntoView.
    (option as Partial<Element> | null | undefined)?.scrollIntoView?.({ block: "nearest" });
  }, [activeId]);

  function tagOf(tagId: string): PickerChip["tag"] {
    const known = workspace.byId.get(tagId) ?? created.get(tagId);
    if (known) return known;
    if (workspace.complete) return "deleted";
    return workspace.error && !workspace.loading ? "unavailable" : "loading";
  }
  function labelOf(tagId: string): string {
    return tagLabel(tagOf(tagId), messages);
  }

  const chips = assigned.value.map((tagId) => {
    const tag = tagOf(tagId);
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
      open,
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
    getInputProps: () => ({
      id: ids.input,
      ref: inputRef,
      type: "text",
      role: "combobox",
      value: inputValue,
      autoComplete: "off",
      "aria-expanded": open,
      "aria-controls": ids.listbox,
      "aria-autocomplete": "list",
      "aria-activedescendant": activeId ?? undefined,
      "aria-describedby": error === null ? undefined : ids.error,
      "aria-invalid": error === null ? undefined : true,
      "aria-busy": creating !== null || undefined,
      onChange: (event) => {
        changeText(event.target.value);
      },
      onKeyDown,
      onClick: () => {
        if (open) setOpen(false);
        else openPopup(-1);
      },
      onBlur: () => {
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
    removeTag,
    addTags: (tagIds) => {
      assigned.add(tagIds);
    },
  };
}
