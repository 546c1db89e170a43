/**
 * The workspace's tags made ready for matching: each title folded once per page (when the page
 * arrives or a write changes it), never per keystroke, and shared by every picker on the page.
 */
import type { ConversationTag, ListTagsPage } from "../core/tag.js";
import { foldTitle } from "./matchTitle.js";

/** A tag with its title folded for matching and its trimmed lower-case title for the duplicate check. */
export interface IndexedTag {
  tag: ConversationTag;
  folded: string;
  lower: string;
}

// By page object: a write or a refresh replaces only the pages it changes, so the rest keep theirs.
const byPage = new WeakMap<ListTagsPage, readonly IndexedTag[]>();
// By the pages array: every picker reading the same cached pages gets the same array.
const byPages = new WeakMap<readonly ListTagsPage[], readonly IndexedTag[]>();

function indexPage(page: ListTagsPage): readonly IndexedTag[] {
  let indexed = byPage.get(page);
  if (!indexed) {
    indexed = page.conversation_tags.map((tag) => ({ tag, folded: foldTitle(tag.title), lower: tag.title.trim().toLowerCase() }));
    byPage.set(page, indexed);
  }
  return indexed;
}

/** Every tag of `pages`, newest first, indexed for matching. */
export function indexTags(pages: readonly ListTagsPage[]): readonly IndexedTag[] {
  let indexed = byPages.get(pages);
  if (!indexed) {
    indexed = pages.flatMap(indexPage);
    byPages.set(pages, indexed);
  }
  return indexed;
}
