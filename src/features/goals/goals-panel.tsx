import { useId, useMemo, useState } from 'react';
import { CategoryBarChart } from '../../components/charts/category-bar-chart.tsx';
import { chartOwnsKey, goToEnd } from '../../components/charts/marks.ts';
import { TrajectoryChart, trajectoryPointWords } from '../../components/charts/trajectory-chart.tsx';
import { TrajectoryLegend } from '../../components/charts/trajectory-legend.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { Panel } from '../../components/ui/panel.tsx';
import { SourceFooter } from '../../components/ui/source-footer.tsx';
import { TableScroll } from '../../components/charts/data-table.tsx';
import { PanelViewControls } from '../../components/panel-chrome/panel-view-controls.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { describeAssessment, describeEvidence, describeTarget, describeTrajectory, goalCurrencyNote } from '../../domain/goal-words.ts';
import { GOAL_STATUS_LABELS, countByStatus, noGoalsReason, goalProgressRows, goalTrajectory, type GoalAssessment } from '../../domain/goals.ts';
import { axisTick } from '../../domain/format.ts';
import { citation, goalSources } from '../../domain/sources.ts';
import { periodLabel } from '../../data/period.ts';
import { useDeferredDisplayOptions } from '../../hooks/use-display-options.ts';
import { useShowsTable } from '../../state/view-store.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { ChartFrame } from '../../components/charts/chart-frame.tsx';
import { showGoal } from '../../hooks/use-goal-link.ts';
import { goalsTakeaway } from '../../domain/regional-takeaways.ts';
import { PANEL_TITLES } from '../../state/view-state.ts';
import { useGoalAssessments } from '../../hooks/use-goal-assessments.ts';
import { PROGRESS_CHART, PROGRESS_SERIES } from './goals-series.ts';

const PROGRESS_TICKS = [0, 25, 50, 75, 100];

const GOALS_CAPTION = 'Announced goals and their status';

function StatusBadge({ status }: { status: GoalAssessment['status'] }) {
  return <span className={`status status--${status}`}>{GOAL_STATUS_LABELS[status]}</span>;
}

