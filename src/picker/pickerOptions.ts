/** The combobox's option list for the typed text: matching tags (limited), then "Create tag" if offered. */
import type { ConversationTag, TagValidationCode } from "../core/tag.js";
import { createTagRequestSchema } from "../core/tag.js";
import { foldTitle, matchTitle } from "./matchTitle.js";
import type { IndexedTag } from "./indexTags.js";

/**
 * Why the create option is disabled: a rule of the form, or `"tags_loading"` while the workspace's
 * tags are still being walked (a tag with that title may be on a page not loaded yet).
 */
export type CreateOptionProblem = TagValidationCode | "tags_loading";

/** One option of the listbox. */
export type PickerOption =
  | { kind: "tag"; tag: ConversationTag }
  /** `title` is the trimmed text; `problem` says why it cannot be created (the option is then disabled). */
  | { kind: "create"; title: string; problem: CreateOptionProblem | null };

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
 * newest first, keeping at most `limit`. Given `problemOf` (the picker passes {@link createProblem},
 * and while tags load a version that also says `"tags_loading"`) and no title equal to the trimmed
 * text (ignoring case), the create option comes last. Passed in, not imported here, so the filter
 * ships no create rules.
 */
export function pickerOptions(
  tags: readonly IndexedTag[],
  text: string,
  limit: number,
  problemOf: ((title: string) => CreateOptionProblem | null) | undefined,
): PickerOptions {
  // Blank text matches every tag, newest first, and offers no create: no need to look at them all.
  if (text.trim() === "") {
    const shown = tags.slice(0, limit);
    return { options: shown.map(({ tag }) => ({ kind: "tag", tag })), hiddenMatches: tags.length - shown.length };
  }
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
    const exists = tags.some((entry) => entry.lower === lower);
    if (!exists) options.push({ kind: "create", title, problem: problemOf(text) });
  }
  return { options, hiddenMatches: total - shown.length };
}
