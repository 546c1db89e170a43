import { memo, useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from "react";
import { ConversationTagPicker } from "../picker/ConversationTagPicker.js";
import type { ConversationTagPickerMessages } from "../picker/pickerMessages.js";
import type { ConversationListRow } from "./conversationListRow.js";
import type { ConversationListMessages } from "./messages.js";
import type { ConversationListClassNames } from "./slots.js";

/** What a row needs besides its data. Every field is stable across list renders, so rows memoize. */
export interface ConversationRowContext {
  messages: ConversationListMessages;
  classNames: ConversationListClassNames;
  /** Text overrides for the row's tag picker. */
  pickerMessages: Partial<ConversationTagPickerMessages> | undefined;
  /** Where focus goes when a row with focus inside leaves and has no neighbour. */
  focusFallback: () => HTMLElement | null;
}

/** The "Edit tags" toggle of the next row, else of the previous row, else the fallback. */
function neighbourOf(row: HTMLElement | null, fallback: () => HTMLElement | null): HTMLElement | null {
  for (const sibling of [row?.nextElementSibling, row?.previousElementSibling]) {
    const target = sibling?.querySelector<HTMLElement>('[data-slot="edit-tags"]');
    if (target) return target;
  }
  return fallback();
}

const noIds: readonly string[] = [];

/**
 * One conversation of `ConversationList`: its title, start, duration, status, success and tags, and
 * an "Edit tags" toggle that mounts a tag picker for this row only. Re-renders only when its row
 * object (summary, tag titles, "no longer tagged") or its own open state changes.
 */
export const ConversationRow = /* @__PURE__ */ memo(function ConversationRow({
  row,
  context,
}: {
  row: ConversationListRow;
  context: ConversationRowContext;
}) {
  const { messages, classNames } = context;
  const [editing, setEditing] = useState(false);
  const editorId = useId();
  const rowRef = useRef<HTMLLIElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  // Set only by the person's own click or key: focus follows them, never a re-render.
  const focusNext = useRef<"input" | "toggle" | null>(null);

  useEffect(() => {
    const target = focusNext.current === "input" ? inputRef.current : focusNext.current === "toggle" ? toggleRef.current : null;
    focusNext.current = null;
    target?.focus();
  }, [editing]);

  const fallback = useRef(context.focusFallback);
  useEffect(() => {
    fallback.current = context.focusFallback;
  });

  useLayoutEffect(() => {
    const element = rowRef.current;
    // Runs before the row leaves the DOM (a refetch dropped it): focus in it goes to a neighbour, not <body>.
    return () => {
      if (element?.contains(document.activeElement)) neighbourOf(element, fallback.current)?.focus();
    };
  }, []);

  function close() {
    focusNext.current = "toggle";
    setEditing(false);
  }

  // Bubbles up from the picker: its own Escape (closing the popup, clearing the text) comes first
  // and prevents the default, so only an Escape it left alone closes the editor.
  function onEditorKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || event.defaultPrevented || event.nativeEvent.isComposing) return;
    event.preventDefault();
    close();
  }

  const lost = row.noLongerTagged;
  return (
    <li
      ref={rowRef}
      data-slot="row"
      data-editing={editing || undefined}
      data-no-longer-tagged={lost.length > 0 || undefined}
      className={classNames.row}
    >
      <div data-slot="row-main" className={classNames.rowMain}>
        <span data-slot="row-title" className={classNames.rowTitle}>
          {row.title}
        </span>
        <p data-slot="row-meta" className={classNames.rowMeta}>
          <time data-slot="row-time" className={classNames.rowTime} dateTime={row.startTime}>
            {row.startTimeText}
          </time>
          <span data-slot="row-duration" className={classNames.rowDuration}>
            {row.durationText}
          </span>
          <span data-slot="row-status" data-state={row.status} className={classNames.rowStatus}>
            {row.statusText}
          </span>
          <span data-slot="row-success" data-state={row.success} className={classNames.rowSuccess}>
            {row.successText}
          </span>
        </p>
        {/* While the picker is open its chips (with their remove buttons) are the row's chips. */}
        {!editing && row.tags.length > 0 ? (
          <ul data-slot="row-tags" aria-label={messages.rowTagsLabel} className={classNames.rowTags}>
            {row.tags.map((tag) => (
              <li key={tag.tagId} data-slot="row-tag" className={classNames.rowTag}>
                {tag.title}
              </li>
            ))}
          </ul>
        ) : null}
        {lost.length > 0 ? (
          <p data-slot="row-no-longer-tagged" className={classNames.rowNoLongerTagged}>
            {messages.noLongerTagged(lost.map((tag) => tag.title))}
          </p>
        ) : null}
      </div>
      <div data-slot="row-actions" className={classNames.rowActions}>
        <button
          ref={toggleRef}
          type="button"
          data-slot="edit-tags"
          className={classNames.editTags}
          aria-label={messages.editTagsAccessibleLabel(row.title)}
          aria-expanded={editing}
          aria-controls={editorId}
          onClick={() => {
            if (editing) {
              setEditing(false);
              return;
            }
            focusNext.current = "input";
            setEditing(true);
          }}
        >
          {messages.editTagsLabel}
        </button>
      </div>
      {editing ? (
        <div id={editorId} data-slot="row-editor" className={classNames.editor} onKeyDown={onEditorKeyDown}>
          {/* Uncontrolled, from the row's tags when opened: a pick queued behind a running call shows
              at once (the cache learns of it only when its call starts), and the picker's own ledger
              takes back what the API refuses. */}
          <ConversationTagPicker
            conversationId={row.id}
            defaultTagIds={row.summary.tag_ids ?? noIds}
            messages={context.pickerMessages}
            className={classNames.picker}
            inputProps={{ ref: inputRef }}
          />
          <button type="button" data-slot="done" className={classNames.done} onClick={close}>
            {messages.doneLabel}
          </button>
        </div>
      ) : null}
    </li>
  );
});