function GoalsTable({ assessments }: { assessments: readonly GoalAssessment[] }) {
  const index = useDatasetIndex();
  return (
    <TableScroll label={GOALS_CAPTION}>
      <table className="data-table">
        <caption>{GOALS_CAPTION}</caption>
        <thead>
          <tr>
            <th scope="col">Goal</th>
            <th scope="col">Set by</th>
            <th scope="col">Stated</th>
            <th scope="col">Target</th>
            <th scope="col">Deadline</th>
            <th scope="col">Best evidence</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {assessments.map((a) => (
            <tr key={a.goal.id}>
              <th scope="row">{a.goal.title}</th>
              <td data-label="Set by">{a.goal.setBy}</td>
              <td data-label="Stated">
                {periodLabel(a.goal.statedIn)}
                {a.goal.statedNote ? <div className="small">{a.goal.statedNote}</div> : null}
              </td>
              <td data-label="Target">{describeTarget(index, a)}</td>
              <td data-label="Deadline">{periodLabel(a.goal.deadline)}</td>
              <td data-label="Best evidence">{describeEvidence(index, a) ?? 'none in the sources'}</td>
              <td data-label="Status">
                <StatusBadge status={a.status} />
                <div className="small">{describeAssessment(index, a)}</div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function GoalTrajectory({ assessment }: { assessment: GoalAssessment }) {
  const index = useDatasetIndex();
  const trajectory = useMemo(() => goalTrajectory(index, assessment), [index, assessment]);
  const takeawayId = useId();
  // What a screen reader hears as the keys move along the path: the point its tooltip shows, which is only seen.
  const [said, setSaid] = useState('');
  if (!trajectory || !assessment.target) return null;
  const yTick = axisTick(assessment.target.unit, assessment.target.currency);
  return (
    <div className="goal__trajectory">
      <figure
        className="chart trajectory"
        onKeyDown={(event) => goToEnd(event, trajectory.rows.length)}
        onKeyUp={(event) => {
          if (!chartOwnsKey(event)) return;
          const x = event.currentTarget.querySelector('.chart-tooltip[data-x]')?.getAttribute('data-x');
          const row = trajectory.rows.find((r) => String(r.x) === x);
          setSaid(row ? trajectoryPointWords(row, yTick) : '');
        }}
      >
        <p className="chart__takeaway small" id={takeawayId}>
          {describeTrajectory(assessment, trajectory)}
        </p>
        {/* The key before the lines, as on every chart (ChartFrame). */}
        <TrajectoryLegend />
        <TrajectoryChart trajectory={trajectory} yTick={yTick} label={`Path to the goal: ${assessment.goal.title}`} describedBy={takeawayId} />
        <p className="visually-hidden" role="status">
          {said}
        </p>
      </figure>
    </div>
  );
}

export function GoalsPanel() {
  const index = useDatasetIndex();
  const display = useDeferredDisplayOptions();
  const assessments = useGoalAssessments();
  const showTable = useShowsTable('goals');
  const counts = countByStatus(assessments);
  const rows = useMemo(() => goalProgressRows(index, assessments, display), [index, assessments, display]);
  const maxProgress = Math.max(100, ...rows.map((r) => Number(r.values.progress ?? 0)));
  const filter = useDeferredFilter();
  const takeaway = useMemo(() => goalsTakeaway(index, assessments, rows, filter).text, [index, assessments, rows, filter]);
  const sources = goalSources(index, assessments);
  const currencyNote = goalCurrencyNote(assessments, display.currency);

  return (
    <Panel
      id="goals"
      title={PANEL_TITLES.goals}
      subtitle={
        assessments.length
          ? `${counts.met} of ${assessments.length} announced goals met on the evidence in the sources; ${counts.unknown} cannot be judged.`
          : 'Goals announced by Xiaomi’s leaders, judged on the evidence in the sources.'
      }
      actions={
        <PanelViewControls
          panel="goals"
          getExport={() => ({
            table: async () =>
              (await import('../../domain/csv.ts')).goalsTable(index, assessments, (id) => {
                const source = index.source.get(id);
                return source ? citation(source) : id;
              }),
            sources: sources.map(citation),
            lines: assessments.map((a) => `${GOAL_STATUS_LABELS[a.status]}: ${a.goal.title}. ${describeAssessment(index, a)}`),
          })}
        />
      }
      footer={<SourceFooter sources={sources} />}
    >
      {assessments.length === 0 ? (
        <EmptyState>{noGoalsReason(filter, index.dataset.goals)}.</EmptyState>
      ) : showTable ? (
        <GoalsTable assessments={assessments} />
      ) : (
        <>
          {rows.length ? (
            <ChartFrame
              takeaway={takeaway}
              rows={rows}
              series={[PROGRESS_SERIES]}
              actionFor={(row) => ({ label: 'Show this goal', run: () => showGoal(row.key) })}
              caption={
                <p className="chart__note">
                  Best figure in the sources as a share of the target.
                  {rows.length < assessments.length
                    ? ` ${assessments.length - rows.length} of ${assessments.length} goals have no figure to compare and are listed only.`
                    : null}
                  {currencyNote ? ` ${currencyNote}` : null}
                </p>
              }
            >
              {({ describedBy }) => (
                <CategoryBarChart
                  rows={rows}
                  {...PROGRESS_CHART}
                  domainMax={Math.ceil((maxProgress * 1.15) / 25) * 25}
                  ticks={PROGRESS_TICKS}
                  describedBy={describedBy}
                />
              )}
            </ChartFrame>
          ) : (
            <p className="chart__takeaway chart__takeaway--alone">{takeaway}</p>
          )}
          <ol className="goal-list">
            {assessments.map((a) => (
              <li key={a.goal.id} className="goal" id={`goal-${a.goal.id}`} tabIndex={-1}>
                <div className="goal__head">
                  <StatusBadge status={a.status} />
                  <h3 className="goal__title">{a.goal.title}</h3>
                </div>
                <dl className="goal__meta">
                  <div>
                    <dt>Set by</dt>
                    <dd>
                      {a.goal.setBy}, {periodLabel(a.goal.statedIn)}
                    </dd>
                  </div>
                  <div>
                    <dt>Target</dt>
                    <dd>{describeTarget(index, a)}</dd>
                  </div>
                  <div>
                    <dt>Deadline</dt>
                    <dd title={a.goal.deadlineNote}>
                      {periodLabel(a.goal.deadline)}
                      {a.goal.deadlineNote ? ' (derived)' : ''}
                    </dd>
                  </div>
                </dl>
                {/* How firmly the goal was put, and how its deadline was read: on screen, not only on hover. */}
                {a.goal.statedNote ? <p className="goal__note">{a.goal.statedNote}</p> : null}
                {a.goal.deadlineNote ? <p className="goal__note">{a.goal.deadlineNote}</p> : null}
                <p className="goal__explanation">{describeAssessment(index, a)}</p>
                <GoalTrajectory assessment={a} />
              </li>
            ))}
          </ol>
        </>
      )}
    </Panel>
  );
}
