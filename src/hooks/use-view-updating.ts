import { useDeferredValue } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store.ts';

/**
 * True while panels still show the previous filters: they render the new ones in the
 * background (useDeferredValue), so the control the user touched answers at once.
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
    })),
  );
  return useDeferredValue(inputs) !== inputs;
}
