import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ObservationFilter } from '../domain/filters.ts';
import { useViewStore } from '../state/view-store.ts';
import { observationFilter, type ViewState } from '../state/view-state.ts';
import { useAfterPaint } from './use-after-paint.ts';

/** The view keys a panel draws from: the filters, plus the panel's own choices. */
export const FILTER_INPUTS = ['from', 'to', 'regions', 'segments', 'derived'] as const satisfies readonly (keyof ViewState)[];

function pick<K extends keyof ViewState>(s: ViewState, keys: readonly K[]): Pick<ViewState, K> {
  const out = {} as Pick<ViewState, K>;
  for (const k of keys) out[k] = s[k];
  return out;
}

/**
 * The parts of the view a panel draws, as of the last paint (see useAfterPaint), read together
 * so a change to several at once (a saved view, Reset) redraws the panel once. `keys` must be
 * a constant list.
 */
export function usePaintedView<K extends keyof ViewState>(keys: readonly K[]): Pick<ViewState, K> {
  return useAfterPaint(useViewStore(useShallow((s) => pick(s, keys))));
}

/** The page filters as of the last paint, as the domain functions take them. */
export function usePaintedFilter(): ObservationFilter {
  return useFilterOf(usePaintedView(FILTER_INPUTS));
}

/** The filter part of a painted view, keeping its identity while the filters stay the same. */
export function useFilterOf(view: Pick<ViewState, (typeof FILTER_INPUTS)[number]>): ObservationFilter {
  const { from, to, regions, segments, derived } = view;
  return useMemo(() => observationFilter({ from, to, regions, segments, derived }), [from, to, regions, segments, derived]);
}
