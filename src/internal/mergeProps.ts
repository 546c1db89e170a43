import type { Ref, RefCallback } from "react";

type Props = Record<string, unknown>;
type Handler = (event?: { defaultPrevented?: boolean }) => unknown;

// ARIA props that list ids: both lists hold, as React Aria's `mergeProps` does.
const ID_LISTS = new Set(["aria-describedby", "aria-labelledby"]);

/** One ref callback that sets every ref given; React calls it again with `null` on detach. */
function mergeRefs<T>(...refs: Ref<T>[]): RefCallback<T> {
  return (value) => {
    for (const ref of refs) {
      if (typeof ref === "function") ref(value);
      else if (ref) ref.current = value;
    }
  };
}

/** Two space-separated id lists as one, each id once. */
function joinIds(...lists: unknown[]): string {
  const ids = lists.flatMap((list) => (typeof list === "string" ? list.split(/\s+/) : []));
  return [...new Set(ids.filter(Boolean))].join(" ");
}

/**
 * Merges the native props a host passed for one element (`titleInputProps`, the picker's
 * `inputProps`...) with the props the kit sets on it: `className` joined, the kit's (slot) class
 * first and the host's last, as shadcn/ui's `cn`; `style` merged (the host's keys win); event
 * handlers chained, the host's first, then the kit's unless the host's called `preventDefault()` (as
 * Radix's `composeEventHandlers`); id lists (`aria-describedby`...) joined; refs both set. Every
 * other prop the kit sets (ids, ARIA state, `type`, `data-slot`) wins: the part's behaviour depends on it.
 */
export function mergeProps<U extends object, K extends object>(user: U | undefined, kit: K): Omit<U, keyof K> & K {
  const mine = (user ?? {}) as Props;
  const merged: Props = { ...mine, ...kit };
  for (const [key, value] of Object.entries(kit)) {
    const own = mine[key];
    if (own === undefined || own === null) continue;
    if (key === "className") merged[key] = value ? `${value as string} ${own as string}` : own;
    else if (key === "style") merged[key] = { ...(value as object | undefined), ...own };
    else if (key === "ref") merged[key] = value ? mergeRefs(value as Ref<unknown>, own as Ref<unknown>) : own;
    else if (ID_LISTS.has(key)) merged[key] = joinIds(value, own);
    else if (key.startsWith("on") && typeof own === "function") {
      merged[key] =
        typeof value === "function"
          ? (event?: { defaultPrevented?: boolean }) => {
              (own as Handler)(event);
              if (!event?.defaultPrevented) (value as Handler)(event);
            }
          : own;
    }
  }
  return merged as Omit<U, keyof K> & K;
}
