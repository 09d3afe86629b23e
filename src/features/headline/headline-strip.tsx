import { useMemo } from 'react';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { headlineFigures } from '../../domain/headline.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { useGoalAssessments } from '../../hooks/use-goal-assessments.ts';

/** Key figures at a glance in one compact row, each with its period and source, and what the filters do not narrow. */
export function HeadlineStrip() {
  const index = useDatasetIndex();
  // Like the panels, deferred: the control the user touched answers first.
  const filter = useDeferredFilter();
  const display = useDeferredDisplayOptions();
  const goals = useGoalAssessments();
  const figures = useMemo(() => headlineFigures(index, filter, display, goals), [index, filter, display, goals]);
  return (
    <section className="headline" aria-label="Key figures">
      <dl className="headline__list">
        {figures.map((f) => (
          <div key={f.id} className="headline__item" data-figure={f.id} title={f.point?.provenance.citation}>
            <dt>{f.label}</dt>
            <dd className="headline__value">
              {f.hedge ? <span className="headline__hedge">{f.hedge} </span> : null}
              {f.value}
            </dd>
            <dd className="headline__detail">
              {f.detail}
              {f.point ? <span className="headline__source"> · {index.source.get(f.point.observation.sourceId)?.shortTitle}</span> : null}
            </dd>
            {f.unfiltered ? <dd className="headline__unfiltered">{f.unfiltered}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
