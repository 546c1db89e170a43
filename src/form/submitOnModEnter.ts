import type { KeyboardEvent } from "react";

/** Ctrl/Cmd+Enter submits the surrounding form, as in most multi-line inputs that post. */
export function submitOnModEnter(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
  event.preventDefault();
  event.currentTarget.closest("form")?.requestSubmit();
}
