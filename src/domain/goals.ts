/**
 * Honest verdicts on announced goals. A status is only as strong as the evidence: a bounded
 * figure ("more than 100") can prove a goal met but not missed, a half-year figure can show
 * pace but not the outcome, and when the sources say nothing the answer is "unknown".
 */
import type { Currency, Goal, Observation } from '../data/schema.ts';
import { convertedObservation, convertMoney, type StatedRate } from './currency.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { observationById, observationsOf } from './dataset-index.ts';
import { inYearRange, isOutcome, type ObservationFilter } from './filters.ts';
import { formatNumber } from './format.ts';
import { toPlotPoint, type ChartRow, type DisplayOptions } from './plot.ts';
import { dateToYearFraction, elapsedShare, period, periodLabel, type Period } from '../data/period.ts';

const GOAL_STATUSES = ['met', 'missed', 'on-track', 'behind', 'unknown'] as const;
export type GoalStatus = (typeof GOAL_STATUSES)[number];

export const GOAL_STATUS_LABELS: Record<GoalStatus, string> = {
  met: 'Met',
  missed: 'Missed',
  'on-track': 'On track',
  behind: 'Behind',
  unknown: 'Unknown',
};

/**
 * What a verdict rests on, as data: which figure, compared how, with the numbers a reader needs
 * to check it. describeAssessment (goal-words.ts) words it.
 */
export type GoalBasis =
  /** Nothing measurable was promised. */
  | { kind: 'no-target' }
  /** A figure for the deadline period itself, compared with the target. */
  | { kind: 'deadline-figure'; comparison: Comparison; /** How far short, in the target's unit (missed only). */ shortBy: number | null }
  /** A level or rank inside the goal's window that meets the target. */
  | { kind: 'reached-in-window' }
  /** The latest level or rank inside the window, short of the target; `yearsLeft` from it to the deadline. */
  | { kind: 'latest-in-window'; yearsLeft: number }
  /** A part of the deadline period (a flow such as H1 of the year): share of target reached, share of time gone, and the pace it implies. */
  | { kind: 'pace'; share: number; elapsed: number; pace: number; targetLowEnd: boolean }
  /** No figure in the window; `context` is the nearest one outside it, if any; `yearsLeft` while the deadline is ahead. */
  | { kind: 'no-figure'; contextSide: 'before' | 'after' | null; yearsLeft: number | null };

export interface GoalAssessment {
  goal: Goal;
  status: GoalStatus;
  basis: GoalBasis;
  target: Observation | null;
  /** The figure the verdict rests on (in the target's currency when money). */
  evidence: Observation | null;
  /** The stated rate the evidence was converted at into the target's currency; null when it was not. */
  convertedWith: StatedRate | null;
  /** Nearest figure outside the goal's window, for orientation only. */
  context: Observation | null;
  /** Evidence as a share of the target's low end (atLeast goals); null when not meaningful. */
  progress: number | null;
  /** True when the evidence covers only part of the deadline period. */
  partial: boolean;
  deadlinePassed: boolean;
}

export type Comparison = 'met' | 'missed' | 'unsure';

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

/**
 * Evidence restated in the target's currency, or null when no stated rate allows it; written as
 * the panels write a conversion (a floor rounded down), so the two never quote it differently.
 */
function inCurrency(o: Observation, currency: Currency | undefined, rates: readonly StatedRate[]): { shown: Observation; rate?: StatedRate } | null {
  if (!currency || !o.currency || o.currency === currency) return { shown: o };
  const money = convertMoney(o, currency, rates);
  if (!money) return null;
  return { shown: convertedObservation(o, money), rate: money.convertedWith };
}

function sameSpan(a: Period, b: Period): boolean {
  return Math.abs(a.start - b.start) < 1e-9 && Math.abs(a.end - b.end) < 1e-9;
}

const byEnd = (a: Observation, b: Observation) => period(a.period).end - period(b.period).end;

