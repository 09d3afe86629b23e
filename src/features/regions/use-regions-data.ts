import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { chartAsDrawn } from '../../domain/events.ts';
import { emptyFactsNote } from '../../domain/takeaway-words.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { regionsData, type RegionsData } from '../../domain/regions.ts';
import { rankTakeaway, shareTakeaway } from '../../domain/regional-takeaways.ts';
import { FILTER_INPUTS, useFilterOf, useDeferredView } from '../../hooks/use-deferred-view.ts';

const INPUTS = [...FILTER_INPUTS, 'ranksGranularity', 'events'] as const;

/** The panel's data and the takeaway line of each chart, from the (deferred) view. */
export function useRegionsData(): RegionsData & {
  takeaways: { ranks: string; share: string };
  factsNote: string | null;
  factsSegments: readonly string[] | null;
} {
  const index = useDatasetIndex();
  // Deferred: the control the user touched answers first, the charts follow.
  const inputs = useDeferredView(INPUTS);
  const filter = useFilterOf(inputs);
  const { ranksGranularity: granularity, events: showEvents } = inputs;
  const data = useMemo(() => {
    const data = regionsData(index, filter, granularity, NO_MONEY);
    const takeaways = { ranks: rankTakeaway(index, data.ranks, filter).text, share: shareTakeaway(index, data, filter).text };
    const factsNote = emptyFactsNote(index, filter, data.facts.length, (f) => regionsData(index, f, granularity, NO_MONEY).factTotal);
    return {
      ...data,
      ranks: chartAsDrawn(index, data.ranks, filter, showEvents),
      takeaways,
      factsNote,
      factsSegments: filter.segments,
    };
  }, [index, filter, granularity, showEvents]);
  return useStableValue(data);
}
