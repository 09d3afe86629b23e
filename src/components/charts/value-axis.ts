import type { ChartRow } from '../../domain/plot.ts';

/** How far above the tallest bar the value axis reaches, as a share of its value. */
const HEADROOM = 1.15;

/**
 * Below this, powers of ten and decimal places run out (10 ** -324 is 0): an axis for such
 * values gets its two ends rather than round steps.
 */
const TINY = 1e-12;

/**
 * The top of a bar chart's value axis. Value labels sit above the bars, and event flags and gap
 * labels run along the top edge of the plot; without room above the tallest bar they overlap it.
 * The top is four round steps (recharts draws five ticks), so the ticks stay round numbers.
 */
export function valueAxisMax(dataMax: number): number {
  if (!Number.isFinite(dataMax) || dataMax <= 0) return 1;
  if (dataMax < TINY) return dataMax * HEADROOM;
  const roughStep = (dataMax * HEADROOM) / 4;
  // A step of 10 or more is a multiple of 5 in its second digit (45, 80, 150); a smaller one has
  // one significant digit (3, 0.9, 0.07), so every tick prints at the step's own precision.
  const digits = Math.floor(Math.log10(roughStep)) + 1;
  const unit = 10 ** digits * (digits <= 1 ? 0.1 : 0.05);
  // A step a hair over a round value (float noise from the headroom product) stays on that value.
  return Math.ceil(roughStep / unit - 1e-9) * unit * 4;
}

/** The five ticks of an axis from 0 to `top` (from valueAxisMax): equal steps, given to recharts so it cannot pick others. */
export function valueAxisTicks(top: number): number[] {
  return [0, 1, 2, 3, 4].map((i) => Number(((i * top) / 4).toPrecision(12)));
}

/** Round steps a reader can add up at a glance (1, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten). */
const NICE_STEPS = [1, 2, 2.5, 3, 4, 5, 6, 8, 10];

/**
 * Ticks from 0 to at least `dataMax` in at most `intervals` equal, round steps: for a value axis
 * whose labels are long ("RMB 120bn") and must not run into each other.
 */
export function niceTicks(dataMax: number, intervals = 3): number[] {
  if (!Number.isFinite(dataMax) || dataMax <= 0) return [0, 1];
  if (dataMax < TINY) return [0, dataMax];
  const rough = dataMax / intervals;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = (NICE_STEPS.find((s) => s * power >= rough * (1 - 1e-9)) ?? 10) * power;
  const count = Math.ceil(dataMax / step - 1e-9);
  // Rounded to the step's precision, so 0.1 + 0.2 never prints as 0.30000000000000004.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)) + 1);
  return Array.from({ length: count + 1 }, (_, i) => Number((i * step).toFixed(decimals)));
}

/**
 * Rank axis ticks: every rank up to No. 10, beyond that about five round steps from No. 1. The
 * count grows with the axis, never with the worst rank (a rank of 100,000,000 gets five ticks).
 */
export function rankTicks(worstRank: number): number[] {
  const worst = Number.isFinite(worstRank) ? Math.max(1, Math.ceil(worstRank)) : 1;
  if (worst <= 10) return Array.from({ length: worst }, (_, i) => i + 1);
  return [1, ...niceTicks(worst, 4).filter((t) => t > 1)];
}

/** The largest value in the rows (0 at least), of the given series or all; a range counts by its upper end. */
export function rowsMax(rows: readonly ChartRow[], seriesIds?: readonly string[]): number {
  let max = 0;
  for (const r of rows) {
    for (const v of seriesIds ? seriesIds.map((id) => r.values[id]) : Object.values(r.values)) {
      max = Math.max(max, Array.isArray(v) ? v[1] : (v ?? 0));
    }
  }
  return max;
}
