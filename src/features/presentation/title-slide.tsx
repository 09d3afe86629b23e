import { useDeferredValue, useMemo } from 'react';
import { SlideLayout } from '../../components/ui/slide-layout.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { headlineFigures } from '../../domain/headline.ts';
import { articleCount, figureSpan } from '../../domain/sources.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { useGoalAssessments } from '../../hooks/use-goal-assessments.ts';
import { activeFilters, filtersLine } from '../../state/active-filters.ts';
import { useSession } from '../../state/session-store.ts';
import { useFilterState } from '../../state/view-store.ts';

/** The opening slide: what the deck covers, under which filters, and the headline figures. */
export function TitleSlide() {
  const index = useDatasetIndex();
  const loaded = useSession((s) => s.dataset.source === 'upload');
  // Deferred like the figures below it, so the filters named and the figures shown always agree.
  const filter = useDeferredFilter();
  const filterState = useDeferredValue(useFilterState());
  const display = useDeferredDisplayOptions();
  const goals = useGoalAssessments();
  const figures = useMemo(() => headlineFigures(index, filter, display, goals), [index, filter, display, goals]);
  const span = figureSpan(index);
  const chips = activeFilters(filterState, index);
  return (
    <SlideLayout
      title="Xiaomi in figures"
      subtitle={chips.length ? `Filters: ${filtersLine(chips, '')}` : `Shipments, revenue, markets and announced goals${span ? `, ${span}` : ''}`}
      sources={`${articleCount(index, loaded)}; each figure on the following slides names its own.`}
    >
      <dl className="title-slide__figures">
        {figures.map((f) => (
          <div key={f.id} className="title-slide__figure" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd className="title-slide__value">
              {f.hedge ? <span className="headline__hedge">{f.hedge} </span> : null}
              {f.value}
            </dd>
            <dd className="title-slide__detail">
              {f.detail}
              {f.point ? ` · ${f.point.provenance.source}` : ''}
            </dd>
            {f.unfiltered ? <dd className="headline__unfiltered">{f.unfiltered}</dd> : null}
          </div>
        ))}
      </dl>
    </SlideLayout>
  );
}
