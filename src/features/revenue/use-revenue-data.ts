import { useMemo } from 'react';
import { useStableValue } from '../../hooks/use-stable-value.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { revenueData, type RevenueData } from '../../domain/revenue.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { FILTER_INPUTS, useFilterOf, useDeferredView } from '../../hooks/use-deferred-view.ts';
import { chartAsDrawn } from '../../domain/events.ts';
import { emptyFactsNote } from '../../domain/takeaway-words.ts';
import { resultsByYearTakeaway, revenueByYearTakeaway, segmentsTakeaway } from '../../domain/takeaways.ts';

const INPUTS = [...FILTER_INPUTS, 'events', 'convertTargets'] as const;

export interface RevenueTakeaways {
  segments: string;
  revenueByYear: string;
  resultsByYear: string;
}

/** The panel's data and the takeaway line of each chart, from the (deferred) view. */
export function useRevenueData(): RevenueData & { takeaways: RevenueTakeaways; factsNote: string | null; factsSegments: readonly string[] | null } {
  const index = useDatasetIndex();
  // Deferred: the control the user touched answers first, the charts follow.
  const inputs = useDeferredView(INPUTS);
  const filter = useFilterOf(inputs);
  const display = useDeferredDisplayOptions();
  const showEvents = inputs.events;
  const convertTargets = inputs.convertTargets;
  const data = useMemo(() => {
    const data = revenueData(index, filter, display, { convertTargets });
    const takeaways = {
      segments: segmentsTakeaway(index, data, filter).text,
      revenueByYear: revenueByYearTakeaway(index, data, filter).text,
      resultsByYear: resultsByYearTakeaway(index, data, filter).text,
    };
    const factsNote = emptyFactsNote(index, filter, data.facts.length, (f) => revenueData(index, f, display, { convertTargets }).factTotal);
    // Results by year have no event flags.
    const revenueByYear = chartAsDrawn(index, data.revenueByYear, filter, showEvents);
    const resultsByYear = chartAsDrawn(index, data.resultsByYear, filter, false);
    return { ...data, revenueByYear, resultsByYear, takeaways, factsNote, factsSegments: filter.segments };
  }, [index, filter, display, showEvents, convertTargets]);
  return useStableValue(data);
}
