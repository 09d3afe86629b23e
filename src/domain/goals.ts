/**
 * Honest verdicts on announced goals. A status is only as strong as the evidence: a bounded
 * figure ("more than 100") can prove a goal met but not missed, a half-year figure can show
 * pace but not the outcome, and when the sources say nothing the answer is "unknown".
 */
import type { Currency, Goal, Observation } from '../data/schema.ts';
import { convertMoney, type StatedRate } from './currency.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { observationById, observationsOf } from './dataset-index.ts';
import { inYearRange, type ObservationFilter } from './filters.ts';
import { formatNumber, formatValue } from './format.ts';
import { toPlotPoint, type ChartRow, type DisplayOptions } from './plot.ts';
import { dateToYearFraction, elapsedShare, period, periodLabel, type Period } from '../data/period.ts';

export const GOAL_STATUSES = ['met', 'missed', 'on-track', 'behind', 'unknown'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  'on-track': 'On track',
  behind: 'Behind',
  unknown: 'Unknown',
};

export interface GoalAssessment {
  goal: Goal;
  status: GoalStatus;
  /** One line a reader can check: the figure, the target, and the time that was left. */
  explanation: string;
  target: Observation | null;
  targetText: string;
  /** The figure the verdict rests on (in the target's currency when money). */
  evidence: Observation | null;
  evidenceText: string | null;
  /** Nearest figure outside the goal's window, for orientation only. */
  context: Observation | null;
  /** Evidence as a share of the target's low end (atLeast goals); null when not meaningful. */
  progress: number | null;
  /** True when the evidence covers only part of the deadline period. */
  partial: boolean;
  deadlinePassed: boolean;
}

type Comparison = 'met' | 'missed' | 'unsure';

/** Compares one figure with the target, honouring its qualifier and the goal's direction. */
export function compareWithTarget(evidence: Pick<Observation, 'value' | 'upper' | 'qualifier'>, target: number, direction: Goal['direction']): Comparison {
  const low = evidence.value;
  const high = evidence.upper ?? evidence.value;
  if (direction === 'atMost') {
    if (high <= target && evidence.qualifier !== 'moreThan') return 'met';
    if (low > target && evidence.qualifier !== 'nearly') return 'missed';
    return 'unsure';
  }
  switch (evidence.qualifier) {
    case 'moreThan':
      return low >= target ? 'met' : 'unsure';
    case 'nearly':
      return high <= target ? 'missed' : 'unsure';
    default:
      return low >= target ? 'met' : high < target ? 'missed' : 'unsure';
  }
}

function pickTarget(index: DatasetIndex, goal: Goal): Observation | null {
  const targets = goal.targetObservationIds.map((id) => observationById(index, id)).filter((o): o is Observation => o !== undefined);
  // Prefer RMB for money so evidence (reported in RMB) is compared without conversion.
  return targets.find((t) => t.currency === undefined || t.currency === 'RMB') ?? targets[0] ?? null;
}

/** Evidence restated in the target's currency, or null when no stated rate allows it. */
function inCurrency(o: Observation, currency: Currency | undefined, rates: readonly StatedRate[]): Observation | null {
  if (!currency || !o.currency || o.currency === currency) return o;
  const money = convertMoney(o, currency, rates);
  if (!money) return null;
  return { ...o, value: money.value, upper: money.upper, currency, qualifier: o.qualifier ?? 'approx', decimals: 1, derivation: undefined };
}

/** "RMB 100 bn", "80–100 million smartphones", "No. 1", "top 500". */
function targetText(target: Observation, goal: Goal, countNoun?: string): string {
  if (target.unit === 'rank' && goal.direction === 'atMost' && target.value > 1) return `top ${formatNumber(target.value, 0)}`;
  return formatValue(target, { countNoun });
}

function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sameSpan(a: Period, b: Period): boolean {
  return Math.abs(a.start - b.start) < 1e-9 && Math.abs(a.end - b.end) < 1e-9;
}

function describeYears(years: number): string {
  const months = Math.round(years * 12);
  if (months < 1) return 'less than a month';
  if (months < 24) return `${months} month${months === 1 ? '' : 's'}`;
  return `${formatNumber(years, 1)} years`;
}

