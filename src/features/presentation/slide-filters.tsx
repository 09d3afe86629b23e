import { useDeferredValue } from 'react';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { activeFilters, filtersLine } from '../../state/active-filters.ts';
import { useFilterState } from '../../state/view-store.ts';

/**
 * The filters a chart slide is drawn under, beside the slide controls, so a room knows the
 * figures are narrowed (the title slide names them in its subtitle). Nothing when none is set.
 */
export function SlideFilters() {
  const index = useDatasetIndex();
  // Deferred like the slide's figures, so the filters named and the chart drawn agree.
  const chips = activeFilters(useDeferredValue(useFilterState()), index);
  return chips.length ? <p className="deck__filters">Filters: {filtersLine(chips, '')}</p> : null;
}
