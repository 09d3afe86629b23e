import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { withEvents } from '../../domain/events.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { shipmentsView, type ShipmentsView } from '../../domain/shipments.ts';
import { FILTER_INPUTS, useFilterOf, usePaintedView } from '../../hooks/use-painted-view.ts';

const INPUTS = [...FILTER_INPUTS, 'shipmentsGranularity', 'events'] as const;

export function useShipmentsView(): ShipmentsView {
  const index = useDatasetIndex();
  // As of the last paint: the control the user touched is drawn first, the chart follows.
  const inputs = usePaintedView(INPUTS);
  const filter = useFilterOf(inputs);
  const { shipmentsGranularity: granularity, events: showEvents } = inputs;
  const view = useMemo(() => {
    const view = shipmentsView(index, filter, granularity, NO_MONEY);
    return showEvents ? { ...view, rows: withEvents(index, view.rows, filter) } : view;
  }, [index, filter, granularity, showEvents]);
  return useStableValue(view);
}
