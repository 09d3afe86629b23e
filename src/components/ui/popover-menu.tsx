import { useEffect, useId, type ReactNode } from 'react';

export interface PopoverMenuProps {
  /** The button's content (its accessible name unless `label` says otherwise). */
  button: ReactNode;
  /** Names the list for assistive technology ("Regions", "Download shipments"). */
  label: string;
  buttonClassName?: string;
  /** The list; `close` hides it (after choosing an item that ends the task, such as a download). */
  children: (close: () => void) => ReactNode;
}

/** Longer than a tap or a click takes from press to release; a slower press is not a click to hold. */
const PRESS_TO_CLICK_MS = 1500;

/**
 * While the list is open, the click of a press outside it only closes it, as a native select's
 * does. The browser closes the list on that press but lets its click through to whatever is
 * under it: on a phone, a tap beside the sheet would also press the button there (Present, once
 * the page had moved under the sheet). Clicks from the keyboard (`detail` 0) are never held.
 */
function useClickOutsideOnlyCloses(id: string) {
  useEffect(() => {
    // The time of the press that closed the list; only the click that press makes is held.
    let held: number | null = null;
    const onPointerDown = (event: PointerEvent) => {
      const list = document.getElementById(id);
      const target = event.target instanceof Node ? event.target : null;
      const opener = list ? document.querySelector(`[popovertarget="${CSS.escape(id)}"]`) : null;
      const outside = Boolean(list?.matches(':popover-open') && target && !list.contains(target) && !opener?.contains(target));
      held = outside ? event.timeStamp : null;
    };
    const onClick = (event: MouseEvent) => {
      const press = held;
      held = null;
      // A press with no click of its own (a scrollbar, a right click) leaves no later click held.
      if (press === null || event.detail === 0 || event.timeStamp - press > PRESS_TO_CLICK_MS) return;
      event.preventDefault();
      event.stopPropagation();
    };
    const release = () => {
      held = null;
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointercancel', release, true);
    document.addEventListener('click', onClick, true);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointercancel', release, true);
      document.removeEventListener('click', onClick, true);
    };
  }, [id]);
}

/**
 * A button that opens a list in the browser's top layer (the `popover` attribute): Escape and
 * a click or tap outside close it, it stays inside the viewport (anchored to its button, flipped
 * when there is no room; a sheet along the bottom on a phone), and a modal dialog opened later
 * sits over it. Two things of our own: the keyboard leaving the button and its list closes the
 * list too, or it would stay open over the page the keyboard has moved on to; and a press
 * outside only closes it (useClickOutsideOnlyCloses).
 */
export function PopoverMenu({ button, label, buttonClassName = 'button', children }: PopoverMenuProps) {
  const id = useId();
  useClickOutsideOnlyCloses(id);
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
