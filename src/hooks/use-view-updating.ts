import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store.ts';
import { useAfterPaint } from './use-after-paint.ts';

/**
 * True while panels still show the previous view: they catch up after the next paint (see
 * useAfterPaint), so the control the user touched answers at once.
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
  return useAfterPaint(inputs) !== inputs;
}
