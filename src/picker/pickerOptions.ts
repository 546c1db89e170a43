/** The combobox's option list for the typed text: matching tags (limited), then "Create tag" if offered. */
import type { ConversationTag, TagValidationCode } from "../core/tag.js";
import { createTagRequestSchema } from "../core/tag.js";
import { foldTitle, matchTitle } from "./matchTitle.js";
import type { IndexedTag } from "./useWorkspaceTags.js";

/** One option of the listbox. */
export type PickerOption =
  | { kind: "tag"; tag: ConversationTag }
  /** `title` is the trimmed text; `problem` says why it cannot be created (the option is then disabled). */
  | { kind: "create"; title: string; problem: TagValidationCode | null };

/** The options to render and how many more tags match than are rendered. */
export interface PickerOptions {
  options: PickerOption[];
  hiddenMatches: number;
}

/** Why `title` cannot be created under the form's rules, or `null` when it can. */
export function createProblem(title: string): TagValidationCode | null {
  const result = createTagRequestSchema.safeParse({ title });
  if (result.success) return null;
  const code = result.error.issues[0]?.message;
  return (code as TagValidationCode | undefined) ?? "title_malformed";
}

/**
 * Matches `text` against `tags` (case- and accent-insensitive), best matches first and otherwise
 * newest first, keeping at most `limit`. Given `problemOf` (the picker, once the list is complete,
 * passes {@link createProblem}) and no title equal to the trimmed text (ignoring case), the create
 * option comes last. Passed in, not imported here, so the filter ships no create rules.
 */
export function pickerOptions(
  tags: readonly IndexedTag[],
  text: string,
  limit: number,
  problemOf: ((title: string) => TagValidationCode | null) | undefined,
): PickerOptions {
  const query = foldTitle(text.trim());
  const ranked: IndexedTag[][] = [[], [], []];
  let total = 0;
  for (const entry of tags) {
    const rank = matchTitle(entry.folded, query);
    if (rank < 0) continue;
    total++;
    // Once the best rank alone fills the limit, later entries cannot be shown: count them only.
    if ((ranked[0]?.length ?? 0) < limit) ranked[rank]?.push(entry);
  }
  const shown = ranked.flat().slice(0, limit);
  const options: PickerOption[] = shown.map(({ tag }) => ({ kind: "tag", tag }));
  const title = text.trim();
  if (problemOf && title !== "") {
    const lower = title.toLowerCase();
    const exists = tags.some(({ tag }) => tag.title.trim().toLowerCase() === lower);
    if (!exists) options.push({ kind: "create", title, problem: problemOf(text) });
  }
  return { options, hiddenMatches: total - shown.length };
}
