import { useCallback, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { useWorkspaceTags } from "../react/useWorkspaceTags.js";
import { comboboxInputProps } from "./comboboxInputProps.js";
import { handlePickerKey } from "./handlePickerKey.js";
import { indexTags } from "./indexTags.js";
import { listPropGetters } from "./listPropGetters.js";
import { pickerOptions, type CreateOptionProblem, type PickerOption } from "./pickerOptions.js";
import type { TagComboboxView, UseTagComboboxOptions, UseTagComboboxResult } from "./tagComboboxTypes.js";
import { useActiveOption } from "./useActiveOption.js";
import { useActiveOptionInView } from "./useActiveOptionInView.js";
import { useLoadingNote } from "./useLoadingNote.js";
import { usePickerIds } from "./usePickerIds.js";

/**
 * The combobox engine under `ConversationTagPicker` and `TagFilter`: a WAI-ARIA APG combobox with a
 * multi-select listbox popup over the workspace's tags (walked in the background from the first idle
 * moment, shared by every combobox on the page), its keys, its case- and accent-insensitive matching
 * and its element ids. It keeps no selection of its own: picks go to `onSelect` and `onDeselect`,
 * and the layer above decides what they change and announce. Returns the view a layer spreads into
 * its own result, and the handles it keeps for itself.
 */
export function useTagCombobox(options: UseTagComboboxOptions): UseTagComboboxResult {
  const { selectedIds, maxOptions, createProblem } = options;
  const ids = usePickerIds();
  const [inputValue, setInputValue] = useState("");
  const [open, setOpen] = useState(false);
  const [opened, setOpened] = useState(false);
  const input = useRef<HTMLInputElement | null>(null);
  const inputRef = useCallback((element: HTMLInputElement | null) => {
    input.current = element;
  }, []);

  // Once the popup has opened, a person waits for the tags: no waiting for an idle moment.
  const workspace = useWorkspaceTags({ immediate: opened });
  const { complete, loadedCount } = workspace;
  const indexed = indexTags(workspace.pages);
  // "Create" waits for every page: a title on a page not loaded yet exists already. Until then the
  // option shows, disabled, saying so (once there are tags to show it among).
  const loadedAny = loadedCount > 0;
  const problemOf = useMemo((): ((title: string) => CreateOptionProblem | null) | undefined => {
    if (!createProblem || complete) return createProblem;
    return loadedAny ? (title) => createProblem(title) ?? "tags_loading" : undefined;
  }, [createProblem, complete, loadedAny]);
  // Blank text (every closed picker, usually) costs `maxOptions`, not the workspace's size: a hundred
  // pickers on a page stay cheap as pages arrive.
  const list = useMemo(
    () => pickerOptions(indexed, inputValue, maxOptions, problemOf),
    [indexed, inputValue, maxOptions, problemOf],
  );
  // Once, for the listbox's `hidden` and the input's `aria-expanded`, so the two cannot disagree: the
  // popup can be open with no listbox in it (tags loading, none to offer).
  const listboxShown = open && list.options.length > 0;
  const { active, setActive } = useActiveOption(list.options);
  const activeId = listboxShown && active >= 0 ? ids.option(active) : null;
  const attachPopup = useActiveOptionInView(activeId);
  const loadingNote = useLoadingNote(open && workspace.loading, loadedCount);
  const activate = (index: number) => {
    setActive(index, list.options);
  };

  // Called from the event, not from the render that `opened` causes, so the first page is on its way
  // before the popup renders; a walk in flight is joined, not restarted, and a failed one walks on.
  function walkNow() {
    if (!complete) workspace.retry();
  }

  /** Opens the popup with the option at `index` of `shown` (the options it will show) active. */
  function openPopup(index: number, shown: readonly PickerOption[] = []) {
    walkNow();
    setOpen(true);
    setOpened(true);
    setActive(index, shown);
  }

  function changeText(text: string) {
    setInputValue(text);
    options.onTextChange?.();
    walkNow();
    setOpen(true);
    setOpened(true);
    // The first match becomes active when the list for this text shows, and stays while pages arrive.
    setActive(text.trim() === "" ? -1 : 0);
  }

  function remove(tagId: string) {
    loadingNote.dismiss();
    options.onDeselect(tagId);
    input.current?.focus();
  }

  function pick(index: number) {
    const option = list.options[index];
    if (!option) return;
    if (option.kind === "create") {
      if (option.problem === null) {
        loadingNote.dismiss();
        options.onCreate?.(inputValue);
      }
      return;
    }
    const { tag } = option;
    if (selectedIds.includes(tag.tag_id)) {
      remove(tag.tag_id);
      return;
    }
    loadingNote.dismiss();
    options.onSelect(tag);
    setInputValue("");
    // Blank text lists every tag: the picked one stays active, now checked.
    setActive(inputValue.trim() === "" ? index : -1, list.options);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    handlePickerKey(event, {
      open,
      active,
      count: list.options.length,
      text: inputValue,
      lastTagId: selectedIds.at(-1),
      openAt: (index) => {
        openPopup(index, list.options);
      },
      setActiveIndex: activate,
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
      setActiveIndex: activate,
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
    loadedCount,
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
        // A click focuses on pointer down, a keyboard user tabs in before pressing a key: either way
        // the walk's first request leaves before the open that follows, if no idle moment sent it yet.
        onFocus: walkNow,
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
        setActive(-1);
      },
      loadingNote: loadingNote.note,
    },
  ];
}
