import { useEffect, useRef } from 'react';
import { useViewStore } from '../state/view-store.ts';

const buttonNamed = (name: string | null) => (name ? [...document.querySelectorAll('button')].find((b) => b.textContent === name) : undefined);

/**
 * The page under a deck is not drawn while it shows, so the button that opened it is gone by the
 * time it closes. Its name is taken as presenting starts (before the page is redrawn), and focus
 * goes back to the button of that name when the deck closes, or to Present (a key or a link
 * opened it).
 */
export function useReturnFocusAfterPresenting(presenting: boolean) {
  const opener = useRef<string | null>(null);
  useEffect(
    () =>
      useViewStore.subscribe((state, previous) => {
        if (previous.slide === null && state.slide !== null)
          opener.current = document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent : null;
      }),
    [],
  );
  const wasPresenting = useRef(presenting);
  useEffect(() => {
    if (wasPresenting.current && !presenting) (buttonNamed(opener.current) ?? buttonNamed('Present'))?.focus();
    wasPresenting.current = presenting;
  }, [presenting]);
}
