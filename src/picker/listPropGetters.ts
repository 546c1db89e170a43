import type { MouseEvent } from "react";
import type { PickerOption } from "./pickerOptions.js";
import type { PickerIds, PickerListboxProps, PickerOptionProps } from "./pickerTypes.js";

/** What the listbox and option props are made from. */
export interface ListPropState {
  ids: PickerIds;
  /** The popup is open and has options; the combobox's `aria-expanded` reads the same value. */
  shown: boolean;
  active: number;
  options: readonly PickerOption[];
  assignedIds: readonly string[];
  /** A create is running: the create option is disabled meanwhile. */
  creating: boolean;
  pick: (index: number) => void;
  setActiveIndex: (index: number) => void;
}

function optionIndex(event: MouseEvent): number {
  const element = (event.target as Element).closest("[data-index]");
  return element ? Number(element.getAttribute("data-index")) : -1;
}

/**
 * Prop getters for the listbox and its options. Pointer events are delegated to the
 * listbox, so options get only primitives and unchanged ones skip re-rendering; a pointer press
 * never takes focus from the input.
 */
export function listPropGetters(state: ListPropState) {
  const { ids, shown, active, options } = state;
  const keepFocus = (event: MouseEvent) => {
    event.preventDefault();
  };
  return {
    getListboxProps: (): PickerListboxProps => ({
      id: ids.listbox,
      role: "listbox",
      "aria-labelledby": ids.label,
      "aria-multiselectable": true,
      hidden: !shown,
      onMouseDown: keepFocus,
      onClick: (event) => {
        const index = optionIndex(event);
        if (index >= 0) state.pick(index);
      },
      onMouseMove: (event) => {
        const index = optionIndex(event);
        if (index >= 0 && index !== active) state.setActiveIndex(index);
      },
    }),
    getOptionProps: (index: number): PickerOptionProps => {
      const option = options[index];
      return {
        id: ids.option(index),
        role: "option",
        "aria-selected": option?.kind === "tag" && state.assignedIds.includes(option.tag.tag_id),
        "aria-disabled": option?.kind === "create" && (option.problem !== null || state.creating) ? true : undefined,
        "data-index": index,
        "data-active": index === active ? "" : undefined,
        "data-kind": option?.kind ?? "tag",
      };
    },
  };
}
