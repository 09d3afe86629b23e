import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { regionsView, type RegionsView } from '../../domain/regions.ts';
import { useDisplayOptions } from '../../hooks/use-display-options.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';

export function useRegionsView(): RegionsView {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const granularity = useViewStore((s) => s.ranksGranularity);
  const display = useDisplayOptions();
  return useMemo(() => regionsView(index, filter, granularity, display), [index, filter, granularity, display]);
}
