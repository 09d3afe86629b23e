import { useId, type ReactNode } from 'react';

export interface PopoverMenuProps {
  /** The button's content (its accessible name unless `label` says otherwise). */
  button: ReactNode;
  /** Names the list for assistive technology ("Regions", "Download shipments"). */
  label: string;
  buttonClassName?: string;
  /** The list; `close` hides it (after choosing an item that ends the task, such as a download). */
  children: (close: () => void) => ReactNode;
}

/**
 * A button that opens a list in the browser's top layer (the `popover` attribute): Escape and
 * a click or tap outside close it, it stays inside the viewport (anchored to its button, flipped
 * when there is no room; a sheet along the bottom on a phone), and a modal dialog opened later
 * sits over it. One listener of our own: the keyboard leaving the button and its list closes the
 * list too, or it would stay open over the page the keyboard has moved on to.
 */
export function PopoverMenu({ button, label, buttonClassName = 'button', children }: PopoverMenuProps) {
  const id = useId();
  const close = () => document.getElementById(id)?.hidePopover?.();
  return (
    // The button and its list: the keyboard leaving both, by Tab or Shift+Tab, closes the list.
    // A click inside on no control sends focus to no element or to a focusable ancestor (the
    // page's main content); that, and a click outside, are left to the browser.
    <span
      className="popover-menu"
      onBlur={(event) => {
        const [to, here] = [event.relatedTarget, event.currentTarget];
        if (to && !here.contains(to) && !to.contains(here)) close();
      }}
    >
      {/* No aria-haspopup: that promises a menu and its arrow keys, and this is a group of
          controls reached with Tab. The browser says whether it is open (popovertarget). */}
      <button type="button" className={`${buttonClassName} menu-button`} popoverTarget={id}>
        {button}
      </button>
      <div id={id} popover="auto" className="menu" role="group" aria-label={label}>
        {/* As a sheet on a phone it covers its button: it says what it is, and how to put it away. */}
        <div className="menu__head">
          <strong>{label}</strong>
          <button type="button" className="button button--small" onClick={close}>
            Done
          </button>
        </div>
        {children(close)}
      </div>
    </span>
  );
}
