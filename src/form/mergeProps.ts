import type { CSSProperties } from "react";

type Props = Record<string, unknown>;

/** Joins class names, skipping empty ones: the kit's (slot) class first, then the user's, as shadcn/ui's `cn`. */
export function joinClassNames(...names: unknown[]): string | undefined {
  const joined = names.filter((name): name is string => typeof name === "string" && name !== "").join(" ");
  return joined === "" ? undefined : joined;
}

function isHandlerKey(key: string): boolean {
  return /^on[A-Z]/.test(key);
}

function isPrevented(value: unknown): boolean {
  return typeof value === "object" && value !== null && (value as { defaultPrevented?: unknown }).defaultPrevented === true;
}

/**
 * The user's handler first, then the kit's, unless the user's called `preventDefault()` (the escape
 * hatch Radix's `composeEventHandlers` also gives).
 */
function chain(user: (...args: unknown[]) => unknown, kit: (...args: unknown[]) => unknown) {
  return (...args: unknown[]) => {
    user(...args);
    if (!isPrevented(args[0])) kit(...args);
  };
}

/**
 * Merges the native props a user passed for one element (`titleInputProps`, `submitProps`...) with the
 * props the kit sets on it: `className` joined (both land), `style` merged (the user's keys win),
 * event handlers chained (the user's first, then the kit's). Every other prop the kit sets (ids,
 * ARIA wiring, `type`, `data-slot`) wins, because the form's behaviour depends on it.
 */
export function mergeProps<U extends object, K extends object>(user: U | undefined, kit: K): Omit<U, keyof K> & K {
  const mine = (user ?? {}) as Props;
  const theirs = kit as Props;
  const merged: Props = { ...mine, ...theirs };
  for (const [key, value] of Object.entries(theirs)) {
    const own = mine[key];
    if (own === undefined) continue;
    if (key === "className") merged[key] = joinClassNames(value, own);
    else if (key === "style") merged[key] = { ...(value as CSSProperties | undefined), ...(own as CSSProperties) };
    else if (isHandlerKey(key) && typeof own === "function" && typeof value === "function") {
      merged[key] = chain(own as (...args: unknown[]) => unknown, value as (...args: unknown[]) => unknown);
    } else if (isHandlerKey(key) && value === undefined) merged[key] = own;
  }
  return merged as Omit<U, keyof K> & K;
}
