import { memo } from "react";
import type { PickerOptionProps } from "./pickerTypes.js";

/** Props of {@link PickerOptionItem}: primitives only, so unchanged options skip re-rendering as you type. */
export interface PickerOptionItemProps {
  optionProps: PickerOptionProps;
  label: string;
  /** Why a create option is disabled, or `null`. */
  problem: string | null;
  className: string | undefined;
  checkClassName: string | undefined;
  problemClassName: string | undefined;
}

function PickerOptionItemImpl({ optionProps, label, problem, className, checkClassName, problemClassName }: PickerOptionItemProps) {
  return (
    <li {...optionProps} data-slot="option" className={className}>
      <span data-slot="option-check" aria-hidden="true" className={checkClassName}>
        {optionProps["aria-selected"] ? "✓" : ""}
      </span>
      <span data-slot="option-label">{label}</span>
      {problem !== null && (
        <span data-slot="option-problem" className={problemClassName}>
          {" — "}
          {problem}
        </span>
      )}
    </li>
  );
}

/** One option of the picker's listbox; pure, so an app without the picker ships none of it. */
export const PickerOptionItem = /* @__PURE__ */ memo(PickerOptionItemImpl, (before, after) => {
  const a = before.optionProps;
  const b = after.optionProps;
  return (
    before.label === after.label &&
    before.problem === after.problem &&
    before.className === after.className &&
    a.id === b.id &&
    a["aria-selected"] === b["aria-selected"] &&
    a["aria-disabled"] === b["aria-disabled"] &&
    a["data-active"] === b["data-active"] &&
    a["data-kind"] === b["data-kind"]
  );
});
