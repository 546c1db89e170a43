import { useState } from "react";

function shallowEqual(a: object, b: object): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.is(a[key as keyof typeof a], b[key as keyof typeof b]));
}

/**
 * `value`, or the object kept from an earlier render while every key holds the same value: a
 * component's options as one memo dependency, so a new option needs no dependency list of its own.
 */
export function useShallowStable<T extends object>(value: T): T {
  const [kept, setKept] = useState(value);
  if (kept === value || shallowEqual(kept, value)) return kept;
  // React's "store information from previous renders": it re-renders at once with the new object.
  setKept(value);
  return value;
}
