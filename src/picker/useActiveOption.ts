import { useState } from "react";
import type { PickerOption } from "./pickerOptions.js";

/** What names an option across renders: its tag's id, or the create option's one key. */
function optionKey(option: PickerOption | undefined): string | null {
  if (option === undefined) return null;
  return option.kind === "tag" ? option.tag.tag_id : "\u0000create";
}

/** The active option and how to move it; see {@link useActiveOption}. */
export interface ActiveOption {
  /** The active option's index in `options`, or -1. */
  active: number;
  /**
   * Makes the option at `index` active. Given the `options` that index points into, it is held by
   * that option at once; without them (the text changed, the list is not made yet), by whatever
   * option first shows at that index.
   */
  setActive: (index: number, options?: readonly PickerOption[]) => void;
}

/**
 * The combobox's active option, held by its tag rather than by its index: while the workspace's
 * pages arrive, better matches from older pages join the list above it, and the highlight (and so
 * Enter) stays on the tag the person is on. When that tag leaves the list (deleted), the option now
 * at its place becomes active.
 */
export function useActiveOption(options: readonly PickerOption[]): ActiveOption {
  const [state, setState] = useState<{ index: number; key: string | null }>({ index: -1, key: null });
  const found = state.key === null ? -1 : options.findIndex((option) => optionKey(option) === state.key);
  const active = found >= 0 ? found : Math.min(state.index, options.length - 1);
  const shown = active >= 0 ? optionKey(options[active]) : null;
  // Held by the option it lands on the first time it shows, e.g. the first match after typing.
  if (shown !== null && (shown !== state.key || active !== state.index)) setState({ index: active, key: shown });
  return {
    active,
    setActive: (index, from) => {
      setState({ index, key: from ? optionKey(from[index]) : null });
    },
  };
}
