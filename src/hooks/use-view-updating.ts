import { useEffect, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store.ts';
import { useAfterPaint } from './use-after-paint.ts';

/** Panels that catch up within this long are not marked as updating at all. */
const UPDATING_AFTER_MS = 150;

/**
 * True while panels still show the previous view (they catch up after the next paint, see
 * useAfterPaint) and have done so for a noticeable time. Marking them at once would repaint
 * all four panels in the very frame that should only show the control the user touched.
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
  const behind = useAfterPaint(inputs) !== inputs;
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!behind) return;
    const timer = setTimeout(() => setSlow(true), UPDATING_AFTER_MS);
    return () => {
      clearTimeout(timer);
      setSlow(false);
    };
  }, [behind]);
  return behind && slow;
}
