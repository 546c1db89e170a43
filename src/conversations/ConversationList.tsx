import { useEffect, useId, useMemo, useRef, useState, type ComponentProps } from "react";
import { mergeProps } from "../internal/mergeProps.js";
import { splitProps } from "../internal/splitProps.js";
import { useShallowStable } from "../internal/useShallowStable.js";
import type { ConversationTagPickerMessages } from "../picker/pickerMessages.js";
import { ConversationRow, type ConversationRowContext } from "./ConversationRow.js";
import type { ConversationListClassNames } from "./slots.js";
import { useConversationList, type UseConversationListOptions } from "./useConversationList.js";

/** Options of {@link ConversationList}: the hook's, plus customization. */
export interface ConversationListOptions extends UseConversationListOptions {
  /** A class per part; `className` goes on the root. Keep the object stable: rows compare it. */
  classNames?: ConversationListClassNames;
  /** Text overrides for the rows' tag pickers. Keep the object stable. */
  pickerMessages?: Partial<ConversationTagPickerMessages>;
}

/**
 * Every key of {@link ConversationListOptions}, at run time: the component keeps exactly these and
 * puts the rest on its root; a new option missing here fails to compile.
 */
const optionKeys = {
  filters: true,
  locale: true,
  timeZone: true,
  messages: true,
  classNames: true,
  pickerMessages: true,
} as const satisfies Record<keyof ConversationListOptions, true>;

/** Props of {@link ConversationList}: its options and any native `<div>` prop for the root. */
export interface ConversationListProps extends Omit<ComponentProps<"div">, "children">, ConversationListOptions {}

// One object for "no classNames", so rows read a stable one.
const noClassNames: ConversationListClassNames = {};

/**
 * The conversations that match `filters` (e.g. `{ tag_ids: [refund, vip] }`), newest first: title,
 * start time, duration, status and success in words, tag chips, and per row an "Edit tags" toggle
 * with an inline `ConversationTagPicker`. A row whose filter tag was removed stays, marked "No longer
 * tagged …", until the list is fetched again or the person presses Refresh. "Load more" follows the
 * cursor and announces how many arrived. Rows are memoized: tagging one row re-renders that row only.
 * Needs a `TagsApiProvider` above it; for your own markup, use `useConversationList`.
 */
export function ConversationList(props: ConversationListProps) {
  const [given, rootProps] = splitProps(props, optionKeys);
  const options = useShallowStable(given);
  const { classNames = noClassNames } = options;
  const list = useConversationList(options);
  const { messages } = list;
  const descriptionId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const loadMoreRef = useRef<HTMLButtonElement>(null);
  const [announcement, setAnnouncement] = useState("");
  // Where "Load more" started (the first new row's index) while its page is on the way.
  const loadingFrom = useRef<number | null>(null);
  // The person pressed Refresh: if its button leaves with the marked rows, focus goes to the root.
  const refreshing = useRef(false);

  const context = useMemo<ConversationRowContext>(
    () => ({ messages, classNames, pickerMessages: options.pickerMessages, focusFallback: () => rootRef.current }),
    [messages, classNames, options.pickerMessages],
  );

  const rowCount = list.rows.length;
  useEffect(() => {
    const from = loadingFrom.current;
    if (from === null || list.isLoadingMore) return;
    loadingFrom.current = null;
    if (rowCount <= from) return;
    setAnnouncement(messages.loadedMore(rowCount - from));
    // Only when focus is still where the person left it: on the button, or lost with it.
    const active = document.activeElement;
    if (active === loadMoreRef.current || active === null || active === document.body) {
      listRef.current?.children[from]?.querySelector<HTMLElement>('[data-slot="edit-tags"]')?.focus();
    }
  }, [rowCount, list.isLoadingMore, messages]);

  const marked = list.noLongerTaggedCount > 0;
  useEffect(() => {
    if (marked || !refreshing.current) return;
    refreshing.current = false;
    const active = document.activeElement;
    if (active === null || active === document.body) rootRef.current?.focus();
  }, [marked]);

  // mergeProps composes the host's ref with the list's own; it reads neither during render.
  // eslint-disable-next-line react-hooks/refs
  const root = mergeProps(rootProps, { ref: rootRef, tabIndex: -1, "data-ctk": "", "data-slot": "conversation-list" });
  const description = list.filterDescription ? (
    <p id={descriptionId} data-slot="filter-description" className={classNames.filterDescription}>
      {list.filterDescription}
    </p>
  ) : null;
  const retry = (
    <button type="button" data-slot="retry" className={classNames.retry} onClick={list.retry}>
      {messages.retryLabel}
    </button>
  );

  if (list.state === "loading" || list.state === "error") {
    return (
      <div {...root} data-state={list.state} aria-busy={list.state === "loading" || undefined}>
        {description}
        {list.state === "loading" ? (
          <p role="status" data-slot="loading" className={classNames.loading}>
            {messages.loading}
          </p>
        ) : (
          <div role="alert" data-slot="alert" className={classNames.alert}>
            <p>{list.error ? messages.loadFailed(messages.reason(list.error)) : null}</p>
            {retry}
          </div>
        )}
      </div>
    );
  }

  return (
    <div {...root} data-state={list.state} aria-busy={list.isRefreshing || undefined}>
      {description}
      {marked ? (
        <div data-slot="stale-notice" className={classNames.staleNotice}>
          <p>{messages.staleNotice(list.noLongerTaggedCount)}</p>
          <button
            type="button"
            data-slot="refresh"
            className={classNames.refresh}
            aria-busy={list.isRefreshing}
            onClick={() => {
              refreshing.current = true;
              list.refresh();
            }}
          >
            {messages.refreshLabel}
          </button>
        </div>
      ) : null}
      {list.state === "empty" ? (
        <p data-slot="empty" className={classNames.empty}>
          {messages.empty(list.filterTagTitles)}
        </p>
      ) : (
        <ul
          ref={listRef}
          data-slot="list"
          aria-label={messages.listLabel}
          aria-describedby={description ? descriptionId : undefined}
          className={classNames.list}
        >
          {list.rows.map((row) => (
            <ConversationRow key={row.id} row={row} context={context} />
          ))}
        </ul>
      )}
      {list.error ? (
        <div role="alert" data-slot="alert" className={classNames.alert}>
          <p>{(list.isLoadMoreError ? messages.loadMoreFailed : messages.refreshFailed)(messages.reason(list.error))}</p>
          {retry}
        </div>
      ) : null}
      {list.hasMore ? (
        <button
          ref={loadMoreRef}
          type="button"
          data-slot="load-more"
          className={classNames.loadMore}
          aria-busy={list.isLoadingMore}
          onClick={() => {
            // Not `disabled` while loading: a disabled button would drop keyboard focus.
            if (list.isLoadingMore) return;
            loadingFrom.current = rowCount;
            list.loadMore();
          }}
        >
          {list.isLoadingMore ? messages.loadingMoreLabel : messages.loadMoreLabel}
        </button>
      ) : null}
      <p role="status" data-slot="status" className={classNames.status}>
        {announcement}
      </p>
    </div>
  );
}
