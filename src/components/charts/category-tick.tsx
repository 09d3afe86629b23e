import { periodsPerYear } from '../../data/period.ts';
import type { ChartRow } from '../../domain/plot.ts';
import { calendarStep, LABEL_GAP, textWidth, tickLabelStep } from './axis-width.ts';

/** What the ticks of a period axis need to know of its labels to thin them. */
export interface PeriodAxisLabels {
  /** Characters in each period's label (its longer line, for a run's two). */
  chars: readonly number[];
  /** Periods in a year (4 for quarters), so thinned labels fall on the same quarter each year. */
  perYear: number;
  /** Points (a line chart) sit on the axis' ends, one gap fewer than bands (a bar chart). */
  on: 'bands' | 'points';
  /** Whether each period has a figure in one of the value series: those are labelled first, the others muted. */
  filled: readonly boolean[];
  /** Whether each period holds a mark of any series (a target): labelled next, so a target is not read as the period beside it. */
  marked: readonly boolean[];
  /** Where a slot stands for a run of empty years, the run's first and last labels, drawn one above the other. */
  runs: readonly ([string, string] | null)[];
}

/** A slot's label as drawn: one line, or a run's two ("2019–" over "2022"). */
function labelLines(row: ChartRow): string[] {
  return row.through ? [row.label.slice(0, row.label.length - row.through.length), row.through] : [row.label];
}

export function periodAxisLabels(rows: readonly ChartRow[], seriesIds: readonly string[], on: PeriodAxisLabels['on']): PeriodAxisLabels {
  const first = rows[0];
  return {
    chars: rows.map((r) => Math.max(...labelLines(r).map((line) => line.length))),
    perYear: first ? periodsPerYear(first.key) : 1,
    on,
    filled: rows.map((r) => seriesIds.some((s) => r.values[s] !== null && r.values[s] !== undefined)),
    marked: rows.map((r) => Object.values(r.values).some((v) => v !== null && v !== undefined)),
    runs: rows.map((r) => (r.through ? (labelLines(r) as [string, string]) : null)),
  };
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string; index: number };
  /** The tick's place among those drawn, how many are drawn, and the axis' length and padding (recharts passes them to every tick). */
  index?: number;
  visibleTicksCount?: number;
  width?: number | string;
  padding?: { left?: number; right?: number } | string;
  labels: PeriodAxisLabels;
  /** The labels' type size (CSS sets it: charts.css, and presentation.css for slides). */
  fontSize: number;
}

/** Where a label is drawn along its axis: from its left end to its right end, in px. */
export type LabelSpan = readonly [number, number];

/**
 * Which periods are labelled where not all fit: the periods with figures first, latest first,
 * then those with only a target (`marked`), then slots for runs of empty years (`runs`), then
 * the other periods without, each where its
 * label (`spans`) keeps LABEL_GAP clear of every label taken and `step` periods from it. When
 * every period has figures that is every few counted back from the latest, so on a quarterly
 * axis (with `step` a calendar step) all fall on the same quarter; where figures are few, they
 * keep their years.
 */
export function labelledPeriods(
  filled: readonly boolean[],
  spans: readonly LabelSpan[],
  step = 1,
  runs: readonly unknown[] = [],
  marked: readonly boolean[] = [],
): Set<number> {
  const latestFirst = filled.map((_, i) => filled.length - 1 - i);
  // A period with only a target before any run of empty years (beside one, the target would be
  // read as part of it); then the runs: unlabelled, a run would read as one period.
  const order = [
    ...latestFirst.filter((i) => filled[i]),
    ...latestFirst.filter((i) => !filled[i] && marked[i]),
    ...latestFirst.filter((i) => !filled[i] && !marked[i] && runs[i]),
    ...latestFirst.filter((i) => !filled[i] && !marked[i] && !runs[i]),
  ];
  const clear = (a: LabelSpan, b: LabelSpan) => a[1] + LABEL_GAP <= b[0] || b[1] + LABEL_GAP <= a[0];
  const taken: number[] = [];
  for (const i of order) if (taken.every((j) => Math.abs(i - j) >= step && clear(spans[i]!, spans[j]!))) taken.push(i);
  return new Set(taken);
}

/**
 * Category label; periods without any figure are set in muted italics, so a gap reads as "no
 * data", not as zero. Where labels would run into each other, only some are drawn
 * (labelledPeriods). A first label that would reach past the plot's start (into the value
 * axis' labels) is moved right to start with the plot, and the next label kept clear of it: a
 * period with figures keeps its label before one without.
 */
export function CategoryTick({ x = 0, y = 0, payload, index = 0, visibleTicksCount = 0, width, padding, labels, fontSize }: TickProps) {
  if (!payload) return null;
  const left = typeof padding === 'object' ? (padding.left ?? 0) : 0;
  const inset = left + (typeof padding === 'object' ? (padding.right ?? 0) : 0);
  const gaps = Math.max(1, labels.on === 'points' ? visibleTicksCount - 1 : visibleTicksCount);
  const spacing = (Number(width) - inset) / gaps;
  const centreOf = (i: number) => left + (labels.on === 'points' ? i : i + 0.5) * spacing;
  // A label that would reach past the plot's start (into the value axis' labels) is moved right to start with it.
  const spanOf = (i: number): LabelSpan => {
    const size = textWidth(labels.chars[i] ?? 0, fontSize);
    const start = Math.max(0, centreOf(i) - size / 2);
    return [start, start + size];
  };
  const spans = labels.chars.map((_, i) => spanOf(i));
  // Labels keep to one point of the calendar (every 4th quarter, say) on an axis of two years or
  // more; on a shorter one that could leave a single label, and a reader can take a few in turn.
  const widest = textWidth(Math.max(...labels.chars), fontSize);
  const step = labels.perYear > 1 && visibleTicksCount >= 2 * labels.perYear ? calendarStep(tickLabelStep(spacing, widest), labels.perYear) : 1;
  if (!labelledPeriods(labels.filled, spans, step, labels.runs, labels.marked).has(index)) return null;
  const [start, end] = spans[index]!;
  const shift = (start + end) / 2 - centreOf(index);
  const empty = !labels.filled[payload.index];
  const run = labels.runs[payload.index];
  return (
    <g transform={`translate(${Number(x) + shift},${y})`}>
      <text dy="0.9em" textAnchor="middle" className={empty ? 'tick tick--empty' : 'tick'}>
        {run ? (
          <>
            <tspan x={0}>{run[0]}</tspan>
            <tspan x={0} dy="1.15em">
              {run[1]}
            </tspan>
          </>
        ) : (
          payload.value
        )}
      </text>
    </g>
  );
}
