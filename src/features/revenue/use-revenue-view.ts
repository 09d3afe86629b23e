import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { revenueView, type RevenueView } from '../../domain/revenue.ts';
import { useDisplayOptions } from '../../hooks/use-display-options.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';
import { withEvents } from '../../domain/events.ts';

export function useRevenueView(): RevenueView {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const display = useDisplayOptions();
  const showEvents = useViewStore((s) => s.events);
  return useMemo(() => {
    const view = revenueView(index, filter, display);
    if (!showEvents) return view;
    return {
      ...view,
      revenueByYear: { ...view.revenueByYear, rows: withEvents(index, view.revenueByYear.rows, filter) },
    };
  }, [index, filter, display, showEvents]);
}
