import { useDeferredValue, useMemo, useState } from 'react';
import { DataTable } from '../../components/charts/data-table.tsx';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { filterObservations } from '../../domain/filters.ts';
import { plotPoints } from '../../domain/plot.ts';
import { useDisplayOptions } from '../../hooks/use-display-options.ts';
import { useObservationFilter } from '../../state/view-store.ts';

const PAGE = 200;

/** Every figure in the dataset under the current filters, searchable: nothing the sources state is out of reach. */
export function AllFigures() {
  const index = useDatasetIndex();
  const filter = useObservationFilter();
  const display = useDisplayOptions();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [limit, setLimit] = useState(PAGE);
  const inFilter = useMemo(() => plotPoints(index, filterObservations(index.dataset.observations, filter), display), [index, filter, display]);
  const matches = useMemo(() => {
    const q = deferredQuery.trim().toLowerCase();
    if (!q) return inFilter;
    return inFilter.filter((p) =>
      `${p.provenance.what} ${p.provenance.period} ${p.text} ${p.provenance.kind} ${p.provenance.source}`.toLowerCase().includes(q),
    );
  }, [inFilter, deferredQuery]);
  const total = index.dataset.observations.length;
  return (
    <section className="section" aria-labelledby="all-figures-heading">
      <div className="section__header">
        <h2 id="all-figures-heading">All figures</h2>
        <p className="muted">
          {matches.length} of {total} figures shown (filters and search apply; figures several sources give are listed once, with the others counted in the
          tooltip of the charts).
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
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. India, R&D, 2017"
          />
        </div>
      </div>
      <DataTable caption="Every figure in the dataset" points={matches.slice(0, limit)} />
      {matches.length > limit ? (
        <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, matches.length - limit)} more
        </button>
      ) : null}
    </section>
  );
}
