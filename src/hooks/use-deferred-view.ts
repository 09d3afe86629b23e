import { useDeferredValue, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ObservationFilter } from '../domain/filters.ts';
import { useViewStore } from '../state/view-store.ts';
import { observationFilter, pickKeys, type ViewState } from '../state/view-state.ts';

/** The view keys a panel draws from: the filters, plus the panel's own choices. */
export const FILTER_INPUTS = ['from', 'to', 'regions', 'segments', 'derived'] as const satisfies readonly (keyof ViewState)[];

/**
 * The parts of the view a panel draws, deferred: the control a user touched answers at once
 * and the charts catch up in a background render, all of them in the same one, so a change to
 * several keys (a saved view, Reset) is never drawn half old, half new. `keys` must be a
 * constant list.
 */
export function useDeferredView<K extends keyof ViewState>(keys: readonly K[]): Pick<ViewState, K> {
  return useDeferredValue(useViewStore(useShallow((s) => pickKeys(s, keys))));
}

/** The page filters, deferred, as the domain functions take them. */
export function useDeferredFilter(): ObservationFilter {
  return useFilterOf(useDeferredView(FILTER_INPUTS));
}

/** The filter part of a view, keeping its identity while the filters stay the same. */
export function useFilterOf(view: Pick<ViewState, (typeof FILTER_INPUTS)[number]>): ObservationFilter {
  const { from, to, regions, segments, derived } = view;
  return useMemo(() => observationFilter({ from, to, regions, segments, derived }), [from, to, regions, segments, derived]);
}
