import { useEffect, useLayoutEffect, useRef } from 'react';
import { useViewStore } from '../state/view-store.ts';

const buttonNamed = (name: string | null) => (name ? [...document.querySelectorAll('button')].find((b) => b.textContent === name) : undefined);

const onScreen = (element: HTMLElement | undefined) => {
  const box = element?.getBoundingClientRect();
  return box && box.top >= 0 && box.bottom <= window.innerHeight ? element : undefined;
};

/** The first chart whose top is on screen: where a keyboard goes on from, in the part of the page in view. */
const firstChartOnScreen = () =>
  [...document.querySelectorAll<HTMLElement>('figure.chart')].find((f) => {
    const top = f.getBoundingClientRect().top;
    return top >= 0 && top < window.innerHeight;
  });

/**
 * The page under a deck is not drawn while it shows, so the button that opened it is gone by the
 * time it closes, and so is the place the reader had scrolled to. Both are taken as presenting
 * starts (before the page is redrawn). When the deck closes the page scrolls back to that place,
 * and focus goes back to the button of that name. Where a key or a link opened it, focus goes to
 * Present if it is on screen there, or else to the first chart on screen, never scrolling to it.
 */
export function useReturnFocusAfterPresenting(presenting: boolean) {
  const opener = useRef<string | null>(null);
  const scrolled = useRef(0);
  useEffect(
    () =>
      useViewStore.subscribe((state, previous) => {
        if (previous.slide !== null || state.slide === null) return;
        opener.current = document.activeElement instanceof HTMLButtonElement ? document.activeElement.textContent : null;
        scrolled.current = window.scrollY;
      }),
    [],
  );
  const wasPresenting = useRef(presenting);
  // Before the page is painted, so it never shows at its top first.
  useLayoutEffect(() => {
    if (wasPresenting.current && !presenting) {
      window.scrollTo({ top: scrolled.current, behavior: 'instant' });
      (buttonNamed(opener.current) ?? onScreen(buttonNamed('Present')) ?? firstChartOnScreen() ?? buttonNamed('Present'))?.focus({ preventScroll: true });
    }
    wasPresenting.current = presenting;
  }, [presenting]);
}
