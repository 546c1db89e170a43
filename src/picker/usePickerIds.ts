import { useId, useMemo } from "react";
import type { PickerIds } from "./pickerTypes.js";

/** Stable element ids for one picker, from React's `useId`. */
export function usePickerIds(): PickerIds {
  const base = useId();
  return useMemo(
    () => ({
      label: `${base}label`,
      input: `${base}input`,
      listbox: `${base}listbox`,
      error: `${base}error`,
      status: `${base}status`,
      more: `${base}more`,
      option: (index: number) => `${base}option-${index}`,
    }),
    [base],
  );
}
