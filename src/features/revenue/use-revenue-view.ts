import { useDeferredValue, useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { revenueView, type RevenueView } from '../../domain/revenue.ts';
import { useDisplayOptions } from '../../hooks/use-display-options.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';
import { withEvents } from '../../domain/events.ts';

export function useRevenueView(): RevenueView {
  const index = useDatasetIndex();
  // Deferred: the control the user touched updates at once, the charts follow in a background render.
  const filter = useDeferredValue(useObservationFilter());
  const display = useDeferredValue(useDisplayOptions());
  const showEvents = useDeferredValue(useViewStore((s) => s.events));
  const view = useMemo(() => {
    const view = revenueView(index, filter, display);
    if (!showEvents) return view;
    return {
      ...view,
      revenueByYear: { ...view.revenueByYear, rows: withEvents(index, view.revenueByYear.rows, filter) },
    };
  }, [index, filter, display, showEvents]);
  return useStableValue(view);
}
