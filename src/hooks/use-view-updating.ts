import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store.ts';

/**
 * True while the panels still show the previous view: their deferred render has not caught up
 * with the controls yet. (The dimming this drives waits 150 ms in CSS, so quick changes do not flash.)
 */
export function useViewUpdating(): boolean {
  const inputs = useViewStore(
    useShallow((s) => ({
      from: s.from,
      to: s.to,
      currency: s.currency,
      regions: s.regions,
      segments: s.segments,
      derived: s.derived,
      events: s.events,
      shipmentsGranularity: s.shipmentsGranularity,
      ranksGranularity: s.ranksGranularity,
      convertTargets: s.convertTargets,
    })),
  );
  return useDeferredValue(inputs) !== inputs;
}
