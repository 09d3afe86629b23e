import { useMemo } from 'react';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { urlContext } from '../../state/url-sync.ts';

/** Choices the filters offer, all taken from the loaded dataset (the same ones a link may name). */
export function useFilterOptions() {
  const index = useDatasetIndex();
  return useMemo(() => {
    const ctx = urlContext(index);
    const years: number[] = [];
    for (let y = ctx.firstYear; y <= ctx.lastYear; y++) years.push(y);
    return {
      years,
      regions: ctx.regions.map((id) => ({ id, label: index.regionLabel.get(id) ?? id })),
      segments: ctx.segments.map((id) => ({ id, label: index.segmentLabel.get(id) ?? id })),
      rate: index.rates[0] ?? null,
    };
  }, [index]);
}
