import { useCallback, useEffect, useRef, useState, type RefObject, type SyntheticEvent } from "react";

/** What {@link useModalDialog} gives a component: state, actions and the `<dialog>`'s props. */
export interface ModalDialog {
  /** Whether the dialog is rendered and shown. */
  open: boolean;
  /** Renders the dialog and shows it modally (`showModal()`: top layer, the page behind inert). */
  show: () => void;
  /**
   * Closes it. Focus goes to `focusAfter` when given and still in the page, else back to where it
   * was before `show()`, else nowhere special (the browser's choice). Does nothing, focus included,
   * once the dialog is closed.
   */
  close: (focusAfter?: HTMLElement | null) => void;
  /** Spread on the `<dialog>`; render the dialog only while `open`. */
  dialogProps: {
    ref: RefObject<HTMLDialogElement | null>;
    onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
  };
}

/**
 * A native `<dialog>` opened with `showModal()`, as the APG dialog patterns ask: Escape closes it
 * (the browser's `cancel`), `initialFocus` (the least destructive control) takes focus on open,
 * and focus returns afterwards. The dialog exists in the DOM only while open, so a list of a
 * thousand rows holds no closed dialogs.
 */
export function useModalDialog(initialFocus: RefObject<HTMLElement | null>): ModalDialog {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDialogElement | null>(null);
  const opener = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const dialog = ref.current;
    if (!open || !dialog) return;
    if (!dialog.open) dialog.showModal();
    initialFocus.current?.focus();
  }, [open, initialFocus]);

  const show = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);

  const close = useCallback((focusAfter?: HTMLElement | null) => {
    const dialog = ref.current;
    // Closed already (the person cancelled while a request ran): they have moved on, and a late
    // answer must not pull focus back to where they no longer are.
    if (!dialog?.open) return;
    dialog.close();
    // Now, not on the "close" event: that event is a later task, and by then the caller may have
    // removed this component (a deleted row), so a handler would never run.
    if (focusAfter?.isConnected) focusAfter.focus();
  }, []);

  const onClose = useCallback(() => {
    setOpen(false);
    // The browser restores focus to the opener on close; if that fell to nothing, try it here.
    const active = document.activeElement;
    if ((active === null || active === document.body) && opener.current?.isConnected) opener.current.focus();
  }, []);

  return { open, show, close, dialogProps: { ref, onClose } };
}
