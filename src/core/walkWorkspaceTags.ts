/**
 * The walk over every page of the workspace's tags (the list route has no search, so offering every
 * tag means reading them all), and how each page it reads joins what the cache already holds.
 */
import type { TagsClient } from "./client.js";
import type { ConversationTag, ListTagsPage } from "./tag.js";

/** The API's largest page: the fewest round trips to walk a workspace's tags. */
export const WORKSPACE_TAGS_PAGE_SIZE = 100;

/**
 * What the workspace's tags query holds: every page walked so far, newest first, in the shape of a tag
 * list's infinite query data (so the kit's writes patch it as they patch every list). The walk is
 * complete when the last page has `has_more: false`.
 */
export interface WorkspaceTagsData {
  pages: ListTagsPage[];
  /** The cursor each page was read with (`null` for the first). */
  pageParams: (string | null)[];
}

/** Where the walk reads the cache and shows its progress: the parts of a QueryClient it uses. */
export interface WorkspaceWalkCache {
  /** The query's data now, patched by any write that landed since the last page. */
  read: () => WorkspaceTagsData | undefined;
  /** Shows the pages walked so far while the walk goes on. */
  publish?: (data: WorkspaceTagsData) => void;
}

/** `true` once the walk reached the last page. */
export function isWorkspaceWalkComplete(data: WorkspaceTagsData | undefined): boolean {
  return data?.pages.at(-1)?.has_more === false;
}

// The cursor after `page`, or `null` at the end. A page that says "more" without a cursor ends the
// walk, as react-query's getNextPageParam does for the tag list.
function cursorAfter(page: ListTagsPage): string | null {
  return page.has_more && page.next_cursor ? page.next_cursor : null;
}

const idsOf = (pages: readonly ListTagsPage[]) => pages.flatMap((page) => page.conversation_tags.map((tag) => tag.tag_id));

/**
 * `current` with `page` (read with `cursor`) as its page `index`. Pages before it were walked (and
 * perhaps patched by writes since): they stay. Pages after it are a previous walk's, not reached yet:
 * they stay too, so a refresh never blanks the list, less the tags the walk has now passed (they are
 * in the new pages, or were deleted: a tag newer than the last one read would have been on them).
 * Once the last page is read, nothing of the previous walk is left.
 */
export function mergeWalkedPage(
  current: WorkspaceTagsData | undefined,
  index: number,
  cursor: string | null,
  page: ListTagsPage,
): WorkspaceTagsData {
  const walked = current?.pages.slice(0, index) ?? [];
  const seen = new Set(idsOf(walked));
  // A cursor that repeats a row (a tag created between two reads, on an offset-based API) shows it once.
  const rows = page.conversation_tags.filter((tag) => !seen.has(tag.tag_id));
  for (const tag of rows) seen.add(tag.tag_id);
  const next = cursorAfter(page);
  const fresh: ListTagsPage = { ...page, conversation_tags: rows, next_cursor: next, has_more: next !== null };
  const pages = [...walked, fresh];
  const pageParams = [...(current?.pageParams.slice(0, index) ?? []), cursor];
  if (next === null || !current) return { pages, pageParams };

  const boundary = page.conversation_tags.at(-1)?.created_at_unix_secs ?? Number.POSITIVE_INFINITY;
  const ahead = (tag: ConversationTag) => !seen.has(tag.tag_id) && tag.created_at_unix_secs <= boundary;
  const rest = current.pages.slice(index);
  for (const [offset, old] of rest.entries()) {
    const kept = old.conversation_tags.filter(ahead);
    // The previous walk's last page says whether it was complete: it stays, even empty.
    if (kept.length === 0 && offset < rest.length - 1) continue;
    pages.push(kept.length === old.conversation_tags.length ? old : { ...old, conversation_tags: kept });
    pageParams.push(current.pageParams[index + offset] ?? null);
  }
  return { pages, pageParams };
}

/**
 * Reads every page of the workspace's tags, 100 a page, one after another, and resolves with all of
 * them. Each page joins the cache as it arrives (`cache.publish`), so what is loaded shows at once.
 * A walk that was stopped before its end (cancelled, or failed) resumes where it stopped, unless
 * `restart` (a refresh): then it starts from the newest page, and the cached pages stay until passed.
 * With `headOnly` too, a complete walk reads the newest page alone, which brings every tag created
 * since (they are newest) and keeps the older pages as they are; an incomplete one walks on as a restart.
 */
export async function walkWorkspaceTags(
  client: TagsClient,
  cache: WorkspaceWalkCache,
  { signal, restart, headOnly = false }: { signal?: AbortSignal; restart: boolean; headOnly?: boolean },
): Promise<WorkspaceTagsData> {
  const start = cache.read();
  if (headOnly && isWorkspaceWalkComplete(start)) {
    const page = await client.listTags({ page_size: WORKSPACE_TAGS_PAGE_SIZE, cursor: null }, { signal });
    signal?.throwIfAborted();
    return mergeWalkedPage(cache.read(), 0, null, page);
  }
  const resume = !restart && start !== undefined && start.pages.length > 0 && !isWorkspaceWalkComplete(start);
  let index = resume ? start.pages.length : 0;
  let cursor = resume ? (start.pages.at(-1)?.next_cursor ?? null) : null;
  for (;;) {
    const page = await client.listTags({ page_size: WORKSPACE_TAGS_PAGE_SIZE, cursor }, { signal });
    // A page that arrives as the walk is cancelled must not land after the write that cancelled it.
    signal?.throwIfAborted();
    const data = mergeWalkedPage(cache.read(), index, cursor, page);
    const next = cursorAfter(page);
    if (next === null) return data;
    cache.publish?.(data);
    index += 1;
    cursor = next;
  }
}
