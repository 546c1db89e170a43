import { useCallback, useId, useRef, useState, type ComponentProps } from "react";
import type { ConversationTag } from "../core/tag.js";
import { CreateTagForm, type CreateTagFormProps } from "../form/CreateTagForm.js";
import { mergeMessages } from "../internal/mergeMessages.js";
import { mergeProps } from "../internal/mergeProps.js";
import { defaultCreateTagDialogMessages, type CreateTagDialogMessages } from "./messages.js";
import { useModalDialog } from "./useModalDialog.js";
import type { ClassNames } from "../internal/classNames.js";

/** Parts of {@link CreateTagDialog} that take a class. */
export type CreateTagDialogSlot = "dialog" | "dialogTitle" | "status";

/** Props of {@link CreateTagDialog}: the opening button's props plus the form's. */
export interface CreateTagDialogProps extends Omit<ComponentProps<"button">, "type" | "children"> {
  /** After the tag was created and the dialog closed. */
  onCreated?: (tag: ConversationTag) => void;
  /** Props for the `CreateTagForm` inside (its `messages`, `classNames`, `mutationOptions`...). */
  formProps?: Omit<CreateTagFormProps, "onSuccess" | "onCancel" | "autoFocus">;
  /** Text overrides on top of `defaultCreateTagDialogMessages`. */
  messages?: Partial<CreateTagDialogMessages>;
  /** A class per part; `className` goes on the button. */
  classNames?: ClassNames<CreateTagDialogSlot>;
}

/**
 * A "New tag" button that opens `CreateTagForm` in a modal `<dialog>` (Escape or Cancel close it).
 * On success the dialog closes, focus returns to the button and a polite status beside it names
 * the tag just created.
 */
export function CreateTagDialog({ onCreated, formProps, messages: overrides, classNames = {}, ...buttonProps }: CreateTagDialogProps) {
  const messages = mergeMessages(defaultCreateTagDialogMessages, overrides);
  const [created, setCreated] = useState<ConversationTag | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const setButton = useCallback((element: HTMLButtonElement | null) => {
    buttonRef.current = element;
  }, []);
  // The form focuses its title on mount (autoFocus), so the dialog needs no other first target.
  const noTarget = useRef<HTMLElement>(null);
  const dialog = useModalDialog(noTarget);
  const titleId = `${useId()}title`;

  return (
    <>
      <button
        // mergeProps composes the two refs into one callback; it reads neither during render.
        // eslint-disable-next-line react-hooks/refs
        {...mergeProps(buttonProps, {
          ref: setButton,
          type: "button" as const,
          "data-ctk": "",
          "data-slot": "new-tag",
          "aria-haspopup": "dialog" as const,
          onClick: () => {
            setCreated(null);
            dialog.show();
          },
        })}
      >
        {messages.openLabel}
      </button>
      <span role="status" data-slot="dialog-status" className={classNames.status}>
        {created ? messages.created(created) : null}
      </span>
      {dialog.open && (
        <dialog {...dialog.dialogProps} data-ctk="" data-slot="dialog" aria-labelledby={titleId} className={classNames.dialog}>
          <h2 id={titleId} data-slot="dialog-title" className={classNames.dialogTitle}>
            {messages.title}
          </h2>
          <CreateTagForm
            {...formProps}
            autoFocus
            onCancel={() => { dialog.close(); }}
            onSuccess={(tag) => {
              setCreated(tag);
              dialog.close(buttonRef.current);
              onCreated?.(tag);
            }}
          />
        </dialog>
      )}
    </>
  );
}
