import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { revenueView, type RevenueView } from '../../domain/revenue.ts';
import { useDisplayOptions } from '../../hooks/use-display-options.ts';
import { useObservationFilter } from '../../state/view-store.ts';

export function useRevenueView(): RevenueView {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const display = useDisplayOptions();
  return useMemo(() => revenueView(index, filter, display), [index, filter, display]);
}
