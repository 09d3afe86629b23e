/**
 * Which key does what in a slide deck, and where each move lands. Pure, so every key and every
 * edge (first, last, a single slide) is tested without a browser.
 */
export type SlideAction = 'next' | 'previous' | 'first' | 'last' | 'exit' | 'fullscreen';

const KEYS: Record<string, SlideAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  f: 'fullscreen',
  F: 'fullscreen',
};

export function slideActionForKey(key: string): SlideAction | null {
  return Object.hasOwn(KEYS, key) ? (KEYS[key] ?? null) : null;
}

/** The slide a move lands on, staying within 1..count. */
export function moveSlide(current: number, action: Exclude<SlideAction, 'exit' | 'fullscreen'>, count: number): number {
  const last = Math.max(1, count);
  const clamp = (n: number) => Math.min(last, Math.max(1, n));
  switch (action) {
    case 'next':
      return clamp(current + 1);
    case 'previous':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return last;
  }
}

/** How far a finger must travel across a slide to turn it: further than a tap wobbles, less than half a phone's width. */
const SWIPE = 50;

/**
 * The move a swipe across a slide makes: right to left for the next slide, left to right for the
 * one before. A mostly vertical stroke scrolls the slide instead, and moves nothing.
 */
export function slideActionForSwipe(dx: number, dy: number): 'next' | 'previous' | null {
  if (Math.abs(dx) < SWIPE || Math.abs(dx) < 2 * Math.abs(dy)) return null;
  return dx < 0 ? 'next' : 'previous';
}

/** How far a slide taller than the screen scrolls for a key: a line for the arrows, a screen less a line for the page keys. */
const LINE = 40;
const SCROLL_KEYS: Record<string, { down: boolean; page: boolean }> = {
  ArrowDown: { down: true, page: false },
  PageDown: { down: true, page: true },
  ' ': { down: true, page: true },
  ArrowUp: { down: false, page: false },
  PageUp: { down: false, page: true },
};

export interface ScrollBox {
  scrollTop: number;
  scrollHeight: number;
  clientHeight: number;
}

/**
 * Where a key scrolls a slide that does not fit on the screen, so its foot can be read from the
 * keyboard; null once the slide is at that end (or the key is not one that scrolls), and the key
 * moves to the next or previous slide instead, as it does on a slide that fits.
 */
export function slideScrollForKey(key: string, box: ScrollBox): number | null {
  const scroll = Object.hasOwn(SCROLL_KEYS, key) ? SCROLL_KEYS[key] : undefined;
  if (!scroll) return null;
  const end = Math.max(0, box.scrollHeight - box.clientHeight);
  const step = scroll.page ? Math.max(LINE, box.clientHeight - LINE) : LINE;
  // A pixel of slack: scroll positions are fractional on zoomed and high-density screens.
  if (scroll.down) return box.scrollTop < end - 1 ? Math.min(end, box.scrollTop + step) : null;
  return box.scrollTop > 1 ? Math.max(0, box.scrollTop - step) : null;
}