export function assessGoal(index: DatasetIndex, goal: Goal, asOf: Date, rates: readonly StatedRate[]): GoalAssessment {
  const deadline = period(goal.deadline);
  const stated = period(goal.statedIn);
  const now = dateToYearFraction(asOf);
  const deadlinePassed = now >= deadline.end;
  const target = goal.metric ? pickTarget(index, goal) : null;
  const metric = goal.metric ? index.metric.get(goal.metric) : undefined;
  const base = {
    goal,
    target,
    targetText: target ? targetText(target, goal, metric?.countNoun) : 'no measurable target',
    evidence: null,
    evidenceText: null,
    context: null,
    progress: null,
    partial: false,
    deadlinePassed,
  } satisfies Omit<GoalAssessment, 'status' | 'explanation'>;

  if (!goal.metric || !target) {
    return { ...base, status: 'unknown', explanation: 'No measurable target was stated, so the sources cannot show progress.' };
  }
  const converted = new WeakSet<Observation>();
  const fmt = (o: Observation) => formatValue(o, { countNoun: metric?.countNoun }) + (converted.has(o) ? ' (converted at a stated rate)' : '');
  const candidates = observationsOf(index, goal.metric)
    .filter((o) => o.kind !== 'target' && o.entity === goal.entity && o.region === goal.region)
    .flatMap((o) => {
      const shown = inCurrency(o, target.currency, rates);
      if (shown && shown !== o) converted.add(shown);
      return shown ? [shown] : [];
    });
  const inWindow = candidates.filter((o) => {
    const p = period(o.period);
    return p.end > stated.start && p.start < deadline.end;
  });
  const isFlow = metric?.aggregation === 'flow';

  const final = inWindow.find((o) => sameSpan(period(o.period), deadline));
  if (final) {
    const verdict = compareWithTarget(final, target.value, goal.direction);
    const when = periodLabel(final.period);
    const progress = goal.direction === 'atLeast' ? final.value / target.value : null;
    const withEvidence = { ...base, evidence: final, evidenceText: fmt(final), progress };
    if (verdict === 'met') return { ...withEvidence, status: 'met', explanation: sentence(`${fmt(final)} in ${when} against a target of ${base.targetText}.`) };
    if (verdict === 'missed') {
      const gap = Math.abs(target.value - final.value);
      return {
        ...withEvidence,
        status: 'missed',
        explanation: sentence(
          `${fmt(final)} in ${when}, ${formatValue({ ...target, value: gap, upper: undefined, qualifier: undefined })} short of the ${base.targetText} target.`,
        ),
      };
    }
    return {
      ...withEvidence,
      status: 'unknown',
      explanation: sentence(`${fmt(final)} in ${when} is not precise enough to settle a target of ${base.targetText}.`),
    };
  }

  if (!isFlow) {
    // Levels and ranks: any in-window figure that meets the target counts; otherwise the latest one shows the distance.
    const sorted = [...inWindow].sort((a, b) => period(a.period).end - period(b.period).end);
    const hit = sorted.find((o) => compareWithTarget(o, target.value, goal.direction) === 'met');
    if (hit)
      return {
        ...base,
        evidence: hit,
        evidenceText: fmt(hit),
        status: 'met',
        explanation: sentence(`${fmt(hit)} in ${periodLabel(hit.period)}, meeting the target of ${base.targetText}.`),
      };
    const latest = sorted.at(-1);
    if (latest) {
      const left = describeYears(deadline.end - period(latest.period).end);
      if (!deadlinePassed) {
        return {
          ...base,
          evidence: latest,
          evidenceText: fmt(latest),
          status: 'behind',
          explanation: sentence(`${fmt(latest)} in ${periodLabel(latest.period)} against a target of ${base.targetText}, with ${left} left.`),
        };
      }
      return {
        ...base,
        evidence: latest,
        evidenceText: fmt(latest),
        status: 'unknown',
        explanation: sentence(
          `Last figure before the deadline: ${fmt(latest)} in ${periodLabel(latest.period)} (${left} before it); nothing for ${periodLabel(goal.deadline)} itself.`,
        ),
      };
    }
  }

  if (isFlow) {
    const partials = inWindow
      .filter((o) => {
        const p = period(o.period);
        return p.start >= deadline.start - 1e-9 && p.end <= deadline.end + 1e-9;
      })
      .sort((a, b) => period(a.period).end - period(b.period).end);
    const latest = partials.at(-1);
    if (latest && goal.direction === 'atLeast') {
      const elapsed = elapsedShare(latest.period, goal.deadline);
      const pace = latest.value / elapsed;
      const share = latest.value / target.value;
      const goalText = target.upper === undefined ? `the ${base.targetText} target` : `the target's low end (${formatValue({ ...target, upper: undefined })})`;
      const summary = `${fmt(latest)} in ${periodLabel(latest.period)}: ${formatNumber(share * 100, 0)}% of ${goalText} with ${formatNumber(elapsed * 100, 0)}% of ${periodLabel(goal.deadline)} gone, a pace of about ${formatValue({ ...latest, value: pace, qualifier: undefined, decimals: 1 })}`;
      const withEvidence = { ...base, evidence: latest, evidenceText: fmt(latest), progress: share, partial: true };
      if (deadlinePassed) return { ...withEvidence, status: 'unknown', explanation: sentence(`${summary}; the sources give no full-period figure.`) };
      const onPace = compareWithTarget({ ...latest, value: pace, upper: undefined }, target.value, 'atLeast') === 'met';
      return { ...withEvidence, status: onPace ? 'on-track' : 'behind', explanation: sentence(`${summary}.`) };
    }
  }

  const before = candidates
    .filter((o) => period(o.period).end <= stated.start)
    .sort((a, b) => period(a.period).end - period(b.period).end)
    .at(-1);
  const after = candidates.filter((o) => period(o.period).start >= deadline.end).sort((a, b) => period(a.period).start - period(b.period).start)[0];
  const context = before ?? after ?? null;
  const contextText = context
    ? ` Nearest figure: ${fmt(context)} in ${periodLabel(context.period)}, ${context === before ? 'before the goal was set' : 'after the deadline'}.`
    : '';
  const span = isFlow ? periodLabel(goal.deadline) : `the period from ${periodLabel(goal.statedIn)} to the end of ${periodLabel(goal.deadline)}`;
  if (deadlinePassed) {
    return {
      ...base,
      context,
      status: 'unknown',
      explanation: sentence(`The sources give no ${metric?.label.toLowerCase() ?? 'figure'} for ${span}.${contextText}`),
    };
  }
  return {
    ...base,
    context,
    status: 'unknown',
    explanation: sentence(`No figure since the goal was set; ${describeYears(deadline.end - now)} left.${contextText}`),
  };
}

