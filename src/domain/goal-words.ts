/**
 * Goal verdicts in words: each line a reader can check against the figure, the target and the
 * time that was left. The verdicts themselves are data (goals.ts); this only words them.
 */
import type { Currency, Observation } from '../data/schema.ts';
import { periodLabel } from '../data/period.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { capitalize, formatNumber, formatValue } from './format.ts';
import type { GoalAssessment, Trajectory } from './goals.ts';
import { convertedWords } from './plot.ts';
import { listWords } from './takeaway-words.ts';

function describeYears(years: number): string {
  const months = Math.round(years * 12);
  if (months < 1) return 'less than a month';
  if (months < 24) return `${months} month${months === 1 ? '' : 's'}`;
  return `${formatNumber(years, 1)} years`;
}

function countNoun(index: DatasetIndex, a: GoalAssessment): string | undefined {
  return a.goal.metric ? index.metric.get(a.goal.metric)?.countNoun : undefined;
}

/** "RMB 100 bn", "80–100 million smartphones", "No. 1", "top 500"; "no measurable target". */
export function describeTarget(index: DatasetIndex, a: GoalAssessment): string {
  const { target, goal } = a;
  if (!target) return 'no measurable target';
  if (target.unit === 'rank' && goal.direction === 'atMost' && target.value > 1) return `top ${formatNumber(target.value, 0)}`;
  return formatValue(target, { countNoun: countNoun(index, a) });
}

/** A figure the verdict cites, saying when it was converted to the target's currency. */
function describeFigure(index: DatasetIndex, a: GoalAssessment, o: Observation): string {
  return formatValue(o, { countNoun: countNoun(index, a) }) + (a.convertedWith ? ` (${convertedWords(a.convertedWith)})` : '');
}

/** The figure the verdict rests on, or null when there is none. */
export function describeEvidence(index: DatasetIndex, a: GoalAssessment): string | null {
  return a.evidence ? describeFigure(index, a, a.evidence) : null;
}

/** The verdict's reason in one line. */
export function describeAssessment(index: DatasetIndex, a: GoalAssessment): string {
  const { basis, goal, target, evidence } = a;
  const targetText = describeTarget(index, a);
  const fig = (o: Observation) => describeFigure(index, a, o);
  switch (basis.kind) {
    case 'no-target':
      return 'No measurable target was stated, so the sources cannot show progress.';
    case 'deadline-figure': {
      if (!evidence || !target) break;
      const when = periodLabel(evidence.period);
      if (basis.comparison === 'met') return capitalize(`${fig(evidence)} in ${when} against a target of ${targetText}.`);
      if (basis.comparison === 'missed') {
        const gap = formatValue({ ...target, value: basis.shortBy ?? 0, upper: undefined, qualifier: undefined });
        return capitalize(`${fig(evidence)} in ${when}, ${gap} short of the ${targetText} target.`);
      }
      return capitalize(`${fig(evidence)} in ${when} is not precise enough to settle a target of ${targetText}.`);
    }
    case 'reached-in-window':
      if (!evidence) break;
      return capitalize(`${fig(evidence)} in ${periodLabel(evidence.period)}, meeting the target of ${targetText}.`);
    case 'latest-in-window': {
      if (!evidence) break;
      const left = describeYears(basis.yearsLeft);
      if (!a.deadlinePassed) return capitalize(`${fig(evidence)} in ${periodLabel(evidence.period)} against a target of ${targetText}, with ${left} left.`);
      return capitalize(
        `Last figure before the deadline: ${fig(evidence)} in ${periodLabel(evidence.period)} (${left} before it); nothing for ${periodLabel(goal.deadline)} itself.`,
      );
    }
    case 'pace': {
      if (!evidence || !target) break;
      const goalText = basis.targetLowEnd ? `the target's low end (${formatValue({ ...target, upper: undefined })})` : `the ${targetText} target`;
      const pace = formatValue({ ...evidence, value: basis.pace, qualifier: undefined, decimals: 1 });
      const summary = `${fig(evidence)} in ${periodLabel(evidence.period)}: ${formatNumber(basis.share * 100, 0)}% of ${goalText} with ${formatNumber(basis.elapsed * 100, 0)}% of ${periodLabel(goal.deadline)} gone, a pace of about ${pace}`;
      return capitalize(a.deadlinePassed ? `${summary}; the sources give no full-period figure.` : `${summary}.`);
    }
    case 'no-figure': {
      const context = a.context;
      const contextText = context
        ? ` Nearest figure: ${fig(context)} in ${periodLabel(context.period)}, ${basis.contextSide === 'before' ? 'before the goal was set' : 'after the deadline'}.`
        : '';
      if (basis.yearsLeft !== null) return capitalize(`No figure since the goal was set; ${describeYears(basis.yearsLeft)} left.${contextText}`);
      const metric = goal.metric ? index.metric.get(goal.metric) : undefined;
      const span =
        metric?.aggregation === 'flow'
          ? periodLabel(goal.deadline)
          : `the period from ${periodLabel(goal.statedIn)} to the end of ${periodLabel(goal.deadline)}`;
      return capitalize(`The sources give no ${metric?.label.toLowerCase() ?? 'figure'} for ${span}.${contextText}`);
    }
  }
  return 'The sources cannot settle this goal.';
}

/** What was still needed after the last figure, against what that figure shows. */
export function describeTrajectory(a: GoalAssessment, t: Trajectory): string {
  if (!a.evidence) return '';
  const deadline = periodLabel(a.goal.deadline);
  const needed = formatValue({ ...a.evidence, value: t.needed, upper: undefined, qualifier: undefined, decimals: 1 });
  const reported = formatValue({ ...a.evidence, qualifier: undefined });
  return `${needed} more were needed in the remaining ${formatNumber((1 - t.elapsed) * 100, 0)}% of ${deadline}, against ${reported} in the first ${formatNumber(t.elapsed * 100, 0)}%.`;
}

/**
 * Goals are judged in the currency they were announced in, whatever currency the page shows
 * money in: "Goals announced in USD are judged in USD, not in the page's RMB." Null when every
 * money goal is in the page's currency.
 */
export function goalCurrencyNote(assessments: readonly GoalAssessment[], currency: Currency): string | null {
  const others = [...new Set(assessments.flatMap((a) => (a.target?.currency && a.target.currency !== currency ? [a.target.currency] : [])))];
  if (!others.length) return null;
  const theirs = others.length === 1 ? others[0] : 'the currency each was announced in';
  return `Goals announced in ${listWords(others, 'or')} are judged in ${theirs}, not in the page's ${currency}.`;
}
