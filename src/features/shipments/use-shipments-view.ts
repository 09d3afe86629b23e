import { useDeferredValue, useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { withEvents } from '../../domain/events.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { shipmentsView, type ShipmentsView } from '../../domain/shipments.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';

export function useShipmentsView(): ShipmentsView {
  const index = useDatasetIndex();
  // Deferred: the control the user touched updates at once, the charts follow in a background render.
  const filter = useDeferredValue(useObservationFilter());
  const granularity = useDeferredValue(useViewStore((s) => s.shipmentsGranularity));
  const showEvents = useDeferredValue(useViewStore((s) => s.events));
  const view = useMemo(() => {
    const view = shipmentsView(index, filter, granularity, NO_MONEY);
    return showEvents ? { ...view, rows: withEvents(index, view.rows, filter) } : view;
  }, [index, filter, granularity, showEvents]);
  return useStableValue(view);
}
