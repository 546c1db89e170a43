import type { KeyboardEvent } from "react";

/** What the combobox's keys act on. */
export interface PickerKeyContext {
  open: boolean;
  /** The active option's index, or -1. */
  active: number;
  /** How many options there are. */
  count: number;
  text: string;
  /** The last assigned tag, which Backspace in an empty input removes. */
  lastTagId: string | undefined;
  openAt: (index: number) => void;
  setActiveIndex: (index: number) => void;
  pick: (index: number) => void;
  close: () => void;
  clearText: () => void;
  removeTag: (tagId: string) => void;
}

/**
 * The APG combobox keys: Down/Up open the popup and then move the active option (wrapping; Alt+Down
 * opens without moving), Enter picks, Escape closes and a second Escape clears the text, Backspace in
 * an empty input removes the last tag, Tab closes. Every other key is the text field's.
 */
export function handlePickerKey(event: KeyboardEvent<HTMLInputElement>, context: PickerKeyContext): void {
  if (event.nativeEvent.isComposing) return;
  const { open, active, count } = context;
  switch (event.key) {
    case "ArrowDown":
    case "ArrowUp": {
      event.preventDefault();
      const down = event.key === "ArrowDown";
      if (!open) context.openAt(event.altKey ? -1 : down ? 0 : count - 1);
      else if (count > 0 && active < 0) context.setActiveIndex(down ? 0 : count - 1);
      else if (count > 0) context.setActiveIndex((active + (down ? 1 : -1) + count) % count);
      return;
    }
    case "Enter":
      if (open && active >= 0) {
        event.preventDefault();
        context.pick(active);
      }
      return;
    case "Escape":
      if (open) {
        event.preventDefault();
        context.close();
      } else if (context.text !== "") {
        event.preventDefault();
        context.clearText();
      }
      return;
    case "Backspace":
      if (context.text === "" && context.lastTagId !== undefined) {
        event.preventDefault();
        context.removeTag(context.lastTagId);
      }
      return;
    case "Tab":
      context.close();
      return;
  }
}
