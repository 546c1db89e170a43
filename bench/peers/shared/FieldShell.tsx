import type { ReactNode } from "react";
import { Counter } from "./Counter";
import type { FieldName } from "./postTag";

/** Element ids of one field. */
export interface FieldIds {
  input: string;
  label: string;
  hint: string;
  counter: string;
  error: string;
}

/** Ids for `name`'s parts from a `useId()` base. */
export function fieldIds(base: string, name: FieldName): FieldIds {
  const id = (part: string) => `${base}${name}-${part}`;
  return { input: id("input"), label: id("label"), hint: id("hint"), counter: id("counter"), error: id("error") };
}

/** The `aria-describedby` of a field: hint, counter, then error when there is one. */
export function describedBy(ids: FieldIds, hasHint: boolean, invalid: boolean): string {
  return [hasHint ? ids.hint : null, ids.counter, invalid ? ids.error : null].filter((id) => id !== null).join(" ");
}

/** Props of {@link FieldShell}. */
export interface FieldShellProps {
  name: FieldName;
  ids: FieldIds;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** The text the counter counts. */
  value: string;
  max: number;
  /** The `<input>` or `<textarea>`. */
  children: ReactNode;
}

/**
 * Label, hint, control, counter and error in the kit's markup (`data-slot` names), so one
 * stylesheet styles every peer the same.
 */
export function FieldShell({ name, ids, label, hint, error, value, max, children }: FieldShellProps) {
  return (
    <div data-slot={`${name}-field`} data-invalid={error ? true : undefined}>
      <label id={ids.label} htmlFor={ids.input} data-slot={`${name}-label`}>
        {label}
      </label>
      {hint ? (
        <p id={ids.hint} data-slot={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <Counter value={value} max={max} id={ids.counter} data-slot={`${name}-counter`} />
      {error ? (
        <p id={ids.error} data-slot={`${name}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
