import { useCallback, useEffect, useRef } from "react";

/**
 * Keeps the active option visible in the popup. Focus stays in the input (`aria-activedescendant`),
 * so the browser does not scroll the popup by itself. Returns the ref callback for the popup.
 */
export function useActiveOptionInView(activeId: string | null): (element: HTMLElement | null) => void {
  const popup = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (activeId === null) return;
    const option = popup.current?.querySelector(`[id="${CSS.escape(activeId)}"]`);
    // jsdom has no scrollIntoView.
    (option as Partial<Element> | null | undefined)?.scrollIntoView?.({ block: "nearest" });
  }, [activeId]);
  return useCallback((element: HTMLElement | null) => {
    popup.current = element;
  }, []);
}
