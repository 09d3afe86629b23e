import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { withEvents } from '../../domain/events.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { regionsView, type RegionsView } from '../../domain/regions.ts';
import { FILTER_INPUTS, useFilterOf, usePaintedView } from '../../hooks/use-painted-view.ts';

const INPUTS = [...FILTER_INPUTS, 'ranksGranularity', 'events'] as const;

export function useRegionsView(): RegionsView {
  const index = useDatasetIndex();
  // As of the last paint: the control the user touched is drawn first, the charts follow.
  const inputs = usePaintedView(INPUTS);
  const filter = useFilterOf(inputs);
  const { ranksGranularity: granularity, events: showEvents } = inputs;
  const view = useMemo(() => {
    const view = regionsView(index, filter, granularity, NO_MONEY);
    return showEvents ? { ...view, ranks: { ...view.ranks, rows: withEvents(index, view.ranks.rows, filter) } } : view;
  }, [index, filter, granularity, showEvents]);
  return useStableValue(view);
}
