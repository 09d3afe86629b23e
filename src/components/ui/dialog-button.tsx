import { useId, useRef, useState, type ReactNode } from 'react';

export interface DialogButtonProps {
  /** The button's text. */
  label: string;
  /** The dialog's heading, which names it. */
  title: string;
  disabled?: boolean;
  /** The dialog's content, rendered only while it is open. */
  children: () => ReactNode;
}

/** A button that opens a modal `<dialog>` (Escape and Close shut it; the page behind is inert). */
export function DialogButton({ label, title, disabled = false, children }: DialogButtonProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button"
        disabled={disabled}
        onClick={() => {
          setOpen(true);
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={() => setOpen(false)}>
        <div className="dialog__header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
        {open ? children() : null}
      </dialog>
    </>
  );
}
