import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { withEvents } from '../../domain/events.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { regionsData, type RegionsData } from '../../domain/regions.ts';
import { FILTER_INPUTS, useFilterOf, useDeferredView } from '../../hooks/use-deferred-view.ts';

const INPUTS = [...FILTER_INPUTS, 'ranksGranularity', 'events'] as const;

export function useRegionsData(): RegionsData {
  const index = useDatasetIndex();
  // Deferred: the control the user touched answers first, the charts follow.
  const inputs = useDeferredView(INPUTS);
  const filter = useFilterOf(inputs);
  const { ranksGranularity: granularity, events: showEvents } = inputs;
  const data = useMemo(() => {
    const data = regionsData(index, filter, granularity, NO_MONEY);
    return showEvents ? { ...data, ranks: { ...data.ranks, rows: withEvents(index, data.ranks.rows, filter) } } : data;
  }, [index, filter, granularity, showEvents]);
  return useStableValue(data);
}
