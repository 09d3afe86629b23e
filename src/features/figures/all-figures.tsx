import { useDeferredValue, useMemo, useState } from 'react';
import { DataTable } from '../../components/charts/data-table.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import type { Observation } from '../../data/schema.ts';
import { observationsInTimeOrder, type DatasetIndex } from '../../domain/dataset-index.ts';
import { filterObservations } from '../../domain/filters.ts';
import { periodLabel } from '../../data/period.ts';
import { toPlotPoint, type PlotPoint } from '../../domain/plot.ts';
import { describeWhat } from '../../domain/provenance.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { formatNumber } from '../../domain/format.ts';

const PAGE = 200;

/** Search text per observation, built once per dataset and only when someone searches. */
const searchText = new WeakMap<DatasetIndex, Map<string, string>>();
function textOf(index: DatasetIndex, o: Observation): string {
  let map = searchText.get(index);
  if (!map) searchText.set(index, (map = new Map()));
  let text = map.get(o.id);
  if (text === undefined) {
    const source = index.source.get(o.sourceId);
    text = `${describeWhat(index, o)} ${periodLabel(o.period)} ${o.value} ${o.kind} ${source?.shortTitle ?? ''} ${source?.publisher ?? ''}`.toLowerCase();
    map.set(o.id, text);
  }
  return text;
}

/**
 * Every figure in the dataset under the current filters, each source's figure on its own row,
 * searchable. Only the rows on screen are formatted, so a 100,000-row dataset stays quick.
 */
export function AllFigures() {
  const index = useDatasetIndex();
  const filter = useDeferredFilter();
  const display = useDeferredDisplayOptions();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const [limit, setLimit] = useState(PAGE);
  const inFilter = useMemo(() => filterObservations(observationsInTimeOrder(index), filter), [index, filter]);
  const matches = useMemo(() => {
    const q = deferredQuery.trim().toLowerCase();
    return q ? inFilter.filter((o) => textOf(index, o).includes(q)) : inFilter;
  }, [index, inFilter, deferredQuery]);
  const shown = useMemo(() => matches.slice(0, limit).flatMap((o) => toPlotPoint(index, o, display) ?? []) as PlotPoint[], [index, matches, limit, display]);
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
            onChange={(e) => setQuery(e.target.value)}
            placeholder="e.g. India, R&D, 2017"
          />
        </div>
      </div>
      <DataTable caption="Every figure in the dataset" points={shown} />
      {matches.length > limit ? (
        <button type="button" className="button" onClick={() => setLimit((l) => l + PAGE)}>
          Show {Math.min(PAGE, matches.length - limit)} more
        </button>
      ) : null}
    </section>
  );
}
