import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy and waitFor wait for what a user would see; on a machine with both cores busy that can
// take longer than the default second, so they wait up to ten (they return as soon as it shows).
configure({ asyncUtilTimeout: 10_000 });

/**
 * jsdom has no layout, so a responsive chart would measure 0×0 and draw nothing. This
 * ResizeObserver reports a fixed desktop-sized box, which lets recharts lay out real SVG
 * that the component tests can inspect.
 */
class FixedSizeResizeObserver implements ResizeObserver {
  constructor(private readonly callback: ResizeObserverCallback) {}
  observe(target: Element) {
    const contentRect = { width: 800, height: 300, top: 0, left: 0, right: 800, bottom: 300, x: 0, y: 0, toJSON: () => ({}) } as DOMRectReadOnly;
    const entry = {
      target,
      contentRect,
      borderBoxSize: [{ inlineSize: 800, blockSize: 300 }],
      contentBoxSize: [{ inlineSize: 800, blockSize: 300 }],
      devicePixelContentBoxSize: [],
    } as unknown as ResizeObserverEntry;
    this.callback([entry], this);
  }
  unobserve() {}
  disconnect() {}
}

globalThis.ResizeObserver = FixedSizeResizeObserver;

/** jsdom has no modal dialogs; enough of one for components to open and close it (Chromium runs the real thing end to end). */
if (typeof HTMLDialogElement !== 'undefined' && !HTMLDialogElement.prototype.showModal) {
  HTMLDialogElement.prototype.showModal = function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
}

/** jsdom lays nothing out, so there is nothing to scroll to (Chromium scrolls for real end to end). */
if (typeof Element !== 'undefined' && !('scrollIntoView' in Element.prototype)) {
  Object.assign(Element.prototype, { scrollIntoView() {} });
}

afterEach(() => {
  cleanup();
});

/**
 * jsdom hides [popover] elements but has no popover API: enough of one for a button with
 * popovertarget to open and close its list (Chromium runs the real thing end to end).
 */
if (typeof HTMLElement !== 'undefined' && !('showPopover' in HTMLElement.prototype)) {
  const setOpen = (element: HTMLElement, open: boolean) => {
    element.style.display = open ? 'block' : '';
    element.toggleAttribute('data-popover-open', open);
  };
  Object.assign(HTMLElement.prototype, {
    showPopover(this: HTMLElement) {
      setOpen(this, true);
    },
    hidePopover(this: HTMLElement) {
      setOpen(this, false);
    },
    togglePopover(this: HTMLElement) {
      setOpen(this, !this.hasAttribute('data-popover-open'));
    },
  });
  document.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.('[popovertarget]');
    const target = button && document.getElementById(button.getAttribute('popovertarget') ?? '');
    if (target instanceof HTMLElement) (target as HTMLElement & { togglePopover: () => void }).togglePopover();
  });
}
