import type { ConversationTag } from "../core/tag.js";
import type { PickerChip } from "./pickerTypes.js";
import type { WorkspaceTags } from "./useWorkspaceTags.js";

/**
 * What a chip knows of an assigned tag id: the tag (loaded, or created here), or why not. An id
 * missing from a fully loaded workspace was deleted elsewhere; it stays a removable chip.
 */
export function chipTag(
  tagId: string,
  workspace: WorkspaceTags,
  created: ReadonlyMap<string, ConversationTag>,
): PickerChip["tag"] {
  const known = workspace.byId.get(tagId) ?? created.get(tagId);
  if (known) return known;
  if (workspace.complete) return "deleted";
  return workspace.error && !workspace.loading ? "unavailable" : "loading";
}
