/**
 * Keeps every chart and list within what stays fast and legible (recharts slows sharply past
 * ~200 bars or ~1,000 line points): the latest periods are kept whole, never sampled or summed,
 * and the panel data says how much was left out so the user can narrow the years to see the rest.
 */
import type { Observation } from '../data/schema.ts';
import { comparePeriods, period, periodsBetween, yearOf } from '../data/period.ts';
import type { SeriesPoint } from './plot.ts';

export const MAX_BARS = 200;
export const MAX_LINE_POINTS = 1000;
export const MAX_LINE_SERIES = 6;
export const FACT_LIMIT = 24;
/**
 * Up to this many periods on an axis, each mark carries its value label; past it the labels
 * would not be legible and would cost time. An axis is widened to the years chosen only while
 * it stays within it.
 */
export const LABELLED_MARKS = 40;

export interface Truncation {
  shown: number;
  total: number;
}

/**
 * Keeps the points of the latest `maxPeriods` periods (counting empty periods, which also take
 * a slot on the axis). All points share one granularity.
 */
export function latestPeriods(points: readonly SeriesPoint[], maxPeriods: number): { points: SeriesPoint[]; truncated: Truncation | null } {
  if (points.length === 0) return { points: [], truncated: null };
  const keys = points.map((p) => p.point.observation.period).sort(comparePeriods);
  const spanned = periodsBetween(keys[0] as string, keys[keys.length - 1] as string);
  if (spanned.length <= maxPeriods) return { points: [...points], truncated: null };
  if (maxPeriods <= 0) return { points: [], truncated: { shown: 0, total: spanned.length } };
  const cutoff = spanned[spanned.length - maxPeriods] as string;
  return {
    points: points.filter((p) => comparePeriods(p.point.observation.period, cutoff) >= 0),
    truncated: { shown: maxPeriods, total: spanned.length },
  };
}

/** Periods a line chart can show for `seriesCount` lines within the point budget. */
export function linePeriodBudget(seriesCount: number): number {
  return Math.max(1, Math.min(MAX_BARS, Math.floor(MAX_LINE_POINTS / Math.max(1, seriesCount))));
}

/**
 * The most recent figures, at most `limit`, oldest first. Of two with the same start the longer
 * period comes first (a year before its first quarter); identical periods keep list order.
 */
export function latestFigures(list: readonly Observation[], limit = FACT_LIMIT): { list: Observation[]; total: number } {
  type Item = { o: Observation; start: number; end: number; at: number };
  // Preferred when the limit bites: the later start, then the shorter period, then the earlier in the list.
  const preferred = (start: number, end: number, at: number, b: Item) =>
    start > b.start || (start === b.start && (end < b.end || (end === b.end && at < b.at)));
  // One pass keeping the `limit` preferred in a small sorted buffer: a large list is never sorted
  // whole, and a figure that does not make it allocates nothing. From the end, since lists tend
  // to run oldest first: the buffer fills with late figures, and once it is full a figure whose
  // year ends before the worst kept one starts is passed over on its key's digits alone.
  const kept: Item[] = [];
  let floor = -Infinity;
  for (let at = list.length - 1; at >= 0 && limit > 0; at--) {
    const o = list[at]!;
    if (yearOf(o.period) + 1 <= floor) continue;
    const { start, end } = period(o.period);
    if (kept.length === limit && !preferred(start, end, at, kept[limit - 1]!)) continue;
    let i = kept.length === limit ? limit - 1 : kept.length;
    while (i > 0 && preferred(start, end, at, kept[i - 1]!)) {
      kept[i] = kept[i - 1]!;
      i -= 1;
    }
    kept[i] = { o, start, end, at };
    if (kept.length === limit) floor = kept[limit - 1]!.start;
  }
  kept.sort((a, b) => a.start - b.start || b.end - a.end || a.at - b.at);
  return { list: kept.map((k) => k.o), total: list.length };
}
