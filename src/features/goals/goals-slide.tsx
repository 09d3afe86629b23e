import { useId } from 'react';
import { CategoryBarChart, categoryChartHeight } from '../../components/charts/category-bar-chart.tsx';
import { ChartFrame } from '../../components/charts/chart-frame.tsx';
import { SlideLayout, type PanelSlideProps } from '../../components/ui/slide-layout.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { countByStatus, goalProgressRows, GOAL_STATUS_LABELS } from '../../domain/goals.ts';
import { goalSources, shortCitation } from '../../domain/sources.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useGoalAssessments } from '../../hooks/use-goal-assessments.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { goalsTakeaway } from '../../domain/regional-takeaways.ts';
import { goalCurrencyNote } from '../../domain/goal-words.ts';
import { notNarrowedNote } from '../../domain/headline.ts';
import { PROGRESS_CHART, PROGRESS_SERIES } from './goals-series.ts';

export function GoalsSlide({ compact = false, kicker }: PanelSlideProps) {
  const takeawayId = useId();
  const index = useDatasetIndex();
  const display = useDeferredDisplayOptions();
  const assessments = useGoalAssessments();
  const filter = useDeferredFilter();
  const counts = countByStatus(assessments);
  const rows = goalProgressRows(index, assessments, display);
  const currencyNote = goalCurrencyNote(assessments, display.currency);
  return (
    <SlideLayout
      subtitleId={takeawayId}
      compact={compact}
      kicker={kicker}
      title="Announced goals against what happened"
      subtitle={goalsTakeaway(index, assessments, rows, filter).text}
      figures={
        assessments.length
          ? [
              { label: 'Met', value: `${counts.met} of ${assessments.length}`, unfiltered: notNarrowedNote(filter, 'goals') },
              { label: 'Cannot be judged', value: String(counts.unknown) },
            ]
          : undefined
      }
      // Among four, it goes under the list of goals it explains, and gives way with it.
      note={compact ? undefined : (currencyNote ?? undefined)}
      sources={goalSources(index, assessments).map(shortCitation).join('; ')}
    >
      <div className={rows.length ? 'slide__goals slide__goals--charted' : 'slide__goals'}>
        {rows.length ? (
          // Among four, the chart fills its cell but keeps a readable bar per goal.
          <div className="slide__goals-chart" style={compact ? { minHeight: categoryChartHeight(rows.length) } : undefined}>
            <ChartFrame describedBy={takeawayId} rows={rows} series={[PROGRESS_SERIES]}>
              {({ describedBy }) => (
                <CategoryBarChart
                  rows={rows}
                  {...PROGRESS_CHART}
                  domainMax={125}
                  // Three ticks: at slide type size, quarter steps run into each other on a 1280-wide screen.
                  ticks={[0, 50, 100]}
                  // Never taller than the screen above the slide controls (a phone on its side).
                  height={compact ? '100%' : `min(${Math.max(240, rows.length * 110 + 90)}px, 100svh - 96px)`}
                  large={!compact}
                  describedBy={describedBy}
                />
              )}
            </ChartFrame>
          </div>
        ) : null}
        <ol className="slide__goal-list">
          {assessments.map((a) => (
            <li key={a.goal.id}>
              <span className={`status status--${a.status}`}>{GOAL_STATUS_LABELS[a.status]}</span>
              <span className="slide__goal-title">{a.goal.title}</span>
            </li>
          ))}
        </ol>
        {compact && currencyNote ? <p className="slide__goal-note">{currencyNote}</p> : null}
      </div>
    </SlideLayout>
  );
}
