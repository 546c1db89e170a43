import { useCallback, useMemo, useRef, useState, type ComponentProps } from "react";
import type { TagsApiError } from "../core/errors.js";
import type { ConversationTag } from "../core/tag.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { mergeProps } from "../internal/mergeProps.js";
import { splitProps } from "../internal/splitProps.js";
import { useShallowStable } from "../internal/useShallowStable.js";
import { useTags } from "../react/useTags.js";
import { defaultTagListMessages, type TagListMessages } from "./messages.js";
import type { TagListClassNames } from "./slots.js";
import { TagRow, type TagRowAction, type TagRowContext } from "./TagRow.js";

/** Options of {@link TagList}: the page size, row actions and customization. */
export interface TagListOptions {
  /** Tags fetched per page (1 to 100); "Load more" fetches the next page. Default 10. */
  pageSize?: number;
  /**
   * Each row's edit action. Default: an "Edit" button that turns the row into an `EditTagForm`;
   * a function renders your own (e.g. a link to an edit page); `null` removes it. Pass a stable
   * function (module level or `useCallback`), or every row re-renders with the list.
   */
  editAction?: TagRowAction | null;
  /** Each row's delete action. Default: a `DeleteTagButton`; a function replaces it; `null` removes it. */
  deleteAction?: TagRowAction | null;
  /** Text overrides on top of `defaultTagListMessages` (list, rows, delete confirmation). */
  messages?: Partial<TagListMessages>;
  /** A class per part; `className` goes on the root. Keep the object stable, as for the actions. */
  classNames?: TagListClassNames;
}

/**
 * Every key of {@link TagListOptions}, at run time: `TagList` keeps exactly these and puts the rest on
 * its root; a new option missing here fails to compile. Rows read them from the context as given.
 */
const tagListOptionKeys = {
  pageSize: true,
  editAction: true,
  deleteAction: true,
  messages: true,
  classNames: true,
} as const satisfies Record<keyof TagListOptions, true>;

/** Props of {@link TagList}: its options and any native `<div>` prop for the root. */
export interface TagListProps extends Omit<ComponentProps<"div">, "children">, TagListOptions {}

/** `tags` plus the held rows the cache no longer has, each in its place (newest first). */
function withHeldRows(tags: ConversationTag[], held: ReadonlyMap<string, ConversationTag>): ConversationTag[] {
  const missing = [...held.values()].filter((tag) => !tags.some((t) => t.tag_id === tag.tag_id));
  if (missing.length === 0) return tags;
  const rows = [...tags];
  for (const tag of missing) {
    const index = rows.findIndex((t) => t.created_at_unix_secs <= tag.created_at_unix_secs);
    rows.splice(index < 0 ? rows.length : index, 0, tag);
  }
  return rows;
}

// One object for "no classNames", so rows read a stable one.
const noClassNames: TagListClassNames = {};

/**
 * The workspace's tags, newest first, with "Load more" over cursor pages; loading, empty and
 * error-with-retry states; and per row an "Edit" (inline `EditTagForm`) and a `DeleteTagButton`.
 * Changes show at once: created tags appear on top, saved edits in place, deleted tags leave (and
 * come back, with an alert, if the API refuses). Rows are memoized: editing one row re-renders
 * that row only. Needs a `TagsApiProvider` above it.
 */
export function TagList(props: TagListProps) {
  const [given, rootProps] = splitProps(props, tagListOptionKeys);
  const options = useShallowStable(given);
  const { pageSize = 10, classNames = noClassNames } = options;
  const query = useTags({ page_size: pageSize });
  const messages = useMemo(() => mergeMessages(defaultTagListMessages, options.messages), [options.messages]);
  const rootRef = useRef<HTMLDivElement>(null);
  const [announcement, setAnnouncement] = useState("");
  const [failure, setFailure] = useState<{ tag: ConversationTag; error: TagsApiError } | null>(null);
  // Rows with an open editor stay while it is open, even when their tag leaves the cache.
  const [held, setHeld] = useState<ReadonlyMap<string, ConversationTag>>(new Map());

  const onDeleteError = useCallback((error: TagsApiError, tag: ConversationTag) => {
    setFailure({ tag, error });
  }, []);
  const context = useMemo<TagRowContext>(
    () => ({
      options,
      messages,
      classNames,
      onSaved: (tag) => {
        setAnnouncement(messages.updated(tag));
      },
      onEditing: (tag, editing) => {
        setHeld((current) => {
          const next = new Map(current);
          if (editing) next.set(tag.tag_id, tag);
          else next.delete(tag.tag_id);
          return next;
        });
      },
      onRemovedUnderFocus: (tag) => {
        setAnnouncement(messages.removed(tag));
      },
      onDeleted: (tag) => {
        setFailure((current) => (current?.tag.tag_id === tag.tag_id ? null : current));
        setAnnouncement(messages.deleted(tag));
      },
      onDeleteError,
      focusFallback: () => rootRef.current,
    }),
    [options, messages, classNames, onDeleteError],
  );

  // mergeProps composes the host's ref with the list's own; it reads neither during render.
  // eslint-disable-next-line react-hooks/refs
  const root = mergeProps(rootProps, { ref: rootRef, tabIndex: -1, "data-ctk": "", "data-slot": "tag-list" });
  if (query.isPending) {
    return (
      <div {...root} data-state="loading">
        <p role="status" data-slot="loading" className={classNames.loading}>
          {messages.loading}
        </p>
      </div>
    );
  }
  const retry = (
    <button type="button" data-slot="retry" className={classNames.retry} onClick={() => void query.refetch()}>
      {messages.retryLabel}
    </button>
  );
  if (query.isError && query.data === undefined) {
    return (
      <div {...root} data-state="error">
        <div role="alert" data-slot="alert" className={classNames.alert}>
          <p>{messages.loadFailed(messages.reason(query.error))}</p>
          {retry}
        </div>
      </div>
    );
  }

  const tags = withHeldRows(query.data.pages.flatMap((page) => page.conversation_tags), held);
  const loadingMore = query.isFetchingNextPage;
  return (
    <div {...root} data-state={tags.length === 0 ? "empty" : "ready"}>
      {failure && (
        <div role="alert" data-slot="alert" className={classNames.alert}>
          {messages.failed(failure.tag, failure.error)}
        </div>
      )}
      {tags.length === 0 ? (
        <p data-slot="empty" className={classNames.empty}>
          {messages.empty}
        </p>
      ) : (
        <ul data-slot="list" aria-label={messages.listLabel} className={classNames.list}>
          {tags.map((tag) => (
            <TagRow key={tag.tag_id} tag={tag} context={context} />
          ))}
        </ul>
      )}
      {query.isError ? (
        <div role="alert" data-slot="alert" className={classNames.alert}>
          <p>
            {(query.isFetchNextPageError ? messages.loadMoreFailed : messages.refreshFailed)(messages.reason(query.error))}
          </p>
          {query.isFetchNextPageError ? null : retry}
        </div>
      ) : null}
      {query.hasNextPage ? (
        <button
          type="button"
          data-slot="load-more"
          className={classNames.loadMore}
          aria-busy={loadingMore}
          onClick={() => {
            // Not `disabled` while loading: a disabled button would drop keyboard focus.
            if (!loadingMore) void query.fetchNextPage();
          }}
        >
          {loadingMore ? messages.loadingMoreLabel : messages.loadMoreLabel}
        </button>
      ) : null}
      <p role="status" data-slot="status" className={classNames.status}>
        {announcement}
      </p>
    </div>
  );
}
