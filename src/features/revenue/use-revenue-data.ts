import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { revenueView, type RevenueView } from '../../domain/revenue.ts';
import { usePaintedDisplayOptions } from '../../hooks/use-display-options.ts';
import { FILTER_INPUTS, useFilterOf, usePaintedView } from '../../hooks/use-painted-view.ts';
import { withEvents } from '../../domain/events.ts';

const INPUTS = [...FILTER_INPUTS, 'events'] as const;

export function useRevenueView(): RevenueView {
  const index = useDatasetIndex();
  // As of the last paint: the control the user touched is drawn first, the charts follow.
  const inputs = usePaintedView(INPUTS);
  const filter = useFilterOf(inputs);
  const display = usePaintedDisplayOptions();
  const showEvents = inputs.events;
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
