import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store.ts';
import { VIEW_KEYS, type ViewState } from '../state/view-state.ts';

/**
 * View keys that choose what is shown around the panels, not what they draw. Listed this way
 * round so a key added to the view dims the panels while they redraw unless it is named here.
 */
const NOT_DRAWN: ReadonlySet<keyof ViewState> = new Set(['tables', 'search', 'focus', 'embed', 'slide', 'deck', 'savedView', 'theme']);
const DRAWN = VIEW_KEYS.filter((k) => !NOT_DRAWN.has(k));

/**
 * True while the panels still show the previous view: their deferred render has not caught up
 * with the controls yet. (The dimming this drives waits 150 ms in CSS, so quick changes do not flash.)
 */
export function useViewUpdating(): boolean {
  const inputs = useViewStore(useShallow((s) => DRAWN.map((k) => s[k])));
  return useDeferredValue(inputs) !== inputs;
}
