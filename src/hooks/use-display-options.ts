import { useMemo } from 'react';
import { useDatasetIndex } from '../data/use-dataset.ts';
import { statedRates } from '../domain/currency.ts';
import type { DisplayOptions } from '../domain/plot.ts';
import { useViewStore } from '../state/view-store.ts';
import { useAfterPaint } from './use-after-paint.ts';

/** Currency choice plus the rates the data states; stable until either changes. */
export function useDisplayOptions(): DisplayOptions {
  return useDisplayIn(useViewStore((s) => s.currency));
}

/** The same, as of the last paint (see useAfterPaint): for panels, which redraw after the control. */
export function usePaintedDisplayOptions(): DisplayOptions {
  return useDisplayIn(useAfterPaint(useViewStore((s) => s.currency)));
}

function useDisplayIn(currency: DisplayOptions['currency']): DisplayOptions {
  const index = useDatasetIndex();
  const rates = useMemo(() => statedRates(index), [index]);
  return useMemo(() => ({ currency, rates }), [currency, rates]);
}
