import { useMemo } from 'react';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { shipmentsView, type ShipmentsView } from '../../domain/shipments.ts';
import { useDisplayOptions } from '../../hooks/use-display-options.ts';
import { useObservationFilter, useViewStore } from '../../state/view-store.ts';

export function useShipmentsView(): ShipmentsView {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const granularity = useViewStore((s) => s.shipmentsGranularity);
  const display = useDisplayOptions();
  return useMemo(() => shipmentsView(index, filter, granularity, display), [index, filter, granularity, display]);
}
