import { useMemo } from 'react';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { headlineFigures } from '../../domain/headline.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { useGoalAssessments } from '../../hooks/use-goal-assessments.ts';
import { PopoverMenu } from '../../components/ui/popover-menu.tsx';

/**
 * Key figures at a glance in one compact row, each with its period and source, and what the
 * filters do not narrow. The source opens its full citation on a tap, click or Enter; on a
 * phone, where the card has no room for its name, it reads "source".
 */
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
          <div key={f.id} className="headline__item" data-figure={f.id}>
            <dt>{f.label}</dt>
            <dd className="headline__value">
              {f.hedge ? <span className="headline__hedge">{f.hedge} </span> : null}
              {f.value}
            </dd>
            <dd className="headline__detail">
              {f.detail}
              {f.point ? (
                <>
                  {' · '}
                  <PopoverMenu
                    label={`Source of ${f.label}`}
                    buttonClassName="headline__source"
                    button={
                      <>
                        <span className="visually-hidden">{f.label}: </span>
                        <span className="headline__source-name">{index.source.get(f.point.observation.sourceId)?.shortTitle}</span>
                        <span className="headline__source-word">source</span>
                      </>
                    }
                  >
                    {() => <p className="headline__citation">{f.point?.provenance.citation}</p>}
                  </PopoverMenu>
                </>
              ) : null}
            </dd>
            {f.unfiltered ? <dd className="headline__unfiltered">{f.unfiltered}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  );
}
