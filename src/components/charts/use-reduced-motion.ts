import { useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Short enough that a chart is whole by the time a presenter moves on. */
export const ANIMATION_MS = 500;

/** Above this many marks a chart is drawn without animation or per-mark labels: they would cost time and not be legible. */
export const LABELLED_MARKS = 40;

let list: MediaQueryList | null | undefined;
/** One MediaQueryList for the page: reading it must stay cheap, charts ask on every render. */
function mediaList(): MediaQueryList | null {
  if (list === undefined) list = typeof window.matchMedia === 'function' ? window.matchMedia(QUERY) : null;
  return list;
}

function subscribe(onChange: () => void): () => void {
  const media = mediaList();
  if (!media) return () => {};
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the user asked for less motion (or the environment cannot tell): charts then appear without animating. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => mediaList()?.matches ?? true,
    () => true,
  );
}
