import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { chartAsDrawn } from '../../domain/events.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { shipmentsData, type ShipmentsData } from '../../domain/shipments.ts';
import { shipmentsTakeaway } from '../../domain/takeaways.ts';
import { emptyFactsNote } from '../../domain/takeaway-words.ts';
import { FILTER_INPUTS, useFilterOf, useDeferredView } from '../../hooks/use-deferred-view.ts';

const INPUTS = [...FILTER_INPUTS, 'shipmentsGranularity', 'events'] as const;

/** The panel's data and its takeaway line, from the (deferred) view. */
export function useShipmentsData(): ShipmentsData & { takeaway: string; factsNote: string | null; factsSegments: readonly string[] | null } {
  const index = useDatasetIndex();
  // Deferred: the control the user touched answers first, the chart follows.
  const inputs = useDeferredView(INPUTS);
  const filter = useFilterOf(inputs);
  const { shipmentsGranularity: granularity, events: showEvents } = inputs;
  const data = useMemo(() => {
    const data = shipmentsData(index, filter, granularity, NO_MONEY);
    const takeaway = shipmentsTakeaway(index, data, filter).text;
    const factsNote = emptyFactsNote(index, filter, data.facts.length, (f) => shipmentsData(index, f, granularity, NO_MONEY).factTotal);
    return { ...chartAsDrawn(index, data, filter, showEvents), takeaway, factsNote, factsSegments: filter.segments };
  }, [index, filter, granularity, showEvents]);
  return useStableValue(data);
}
