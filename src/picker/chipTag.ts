import type { ConversationTag } from "../core/tag.js";
import type { PickerChip } from "./pickerTypes.js";
import type { WorkspaceTags } from "../react/useWorkspaceTags.js";

/**
 * What a chip knows of a tag id: the tag (loaded, or `created` by the picker), or why not. An id
 * missing from a fully loaded workspace was deleted (the picker keeps it a removable chip; the filter
 * drops it).
 */
export function chipTag(
  tagId: string,
  workspace: WorkspaceTags,
  created?: ReadonlyMap<string, ConversationTag>,
): PickerChip["tag"] {
  const known = workspace.byId.get(tagId) ?? created?.get(tagId);
  if (known) return known;
  if (workspace.complete) return "deleted";
  return workspace.error && !workspace.loading ? "unavailable" : "loading";
}
