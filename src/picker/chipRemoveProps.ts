import type { PickerChipRemoveProps } from "./pickerTypes.js";

/**
 * Props for a chip's remove button. A mouse press keeps focus in the combobox input, as the APG's
 * comboboxes do: were the button to take focus, the input's blur would close the popup, a page that
 * ends with the popup (a picker low in a scrolled list of conversations) would shorten and scroll,
 * and the release would land beside the button, so the first click would never arrive. Keyboard use
 * is untouched: Tab still reaches the button, and Enter or Space click it.
 */
export function chipRemoveProps(label: string, remove: () => void): PickerChipRemoveProps {
  return {
    type: "button",
    "aria-label": label,
    onMouseDown: (event) => {
      event.preventDefault();
    },
    onClick: remove,
  };
}
