import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { NO_MONEY } from '../../domain/plot.ts';
import { regionsView, type RegionsView } from '../../domain/regions.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';

export function useRegionsView(): RegionsView {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const granularity = useViewStore((s) => s.ranksGranularity);
  return useMemo(() => regionsView(index, filter, granularity, NO_MONEY), [index, filter, granularity]);
}
