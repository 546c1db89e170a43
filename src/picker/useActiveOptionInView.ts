import { useCallback, useEffect, useRef } from "react";

/**
 * Keeps the active option visible in the popup. Focus stays in the input (`aria-activedescendant`),
 * so the browser does not scroll the popup by itself. Returns the ref callback for the popup.
 */
export function useActiveOptionInView(activeId: string | null): (element: HTMLElement | null) => void {
  const popup = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const element = popup.current;
    if (activeId === null || element === null) return;
    // By id, not by selector: jsdom has no `CSS.escape` (only @testing-library/jest-dom's polyfill adds
    // it), and a host's tests without it must not crash (test/hosts/).
    const option = element.ownerDocument.getElementById(activeId);
    if (option === null || !element.contains(option)) return;
    // jsdom has no scrollIntoView.
    (option as Partial<Element>).scrollIntoView?.({ block: "nearest" });
  }, [activeId]);
  return useCallback((element: HTMLElement | null) => {
    popup.current = element;
  }, []);
}