export function assessGoal(index: DatasetIndex, goal: Goal, asOf: Date): GoalAssessment {
  const deadline = period(goal.deadline);
  const stated = period(goal.statedIn);
  const now = dateToYearFraction(asOf);
  const deadlinePassed = now >= deadline.end;
  const target = goal.metric ? pickTarget(index, goal) : null;
  const metric = goal.metric ? index.metric.get(goal.metric) : undefined;
  const empty = { goal, target, evidence: null, convertedWith: null, context: null, progress: null, partial: false, deadlinePassed };
  if (!goal.metric || !target) return { ...empty, status: 'unknown', basis: { kind: 'no-target' } };

  const converted = new WeakMap<Observation, StatedRate>();
  const candidates = observationsOf(index, goal.metric)
    .filter((o) => isOutcome(o) && o.entity === goal.entity && o.region === goal.region)
    .flatMap((o) => {
      const restated = inCurrency(o, target.currency, index.rates);
      if (restated?.rate) converted.set(restated.shown, restated.rate);
      return restated ? [restated.shown] : [];
    });
  const withEvidence = (evidence: Observation, rest: Partial<GoalAssessment> = {}) => ({
    ...empty,
    evidence,
    convertedWith: converted.get(evidence) ?? null,
    ...rest,
  });
  const inWindow = candidates.filter((o) => {
    const p = period(o.period);
    return p.end > stated.start && p.start < deadline.end;
  });
  const isFlow = metric?.aggregation === 'flow';

  const final = inWindow.find((o) => sameSpan(period(o.period), deadline));
  if (final) {
    const comparison = compareWithTarget(final, target.value, goal.direction);
    return {
      ...withEvidence(final, { progress: goal.direction === 'atLeast' ? final.value / target.value : null }),
      status: comparison === 'unsure' ? 'unknown' : comparison,
      basis: { kind: 'deadline-figure', comparison, shortBy: comparison === 'missed' ? Math.abs(target.value - final.value) : null },
    };
  }

  if (!isFlow) {
    // Levels and ranks: any in-window figure that meets the target counts; otherwise the latest one shows the distance.
    const sorted = [...inWindow].sort(byEnd);
    const hit = sorted.find((o) => compareWithTarget(o, target.value, goal.direction) === 'met');
    if (hit) return { ...withEvidence(hit), status: 'met', basis: { kind: 'reached-in-window' } };
    const latest = sorted.at(-1);
    if (latest) {
      const yearsLeft = deadline.end - period(latest.period).end;
      return { ...withEvidence(latest), status: deadlinePassed ? 'unknown' : 'behind', basis: { kind: 'latest-in-window', yearsLeft } };
    }
  }

  if (isFlow && goal.direction === 'atLeast') {
    const latest = inWindow
      .filter((o) => {
        const p = period(o.period);
        return p.start >= deadline.start - 1e-9 && p.end <= deadline.end + 1e-9;
      })
      .sort(byEnd)
      .at(-1);
    if (latest) {
      const elapsed = elapsedShare(latest.period, goal.deadline);
      const pace = latest.value / elapsed;
      const share = latest.value / target.value;
      const onPace = compareWithTarget({ ...latest, value: pace, upper: undefined }, target.value, 'atLeast') === 'met';
      return {
        ...withEvidence(latest, { progress: share, partial: true }),
        status: deadlinePassed ? 'unknown' : onPace ? 'on-track' : 'behind',
        basis: { kind: 'pace', share, elapsed, pace, targetLowEnd: target.upper !== undefined },
      };
    }
  }

  const before = candidates
    .filter((o) => period(o.period).end <= stated.start)
    .sort(byEnd)
    .at(-1);
  const after = candidates.filter((o) => period(o.period).start >= deadline.end).sort((a, b) => period(a.period).start - period(b.period).start)[0];
  const context = before ?? after ?? null;
  return {
    ...empty,
    context,
    convertedWith: (context && converted.get(context)) ?? null,
    status: 'unknown',
    basis: { kind: 'no-figure', contextSide: before ? 'before' : after ? 'after' : null, yearsLeft: deadlinePassed ? null : deadline.end - now },
  };
}

export function assessGoals(index: DatasetIndex, asOf: Date): GoalAssessment[] {
  return index.goals.map((g) => assessGoal(index, g, asOf));
}

/** The goals a page filter shows: deadline in the selected years, region among those selected. */
export function goalsInView(assessments: readonly GoalAssessment[], filter: Pick<ObservationFilter, 'from' | 'to' | 'regions'>): GoalAssessment[] {
  return assessments.filter((a) => inYearRange(a.goal.deadline, filter) && (!filter.regions || filter.regions.includes(a.goal.region)));
}

/**
 * Why no goal is in view, from the filters that left none: never blaming the years when the
 * regions did it (no goal concerns them in any year).
 */
export function noGoalsReason(filter: Pick<ObservationFilter, 'from' | 'to' | 'regions'>, goals: readonly Pick<Goal, 'region'>[]): string {
  // Data the reader loaded may hold figures only: no filter is to blame then.
  if (goals.length === 0) return 'The data on screen lists no announced goals';
  const { regions } = filter;
  if (regions?.length === 0) return 'No region is selected, so no announced goal is in view';
  if (regions && !goals.some((g) => regions.includes(g.region))) return 'No announced goal concerns the selected regions';
  if (regions) return 'No announced goal for the selected regions has a deadline in the selected years';
  return 'No announced goal has a deadline in the selected years';
}

export function countByStatus(assessments: readonly GoalAssessment[]): Record<GoalStatus, number> {
  const counts = Object.fromEntries(GOAL_STATUSES.map((s) => [s, 0])) as Record<GoalStatus, number>;
  for (const a of assessments) counts[a.status] += 1;
  return counts;
}

/**
 * Progress bars for the goals chart: evidence as a percentage of the target, keeping the
 * evidence's provenance for the tooltip. Only goals with a usable figure get a bar; the goal
 * list under the chart names the others.
 */
export function goalProgressRows(index: DatasetIndex, assessments: readonly GoalAssessment[], display: DisplayOptions): ChartRow[] {
  return assessments.flatMap((a) => {
    const evidencePoint = a.evidence ? toPlotPoint(index, a.evidence, display) : null;
    if (!evidencePoint || a.progress === null) return [];
    const pct = a.progress * 100;
    const short = `${a.evidence?.qualifier === 'moreThan' ? 'over ' : ''}${formatNumber(pct, 0)}%${a.partial ? ` by ${periodLabel(a.evidence?.period ?? '')}` : ''}`;
    return [
      {
        key: a.goal.id,
        label: a.goal.shortTitle,
        values: { progress: pct },
        points: { progress: { ...evidencePoint, value: pct, upper: undefined, short } },
      },
    ];
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
  /** Share of the goal's period gone when the last figure ends, 0 to 1. */
  elapsed: number;
  /** What was still needed after the last figure to reach the target's low end. */
  needed: number;
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
    elapsed,
    needed,
  };
}
