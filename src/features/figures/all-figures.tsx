import { useDeferredValue, useMemo, useState } from 'react';
import { DataTable } from '../../components/charts/data-table.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { MoreButton } from '../../components/ui/more-button.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import type { Observation } from '../../data/schema.ts';
import { observationsInTimeOrder, type DatasetIndex } from '../../domain/dataset-index.ts';
import { filterObservations } from '../../domain/filters.ts';
import { periodLabel } from '../../data/period.ts';
import { displayFor, toPlotPoint, type PlotPoint } from '../../domain/plot.ts';
import { describeWhat } from '../../domain/provenance.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { formatNumber } from '../../domain/format.ts';
import { MAX_VALUE_LENGTH } from '../../state/url-state.ts';
import { useViewStore } from '../../state/view-store.ts';

/** Rows shown at first, and added by each "Show more". */
const FIRST = 10;
const PAGE = 200;

/** What a search matches in a figure: what it measures, when, its value, kind and source. */
function searchTextOf(index: DatasetIndex, o: Observation): string {
  const source = index.source.get(o.sourceId);
  return `${describeWhat(index, o)} ${periodLabel(o.period)} ${o.value} ${o.kind} ${source?.shortTitle ?? ''} ${source?.publisher ?? ''}`.toLowerCase();
}

/**
 * Every figure in the dataset under the current filters, each source's figure on its own row,
 * searchable. Only the rows on screen are formatted, so a 100,000-row dataset stays quick.
 */
export function AllFigures() {
  const index = useDatasetIndex();
  const filter = useDeferredFilter();
  const display = useDeferredDisplayOptions();
  // In the link, so a shared view lists the same figures.
  const query = useViewStore((s) => s.search);
  const setQuery = useViewStore((s) => s.setSearch);
  const deferredQuery = useDeferredValue(query);
  const [limit, setLimit] = useState(FIRST);
  const inFilter = useMemo(() => filterObservations(observationsInTimeOrder(index), filter), [index, filter]);
  // What each figure in the filters answers to, built only once someone searches.
  const searching = deferredQuery.trim() !== '';
  const texts = useMemo(() => (searching ? inFilter.map((o) => searchTextOf(index, o)) : null), [index, inFilter, searching]);
  const matches = useMemo(() => {
    const q = deferredQuery.trim().toLowerCase();
    return q && texts ? inFilter.filter((_, i) => texts[i]!.includes(q)) : inFilter;
  }, [inFilter, texts, deferredQuery]);
  const convertTargets = useDeferredValue(useViewStore((s) => s.convertTargets));
  const shown = useMemo(
    () => matches.slice(0, limit).flatMap((o) => toPlotPoint(index, o, displayFor(o, display, convertTargets)) ?? []) as PlotPoint[],
    [index, matches, limit, display, convertTargets],
  );
  const total = index.dataset.observations.length;
  return (
    <section className="section" aria-labelledby="all-figures-heading">
      <div className="section__header">
        <h2 id="all-figures-heading">All figures</h2>
        <p className="muted">
          {formatNumber(matches.length, 0)} of {formatNumber(total, 0)} figures match the filters{deferredQuery.trim() ? ' and the search' : ''}. A figure
          several sources give appears once per source.
        </p>
        <div className="field">
          <label className="field__label" htmlFor="figure-search">
            Search figures
          </label>
          <input
            id="figure-search"
            className="field__control"
            type="search"
            value={query}
            maxLength={MAX_VALUE_LENGTH}
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. India, R&D, 2017"
          />
        </div>
      </div>
      {matches.length ? (
        <DataTable caption="Every figure in the dataset" points={shown} />
      ) : (
        <EmptyState>
          {filter.regions?.length === 0
            ? 'No region is selected, so no figure is listed. Choose a region, or All, under Regions.'
            : searching
              ? `No figure under the filters matches “${deferredQuery.trim()}”.`
              : 'No figure in the dataset matches the filters.'}
        </EmptyState>
      )}
      <MoreButton total={matches.length} limit={limit} first={FIRST} page={PAGE} onLimit={setLimit} />
    </section>
  );
}
