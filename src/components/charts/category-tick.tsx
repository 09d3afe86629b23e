import { PERIODS_PER_YEAR } from '../../domain/period.ts';
import { granularityOf, type ChartRow } from '../../domain/plot.ts';
import { calendarStep, textWidth, tickLabelStep } from './axis-width.ts';

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value: string; index: number };
  /** The axis' length and padding, and how many ticks it has (recharts passes them to every tick). */
  width?: number | string;
  padding?: { left?: number; right?: number } | string;
  visibleTicksCount?: number;
  rows: readonly ChartRow[];
  seriesIds: readonly string[];
  /** The labels' type size (CSS sets it; slides use larger type). */
  fontSize: number;
}

/** Characters in the longest label, and how many periods a year the axis has, once per set of rows. */
const axisOf = new WeakMap<readonly ChartRow[], { chars: number; perYear: number }>();
function measure(rows: readonly ChartRow[]): { chars: number; perYear: number } {
  let axis = axisOf.get(rows);
  if (!axis) {
    const first = rows[0];
    axis = { chars: rows.reduce((n, r) => Math.max(n, r.label.length), 0), perYear: first ? PERIODS_PER_YEAR[granularityOf(first.key)] : 1 };
    axisOf.set(rows, axis);
  }
  return axis;
}

/**
 * Category label; periods without any figure are set in muted italics, so a gap reads as "no
 * data", not as zero. Where labels would run into each other, only every so many are drawn,
 * counted back from the latest period, which is always labelled, so that all fall on the same
 * quarter or month of the year.
 */
export function CategoryTick({ x = 0, y = 0, payload, width, padding, visibleTicksCount = 0, rows, seriesIds, fontSize }: TickProps) {
  if (!payload) return null;
  const inset = typeof padding === 'object' ? (padding.left ?? 0) + (padding.right ?? 0) : 0;
  const { chars, perYear } = measure(rows);
  const step = calendarStep(tickLabelStep((Number(width) - inset) / Math.max(1, visibleTicksCount), textWidth(chars, fontSize)), perYear);
  if ((visibleTicksCount - 1 - payload.index) % step !== 0) return null;
  const row = rows[payload.index];
  const empty = !row || seriesIds.every((s) => row.values[s] === null || row.values[s] === undefined);
  return (
    <g transform={`translate(${x},${y})`}>
      <text dy="0.9em" textAnchor="middle" className={empty ? 'tick tick--empty' : 'tick'}>
        {payload.value}
      </text>
    </g>
  );
}