export function assessGoals(index: DatasetIndex, asOf: Date, rates: readonly StatedRate[]): GoalAssessment[] {
  return index.goals.map((g) => assessGoal(index, g, asOf, rates));
}

/** The goals a page filter shows: deadline in the selected years, region among those selected. */
export function goalsInView(assessments: readonly GoalAssessment[], filter: Pick<ObservationFilter, 'from' | 'to' | 'regions'>): GoalAssessment[] {
  return assessments.filter((a) => inYearRange(a.goal.deadline, filter) && (!filter.regions || filter.regions.includes(a.goal.region)));
}

export function countByStatus(assessments: readonly GoalAssessment[]): Record<GoalStatus, number> {
  const counts = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const a of assessments) counts[a.status] += 1;
  return counts;
}

/**
 * Progress bars for the goals chart: evidence as a percentage of the target, keeping the
 * evidence's provenance for the tooltip. Goals without a usable figure get an empty row, so
 * the chart still lists them.
 */
export function goalProgressRows(index: DatasetIndex, assessments: readonly GoalAssessment[], display: DisplayOptions): ChartRow[] {
  return assessments.map((a) => {
    const evidencePoint = a.evidence ? toPlotPoint(index, a.evidence, display) : null;
    const pct = a.progress === null ? null : a.progress * 100;
    const point =
      evidencePoint && pct !== null
        ? {
            ...evidencePoint,
            value: pct,
            upper: undefined,
            short: `${a.evidence?.qualifier === 'moreThan' ? 'over ' : ''}${formatNumber(pct, 0)}%${a.partial ? ` by ${periodLabel(a.evidence?.period ?? '')}` : ''}`,
          }
        : undefined;
    return {
      key: a.goal.id,
      label: a.goal.shortTitle,
      values: { progress: pct },
      points: { progress: point },
    };
  });
}

export interface TrajectoryRow {
  /** Share of the goal's period elapsed, 0 to 1. */
  x: number;
  label: string;
  /** Cumulative reported figure (zero at the start of the period by definition). */
  reported: number | null;
  /** Straight path from zero to the target's low end. */
  needed: number | null;
  /** Where the pace so far leads by the deadline. */
  pace: number | null;
}

export interface Trajectory {
  rows: TrajectoryRow[];
  target: number;
  targetHigh?: number;
  /** What was still needed after the last figure, in words. */
  remaining: string;
}

/**
 * For a flow goal judged on a part-period figure: the path needed to reach the target against
 * the figure reported and the pace it implies. Null when no rate makes sense (ranks, levels,
 * a full-period figure, or no figure at all).
 */
export function goalTrajectory(index: DatasetIndex, a: GoalAssessment): Trajectory | null {
  if (!a.partial || !a.evidence || !a.target || a.goal.direction !== 'atLeast') return null;
  const metric = a.goal.metric ? index.metric.get(a.goal.metric) : undefined;
  if (metric?.aggregation !== 'flow') return null;
  const elapsed = elapsedShare(a.evidence.period, a.goal.deadline);
  if (elapsed <= 0 || elapsed >= 1) return null;
  const target = a.target.value;
  const value = a.evidence.value;
  const deadline = periodLabel(a.goal.deadline);
  const needed = Math.max(0, target - value);
  return {
    rows: [
      { x: 0, label: `Start of ${deadline}`, reported: 0, needed: 0, pace: null },
      { x: elapsed, label: `End of ${periodLabel(a.evidence.period)}`, reported: value, needed: target * elapsed, pace: value },
      { x: 1, label: `End of ${deadline}`, reported: null, needed: target, pace: value / elapsed },
    ],
    target,
    targetHigh: a.target.upper,
    remaining: `${formatValue({ ...a.evidence, value: needed, upper: undefined, qualifier: undefined, decimals: 1 })} more were needed in the remaining ${formatNumber((1 - elapsed) * 100, 0)}% of ${deadline}, against ${formatValue({ ...a.evidence, qualifier: undefined })} in the first ${formatNumber(elapsed * 100, 0)}%.`,
  };
}
