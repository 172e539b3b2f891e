import { type ReactNode, useEffect, useId, useRef } from 'react';

interface DialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /**
   * Where focus goes when the control that opened the dialog is gone by the time it closes
   * (the action removed it, or moved to another screen): usually a section heading.
   */
  returnFocus?: () => HTMLElement | null | undefined;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape closes it, and
 * focus returns to whatever opened it.
 */
export function Dialog({ title, onClose, children, returnFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  // Read at close time, without re-running the open effect when the caller passes a new function.
  const returnFocusRef = useRef(returnFocus);
  useEffect(() => {
    returnFocusRef.current = returnFocus;
  });
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    // showModal() focuses the first control; a form may ask for a better starting point.
    dialog?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      dialog?.close();
      if (opener?.isConnected && opener !== document.body) opener.focus();
      else (returnFocusRef.current?.() ?? document.getElementById('main'))?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

interface ConfirmDialogProps {
  title: string;
  message: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before anything destructive; the safe choice has focus first. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: ConfirmDialogProps) {
  return (
    <Dialog title={title} onClose={onCancel}>
      <div>{message}</div>
      <div className="dialog__actions">
        <button
          type="button"
          className="button button--secondary"
          data-autofocus
          onClick={onCancel}
        >
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Dialog>
  );
}
