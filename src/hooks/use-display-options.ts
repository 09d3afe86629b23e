import { useMemo } from 'react';
import { useDatasetIndex } from '../data/use-dataset.ts';
import { statedRates } from '../domain/currency.ts';
import type { DisplayOptions } from '../domain/plot.ts';
import { useViewStore } from '../state/view-store.ts';

/** Currency choice plus the rates the data states; stable until either changes. */
export function useDisplayOptions(): DisplayOptions {
  const index = useDatasetIndex();
  const currency = useViewStore((s) => s.currency);
  const rates = useMemo(() => statedRates(index), [index]);
  return useMemo(() => ({ currency, rates }), [currency, rates]);
}
