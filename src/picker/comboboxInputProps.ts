import type { KeyboardEvent, RefCallback } from "react";
import type { PickerIds, PickerInputProps } from "./pickerTypes.js";

/** What the combobox input's props are made of. */
export interface ComboboxInputState {
  ids: PickerIds;
  ref: RefCallback<HTMLInputElement>;
  value: string;
  /**
   * The listbox is shown. The APG's `aria-expanded` means exactly this: an open popup that shows only
   * "Loading tags…" or "No tags match" has no listbox to reach, so it is not expanded.
   */
  expanded: boolean;
  activeId: string | null;
  hasError: boolean;
  busy: boolean;
  onText: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  /** A click opens a closed popup and closes an open one. */
  onToggle: () => void;
  /** Focus comes before an open: the walk can start now. */
  onFocus: () => void;
  onClose: () => void;
}

/**
 * The APG combobox input: focus stays here while `aria-activedescendant` names the active option,
 * and the error under the picker describes it while there is one.
 */
export function comboboxInputProps(state: ComboboxInputState): PickerInputProps {
  const { ids, ref, value, expanded, activeId, hasError, busy } = state;
  return {
    id: ids.input,
    ref,
    type: "text",
    role: "combobox",
    value,
    autoComplete: "off",
    "aria-expanded": expanded,
    "aria-controls": ids.listbox,
    "aria-autocomplete": "list",
    "aria-activedescendant": activeId ?? undefined,
    "aria-describedby": hasError ? ids.error : undefined,
    "aria-invalid": hasError ? true : undefined,
    "aria-busy": busy || undefined,
    onChange: (event) => {
      state.onText(event.target.value);
    },
    onKeyDown: state.onKeyDown,
    onClick: state.onToggle,
    onFocus: state.onFocus,
    onBlur: state.onClose,
  };
}
