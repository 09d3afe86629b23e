import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { withEvents } from '../../domain/events.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { shipmentsView, type ShipmentsView } from '../../domain/shipments.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';

export function useShipmentsView(): ShipmentsView {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const granularity = useViewStore((s) => s.shipmentsGranularity);
  const showEvents = useViewStore((s) => s.events);
  return useMemo(() => {
    const view = shipmentsView(index, filter, granularity, NO_MONEY);
    return showEvents ? { ...view, rows: withEvents(index, view.rows, filter) } : view;
  }, [index, filter, granularity, showEvents]);
}
