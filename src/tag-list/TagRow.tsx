import { memo, useEffect, useLayoutEffect, useRef, useState, type ReactNode } from "react";
import type { TagsApiError } from "../core/errors.js";
import type { ConversationTag } from "../core/tag.js";
import { DeleteTagButton } from "../dialogs/DeleteTagButton.js";
import { EditTagForm } from "../form/EditTagForm.js";
import type { TagListMessages } from "./messages.js";
import type { TagListClassNames } from "./slots.js";
import type { TagListOptions } from "./TagList.js";

/** Renders one action of a row (e.g. your own menu item), given the row's tag. */
export type TagRowAction = (tag: ConversationTag) => ReactNode;

/** What a row needs besides its tag. Every field is stable across list renders, so rows memoize. */
export interface TagRowContext {
  /** The list's options as given (`editAction` `undefined`: the built-in one; `null`: none). */
  options: TagListOptions;
  messages: TagListMessages;
  classNames: TagListClassNames;
  onSaved: (tag: ConversationTag) => void;
  /**
   * A row's editor opened (`true`) or closed: while open the list keeps the row, even when the tag
   * leaves the cache (deleted elsewhere), so what the person typed and the form's message stay.
   */
  onEditing: (tag: ConversationTag, editing: boolean) => void;
  /** A row with focus inside left the list without the person deleting it; focus already moved on. */
  onRemovedUnderFocus: (tag: ConversationTag) => void;
  onDeleted: (tag: ConversationTag) => void;
  onDeleteError: (error: TagsApiError, tag: ConversationTag) => void;
  /** Where focus goes when a row with focus inside is about to leave and has no neighbour. */
  focusFallback: () => HTMLElement | null;
}

/** The first button of the next row, else of the previous row, else the fallback. */
function neighbourOf(row: HTMLElement | null, fallback: () => HTMLElement | null): HTMLElement | null {
  for (const sibling of [row?.nextElementSibling, row?.previousElementSibling]) {
    const target = sibling?.querySelector<HTMLElement>("button");
    if (target) return target;
  }
  return fallback();
}

/** One row of `TagList`: the tag, or its editor, plus its actions. Re-renders only when its tag changes. */
export const TagRow = /* @__PURE__ */ memo(function TagRow({ tag, context }: { tag: ConversationTag; context: TagRowContext }) {
  const { messages, classNames } = context;
  const { editAction, deleteAction } = context.options;
  const [editing, setEditing] = useState(false);
  const rowRef = useRef<HTMLLIElement>(null);
  const editRef = useRef<HTMLButtonElement>(null);
  // Set when the person leaves the editor from inside it; a save answered after they moved on
  // elsewhere does not pull focus back.
  const refocusEdit = useRef(false);
  const latest = useRef({ tag, context });

  useEffect(() => {
    latest.current = { tag, context };
  });

  useEffect(() => {
    if (!editing && refocusEdit.current) editRef.current?.focus();
    refocusEdit.current = false;
  }, [editing]);

  useLayoutEffect(() => {
    const row = rowRef.current;
    // Runs before the row leaves the DOM: if focus is in it, it goes to a neighbour, not <body>.
    return () => {
      if (!row?.contains(document.activeElement)) return;
      neighbourOf(row, latest.current.context.focusFallback)?.focus();
      latest.current.context.onRemovedUnderFocus(latest.current.tag);
    };
  }, []);

  function stopEditing() {
    refocusEdit.current = rowRef.current?.contains(document.activeElement) ?? false;
    setEditing(false);
    context.onEditing(tag, false);
  }

  if (editing) {
    return (
      <li ref={rowRef} data-slot="row" data-state="editing" className={classNames.row}>
        <EditTagForm
          tag={tag}
          aria-label={messages.editAccessibleLabel(tag)}
          autoFocus
          onCancel={stopEditing}
          onSuccess={(saved) => {
            stopEditing();
            context.onSaved(saved);
          }}
        />
      </li>
    );
  }

  const edit =
    editAction === undefined ? (
      <button
        ref={editRef}
        type="button"
        data-slot="edit"
        className={classNames.edit}
        aria-label={messages.editAccessibleLabel(tag)}
        onClick={() => {
          setEditing(true);
          context.onEditing(tag, true);
        }}
      >
        {messages.editLabel}
      </button>
    ) : (
      editAction?.(tag)
    );
  const remove =
    deleteAction === undefined ? (
      <DeleteTagButton
        tag={tag}
        messages={messages}
        className={classNames.delete}
        onDeleted={context.onDeleted}
        onError={context.onDeleteError}
        focusAfterConfirm={() => neighbourOf(rowRef.current, context.focusFallback)}
      />
    ) : (
      deleteAction?.(tag)
    );

  return (
    <li ref={rowRef} data-slot="row" className={classNames.row}>
      <div data-slot="row-main">
        <span data-slot="row-title" className={classNames.rowTitle}>
          {tag.title}
        </span>
        {tag.description ? (
          <p data-slot="row-description" className={classNames.rowDescription}>
            {tag.description}
          </p>
        ) : null}
        <time
          data-slot="row-date"
          className={classNames.rowDate}
          dateTime={new Date(tag.created_at_unix_secs * 1000).toISOString()}
        >
          {messages.rowDate(tag)}
        </time>
      </div>
      {edit || remove ? (
        <div data-slot="row-actions" className={classNames.rowActions}>
          {edit}
          {remove}
        </div>
      ) : null}
    </li>
  );
});
