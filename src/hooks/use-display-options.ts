import { useDeferredValue, useMemo } from 'react';
import type { DisplayOptions } from '../domain/plot.ts';
import { useViewStore } from '../state/view-store.ts';
import { useDatasetIndex } from './use-dataset-index.ts';

/**
 * Currency choice plus the rates the data states, stable until either changes; deferred like
 * the panels' view (see useDeferredView), so axes and figures change together.
 */
export function useDeferredDisplayOptions(): DisplayOptions {
  const currency = useDeferredValue(useViewStore((s) => s.currency));
  const index = useDatasetIndex();
  const rates = index.rates;
  return useMemo(() => ({ currency, rates }), [currency, rates]);
}
