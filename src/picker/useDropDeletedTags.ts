import { useIsMutating } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import type { WorkspaceTags } from "../react/useWorkspaceTags.js";

/**
 * Takes the ids of deleted tags out of a filter's `value`: once the workspace's tags are all loaded,
 * ids not among them go, in one `onChange` call. It waits while any write is in flight, because a
 * delete shows at once and is put back if the API refuses it: a filter that dropped the tag then
 * would have changed for nothing. Each `value` is reported once, even if the host keeps it.
 */
export function useDropDeletedTags(
  value: readonly string[],
  workspace: WorkspaceTags,
  onChange: (tagIds: string[]) => void,
): void {
  const writing = useIsMutating() > 0;
  const { complete, byId } = workspace;
  const reported = useRef<readonly string[] | null>(null);
  useEffect(() => {
    if (!complete || writing) return;
    const kept = value.filter((tagId) => byId.has(tagId));
    if (kept.length === value.length || sameIds(reported.current, value)) return;
    reported.current = value;
    onChange(kept);
  }, [complete, writing, byId, value, onChange]);
}

function sameIds(a: readonly string[] | null, b: readonly string[]): boolean {
  return a !== null && a.length === b.length && a.every((id, index) => id === b[index]);
}
