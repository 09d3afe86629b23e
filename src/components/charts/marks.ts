import type { ChartRow } from '../../domain/plot.ts';

/**
 * Above this many marks a chart is drawn without per-mark labels: they would not be legible and
 * would cost time.
 *
 * Charts never animate. Figures change when a filter changes, and a dashboard answers at once;
 * recharts' tweening re-renders every mark on each animation frame, which at 4x CPU throttling
 * kept the main thread busy for about a second after every filter change.
 */
export const LABELLED_MARKS = 40;

/** The widest marker shape (series-marker.tsx), and how far apart markers side by side are set. */
export const MARKER_SIZE = 14;

/** A series' value in a row, the low end of a range. */
function valueOf(row: ChartRow, id: string): number | null {
  const v = row.values[id];
  return Array.isArray(v) ? v[0] : (v ?? null);
}

/**
 * How much to shrink markers on points `spacing` px apart (fifty years across a panel), so that
 * neighbouring markers do not cover each other; never below half size, where shapes blur.
 */
export function markerScale(spacing: number): number {
  return Math.max(0.5, Math.min(1, spacing / (MARKER_SIZE + 2)));
}

/**
 * Where series meet at one point (two markets ranked No. 3 in the same year), their markers
 * stand side by side, centred on the point, instead of one hiding the other. Returns the
 * horizontal offset of `id`'s marker (drawn at `scale`), and whether it is the first of those sharing the point
 * (which alone carries the value label, the same for all of them).
 */
export function sharedPoint(row: ChartRow, id: string, seriesIds: readonly string[], scale = 1): { dx: number; first: boolean } {
  const value = valueOf(row, id);
  const sharing = value === null ? [id] : seriesIds.filter((other) => valueOf(row, other) === value);
  const at = sharing.indexOf(id);
  return { dx: (at - (sharing.length - 1) / 2) * MARKER_SIZE * scale, first: at <= 0 };
}
