import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { revenueData, type RevenueData } from '../../domain/revenue.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { FILTER_INPUTS, useFilterOf, useDeferredView } from '../../hooks/use-deferred-view.ts';
import { withEvents } from '../../domain/events.ts';

const INPUTS = [...FILTER_INPUTS, 'events'] as const;

export function useRevenueData(): RevenueData {
  const index = useDatasetIndex();
  // Deferred: the control the user touched answers first, the charts follow.
  const inputs = useDeferredView(INPUTS);
  const filter = useFilterOf(inputs);
  const display = useDeferredDisplayOptions();
  const showEvents = inputs.events;
  const data = useMemo(() => {
    const data = revenueData(index, filter, display);
    if (!showEvents) return data;
    return {
      ...data,
      revenueByYear: { ...data.revenueByYear, rows: withEvents(index, data.revenueByYear.rows, filter) },
    };
  }, [index, filter, display, showEvents]);
  return useStableValue(data);
}
