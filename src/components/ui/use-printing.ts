import { useSyncExternalStore } from 'react';

/** Set between beforeprint and afterprint, for a browser that lays out for print before its print media query matches. */
let printing = false;

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia?.('print');
  const before = () => {
    printing = true;
    onChange();
  };
  const after = () => {
    printing = false;
    onChange();
  };
  window.addEventListener('beforeprint', before);
  window.addEventListener('afterprint', after);
  query?.addEventListener('change', onChange);
  return () => {
    window.removeEventListener('beforeprint', before);
    window.removeEventListener('afterprint', after);
    query?.removeEventListener('change', onChange);
  };
}

const isPrinting = () => printing || (window.matchMedia?.('print').matches ?? false);

/**
 * Whether the page is being printed. Paper has no "Show all": a list folded on screen prints
 * whole. The redraw happens as printing starts (beforeprint, or the print media query), before
 * the page is laid out for paper.
 */
export function usePrinting(): boolean {
  return useSyncExternalStore(subscribe, isPrinting, () => false);
}
