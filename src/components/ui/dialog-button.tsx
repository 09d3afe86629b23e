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

/** A button that opens a modal `<dialog>` (Escape, Close and a press outside it shut it; the page behind is inert). */
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
      {/* closedby="any": a click or tap on the dimmed page around it closes it too. */}
      <dialog ref={dialog} className="dialog" aria-labelledby={titleId} closedby="any" onClose={() => setOpen(false)}>
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
