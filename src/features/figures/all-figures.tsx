import { useDeferredValue, useMemo, useState } from 'react';
import { DataTable } from '../../components/charts/data-table.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { MoreButton } from '../../components/ui/more-button.tsx';
import { usePrinting } from '../../components/ui/use-printing.ts';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { observationsInTimeOrder } from '../../domain/dataset-index.ts';
import { figureSearch } from '../../domain/figure-search.ts';
import { filterObservations } from '../../domain/filters.ts';
import { displayFor, toPlotPoint, type PlotPoint } from '../../domain/plot.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { formatNumber } from '../../domain/format.ts';
import { MAX_VALUE_LENGTH } from '../../state/url-state.ts';
import { useViewStore } from '../../state/view-store.ts';

/** Rows shown at first, and added by each "Show more". */
const FIRST = 10;
const PAGE = 200;

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
  // On paper, with no "Show more", a page of rows at least.
  const printed = usePrinting() ? Math.max(limit, PAGE) : limit;
  const inFilter = useMemo(() => filterObservations(observationsInTimeOrder(index), filter), [index, filter]);
  const search = useMemo(() => figureSearch(index, inFilter), [index, inFilter]);
  const matches = useMemo(() => search(deferredQuery), [search, deferredQuery]);
  const searching = deferredQuery.trim() !== '';
  const convertTargets = useDeferredValue(useViewStore((s) => s.convertTargets));
  const shown = useMemo(
    () => matches.slice(0, printed).flatMap((o) => toPlotPoint(index, o, displayFor(o, display, convertTargets)) ?? []) as PlotPoint[],
    [index, matches, printed, display, convertTargets],
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
        <DataTable
          // Named for what it lists: "every figure" over 5 of 88 overstated a search.
          caption={matches.length === total ? 'Every figure in the dataset' : `The figures that match the filters${searching ? ' and the search' : ''}`}
          points={shown}
        />
      ) : (
        <EmptyState>
          {filter.regions?.length === 0
            ? 'No region is selected, so no figure is listed. Choose a region, or All, under Regions.'
            : searching
              ? `No figure under the filters matches “${deferredQuery.trim()}”.`
              : 'No figure in the dataset matches the filters.'}
        </EmptyState>
      )}
      {matches.length > shown.length ? (
        <p className="muted small print-only">
          The first {formatNumber(shown.length, 0)} of {formatNumber(matches.length, 0)} are printed.
        </p>
      ) : null}
      <MoreButton total={matches.length} limit={limit} first={FIRST} page={PAGE} onLimit={setLimit} />
    </section>
  );
}
