import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { comboboxInputProps } from "./comboboxInputProps.js";
import { handlePickerKey } from "./handlePickerKey.js";
import { listPropGetters } from "./listPropGetters.js";
import { pickerOptions } from "./pickerOptions.js";
import type { TagComboboxView, UseTagComboboxOptions, UseTagComboboxResult } from "./tagComboboxTypes.js";
import { useActiveOptionInView } from "./useActiveOptionInView.js";
import { usePickerIds } from "./usePickerIds.js";
import { useWorkspaceTags } from "./useWorkspaceTags.js";

/**
 * The combobox engine under `ConversationTagPicker` and `TagFilter`: a WAI-ARIA APG combobox with a
 * multi-select listbox popup over the workspace's tags (loaded on first open), its keys, its case-
 * and accent-insensitive matching and its element ids. It keeps no selection of its own: picks go
 * to `onSelect` and `onDeselect`, and the layer above decides what they change and announce.
 * Returns the view a layer spreads into its own result, and the handles it keeps for itself.
 */
export function useTagCombobox(options: UseTagComboboxOptions): UseTagComboboxResult {
  const { selectedIds, maxOptions, createProblem } = options;
  const ids = usePickerIds();
  const [inputValue, setInputValue] = useState("");
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const input = useRef<HTMLInputElement | null>(null);
  const inputRef = useCallback((element: HTMLInputElement | null) => {
    input.current = element;
  }, []);

  const workspace = useWorkspaceTags(opened || options.loadTags);
  const { indexed, complete } = workspace;
  // "Create" is offered only once every page is in: a title on a page not loaded yet exists already.
  const problemOf = complete ? createProblem : undefined;
  const list = useMemo(
    () => pickerOptions(indexed, inputValue, maxOptions, problemOf),
    [indexed, inputValue, maxOptions, problemOf],
  );
  // Once, for the listbox's `hidden` and the input's `aria-expanded`, so the two cannot disagree: the
  // popup can be open with no listbox in it (tags loading, none to offer).
  const listboxShown = open && list.options.length > 0;
  const active = Math.min(activeIndex, list.options.length - 1);
  const activeId = listboxShown && active >= 0 ? ids.option(active) : null;
  const attachPopup = useActiveOptionInView(activeId);

  function openPopup(index: number) {
    if (workspace.error) workspace.retry();
    setOpen(true);
    setOpened(true);
    setActiveIndex(index);
  }

  function changeText(text: string) {
    setInputValue(text);
    options.onTextChange?.();
    setOpen(true);
    setOpened(true);
    setActiveIndex(text.trim() === "" ? -1 : 0);
  }

  function remove(tagId: string) {
    options.onDeselect(tagId);
    input.current?.focus();
  }

  function pick(index: number) {
    const option = list.options[index];
    if (!option) return;
    if (option.kind === "create") {
      if (option.problem === null) options.onCreate?.(inputValue);
      return;
    }
    const { tag } = option;
    if (selectedIds.includes(tag.tag_id)) {
      remove(tag.tag_id);
      return;
    }
    options.onSelect(tag);
    setInputValue("");
    setActiveIndex(inputValue.trim() === "" ? index : -1);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    handlePickerKey(event, {
      open,
      active,
      count: list.options.length,
      text: inputValue,
      lastTagId: selectedIds.at(-1),
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
      removeTag: remove,
    });
  }

  // Built on call, inside the getters: the state includes callbacks that touch refs.
  const listProps = () =>
    listPropGetters({
      ids,
      shown: listboxShown,
      active,
      options: list.options,
      assignedIds: selectedIds,
      creating: options.busy,
      pick,
      setActiveIndex,
    });

  const loading = workspace.loading;
  const view: TagComboboxView = {
    ids,
    inputValue,
    open,
    activeIndex: open ? active : -1,
    options: list.options,
    hiddenMatches: list.hiddenMatches,
    loading,
    loadFailed: workspace.error !== null && !loading,
    retryLoad: workspace.retry,
    getInputProps: () =>
      comboboxInputProps({
        ids,
        ref: inputRef,
        value: inputValue,
        expanded: listboxShown,
        activeId,
        hasError: options.invalid,
        busy: options.busy,
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
  };
  return [
    view,
    {
      workspace,
      remove,
      focusInput: () => {
        input.current?.focus();
      },
      resetText: (text) => {
        setInputValue((current) => (current === text ? "" : current));
        setActiveIndex(-1);
      },
    },
  ];
}
