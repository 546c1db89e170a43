import { useState } from "react";

/** What the status says about loading; see {@link useLoadingNote}. */
export interface LoadingNote {
  /**
   * `null`: nothing to say (the popup is closed, the tags are all in, or the person has acted since);
   * `0`: the tags are loading and none has arrived; else how many were loaded when it was said.
   */
  note: number | null;
  /** The person did something the status announces instead. */
  dismiss: () => void;
}

/**
 * What the polite status says while the popup is open over a walk that has not ended: "Loading
 * tags…", then once the first tags are in, how many ("2,300 tags loaded, still loading…"), said once
 * and kept, never once per page (each change of a live region is spoken again). Closing the popup or
 * the walk's end ends it; opening again says it again.
 */
export function useLoadingNote(loadingWhileOpen: boolean, loadedCount: number): LoadingNote {
  const [said, setSaid] = useState<number | "dismissed" | null>(null);
  let next = said;
  if (!loadingWhileOpen) next = null;
  else if (next === null || (next === 0 && loadedCount > 0)) next = loadedCount;
  if (next !== said) setSaid(next);
  return {
    note: typeof next === "number" ? next : null,
    dismiss: () => {
      setSaid((current) => (current === null ? null : "dismissed"));
    },
  };
}
