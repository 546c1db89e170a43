type Props = Record<string, unknown>;
type Handler = (event?: { defaultPrevented?: boolean }) => unknown;

/**
 * Merges the native props a user passed for one element (`titleInputProps`, `submitProps`...) with the
 * props the kit sets on it: `className` joined, the kit's (slot) class first and the user's last, as
 * shadcn/ui's `cn`; `style` merged (the user's keys win); event handlers chained, the user's first,
 * then the kit's unless the user's called `preventDefault()` (as Radix's `composeEventHandlers`).
 * Every other prop the kit sets (ids, ARIA wiring, `type`, `data-slot`) wins: the form's behaviour
 * depends on it.
 */
export function mergeProps<U extends object, K extends object>(user: U | undefined, kit: K): Omit<U, keyof K> & K {
  const mine = (user ?? {}) as Props;
  const merged: Props = { ...mine, ...kit };
  for (const [key, value] of Object.entries(kit)) {
    const own = mine[key];
    if (own === undefined) continue;
    if (key === "className") merged[key] = value ? `${value as string} ${own as string}` : own;
    else if (key === "style") merged[key] = { ...(value as object | undefined), ...(own as object) };
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
