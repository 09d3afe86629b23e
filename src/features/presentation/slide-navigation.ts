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
