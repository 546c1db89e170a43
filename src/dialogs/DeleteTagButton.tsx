import { useId, useRef, type ComponentProps } from "react";
import type { TagsApiError } from "../core/errors.js";
import type { ConversationTag } from "../core/tag.js";
import { useDeleteTag } from "../react/useDeleteTag.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { mergeProps } from "../internal/mergeProps.js";
import { defaultDeleteTagMessages, type DeleteTagMessages } from "./messages.js";
import { useModalDialog } from "./useModalDialog.js";
import type { ClassNames } from "../internal/classNames.js";

/** Parts of {@link DeleteTagButton} that take a class. */
export type DeleteTagButtonSlot = "dialog" | "dialogTitle" | "dialogBody" | "dialogActions" | "confirm" | "cancel" | "alert";

/** Props of {@link DeleteTagButton}: the tag, callbacks, text and any `<button>` prop. */
export interface DeleteTagButtonProps extends Omit<ComponentProps<"button">, "type" | "children" | "onError"> {
  /** The tag to delete; the confirmation names it. */
  tag: ConversationTag;
  /** After the API confirmed (a 404 counts: the tag is gone either way). */
  onDeleted?: (tag: ConversationTag) => void;
  /**
   * After the API refused; the tag is back in every list. Runs even if this button was unmounted
   * meanwhile (its row left the list at once), so a list can show the alert.
   */
  onError?: (error: TagsApiError, tag: ConversationTag) => void;
  /**
   * Where focus goes once the delete is confirmed, when this button is about to leave the page
   * with its row (e.g. the next row). Default: back on this button.
   */
  focusAfterConfirm?: () => HTMLElement | null | undefined;
  /** Text overrides on top of `defaultDeleteTagMessages`. */
  messages?: Partial<DeleteTagMessages>;
  /** A class per part; `className` goes on the button. */
  classNames?: ClassNames<DeleteTagButtonSlot>;
}

/**
 * A delete button that asks first, in a modal confirmation naming the tag (a native `<dialog>`
 * with `role="alertdialog"`: the page behind is inert, Escape cancels, focus starts on Cancel).
 * The tag leaves every list at once; if the API refuses it comes back, and this button, when still
 * on the page, shows an alert saying so.
 */
export function DeleteTagButton({
  tag,
  onDeleted,
  onError,
  focusAfterConfirm,
  messages: overrides,
  classNames = {},
  ...buttonProps
}: DeleteTagButtonProps) {
  const messages = mergeMessages(defaultDeleteTagMessages, overrides);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const dialog = useModalDialog(cancelRef);
  const ids = useId();
  const mutation = useDeleteTag({
    // In the hook's options, not mutate()'s: these still run after this button unmounted.
    onSuccess: () => onDeleted?.(tag),
    onError: (error) => onError?.(error, tag),
  });

  function confirm() {
    dialog.close(focusAfterConfirm?.());
    mutation.mutate(tag.tag_id);
  }

  return (
    <>
      <button
        {...mergeProps(buttonProps, {
          type: "button" as const,
          "data-ctk": "",
          "data-slot": "delete",
          "aria-label": messages.deleteAccessibleLabel(tag),
          "aria-haspopup": "dialog" as const,
          onClick: () => {
            mutation.reset();
            dialog.show();
          },
        })}
      >
        {messages.deleteLabel}
      </button>
      {mutation.isError && (
        <span role="alert" data-slot="delete-alert" className={classNames.alert}>
          {messages.failed(tag, mutation.error)}
        </span>
      )}
      {dialog.open && (
        <dialog
          {...dialog.dialogProps}
          data-ctk=""
          data-slot="dialog"
          role="alertdialog"
          aria-modal="true"
          aria-labelledby={`${ids}title`}
          aria-describedby={`${ids}body`}
          className={classNames.dialog}
        >
          <h2 id={`${ids}title`} data-slot="dialog-title" className={classNames.dialogTitle}>
            {messages.confirmTitle(tag)}
          </h2>
          <p id={`${ids}body`} data-slot="dialog-body" className={classNames.dialogBody}>
            {messages.confirmBody}
          </p>
          <div data-slot="actions" className={classNames.dialogActions}>
            <button ref={cancelRef} type="button" data-slot="cancel" className={classNames.cancel} onClick={() => { dialog.close(); }}>
              {messages.cancelLabel}
            </button>
            <button type="button" data-slot="confirm" className={classNames.confirm} onClick={confirm}>
              {messages.confirmLabel}
            </button>
          </div>
        </dialog>
      )}
    </>
  );
}
