import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { withEvents } from '../../domain/events.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { regionsView, type RegionsView } from '../../domain/regions.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';

export function useRegionsView(): RegionsView {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const granularity = useViewStore((s) => s.ranksGranularity);
  const showEvents = useViewStore((s) => s.events);
  return useMemo(() => {
    const view = regionsView(index, filter, granularity, NO_MONEY);
    return showEvents ? { ...view, ranks: { ...view.ranks, rows: withEvents(index, view.ranks.rows, filter) } } : view;
  }, [index, filter, granularity, showEvents]);
}
