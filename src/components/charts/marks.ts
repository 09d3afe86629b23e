import type { ChartRow } from '../../domain/plot.ts';

/*
 * Charts never animate. Figures change when a filter changes, and a dashboard answers at once;
 * recharts' tweening re-renders every mark on each animation frame, which at 4x CPU throttling
 * kept the main thread busy for about a second after every filter change.
 */

/**
 * Keys a focused chart keeps for itself: Left and Right move between its marks (recharts'
 * accessibility layer), Home and End go to its first and last (endStep); the page or a deck
 * around it must not also take them.
 */
export function chartOwnsKey(event: ChartKey): boolean {
  return CHART_KEYS.has(event.key) && inChart(event.target);
}

const CHART_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

type ChartKey = { key: string; target: EventTarget | null };

const inChart = (target: EventTarget | null) => target instanceof Element && target.closest('svg[role="application"]') !== null;

/**
 * In a chart of rows, one bar under another, the key recharts is handed for each arrow. Its
 * accessibility layer steps with Left and Right only, and in such a chart Left goes down the
 * rows; read as a list, Down and Right go to the next row, Up and Left to the one before.
 */
export const ROW_STEPS: Readonly<Record<string, 'ArrowLeft' | 'ArrowRight'>> = {
  ArrowDown: 'ArrowLeft',
  ArrowRight: 'ArrowLeft',
  ArrowUp: 'ArrowRight',
  ArrowLeft: 'ArrowRight',
};

/** A key that moves between a focused chart's marks: chartOwnsKey's, or Up and Down in a chart of rows. */
export function movesInChart(event: ChartKey): boolean {
  return chartOwnsKey(event) || (event.key in ROW_STEPS && inRowsChart(event.target));
}

/** Whether a key's target is a chart of rows (category-bar-chart.tsx), where ROW_STEPS apply. */
export const inRowsChart = (target: EventTarget | null) => target instanceof Element && target.closest('.category-chart svg[role="application"]') !== null;

/**
 * Home and End as the arrow recharts is handed, `times` over, to reach that end: the first
 * period is leftmost, the first row on top (ROW_STEPS). Null for any other key.
 */
export function endStep(event: ChartKey): 'ArrowLeft' | 'ArrowRight' | null {
  if ((event.key !== 'Home' && event.key !== 'End') || !inChart(event.target)) return null;
  const home = event.key === 'Home';
  if (inRowsChart(event.target)) return home ? 'ArrowRight' : 'ArrowLeft';
  return home ? 'ArrowLeft' : 'ArrowRight';
}

/** Home or End on a focused chart of `count` marks goes to that end; any other key does nothing. */
export function goToEnd(event: ChartKey & { preventDefault(): void }, count: number): void {
  const toEnd = endStep(event);
  if (!toEnd || !event.target) return;
  event.preventDefault();
  handToChart(event.target, toEnd, count);
}

/** A key handToChart dispatched, which the charts' own key handlers let through. */
class HandedKey extends KeyboardEvent {}
export const wasHandedOn = (event: Event) => event instanceof HandedKey;

/**
 * Hands recharts' accessibility layer an arrow on the focused chart, `times` over. It moves one
 * mark a press, stops at either end, and offers no other way to set its keyboard position.
 */
export function handToChart(target: EventTarget, key: 'ArrowLeft' | 'ArrowRight', times = 1) {
  for (let i = 0; i < times; i++) target.dispatchEvent(new HandedKey('keydown', { key, bubbles: true, cancelable: true }));
}

/** The widest marker shape (series-marker.tsx: a 14 px diamond), outline aside. */
const MARKER_SIZE = 14;

/** A marker's outline, 1 px each side, the same at any size. */
const OUTLINE = 2;

/** How wide a marker is drawn at `scale`, outline included. */
export function markerWidth(scale: number): number {
  return MARKER_SIZE * scale + OUTLINE;
}

/**
 * How much to shrink markers whose centres are `room` px apart (fifty years across a panel) so
 * that neighbours do not cover each other; null where that would take them below half size and
 * their shapes would blur.
 */
export function markerScale(room: number, largest = 1): number | null {
  if (Number.isNaN(room)) return largest;
  const scale = (room - OUTLINE) / MARKER_SIZE;
  return scale >= largest ? largest : scale >= 0.5 ? scale : null;
}

/** Clear space between the markers of neighbouring points on a line: touching, three read as one. */
const POINT_GAP = 3;

/** A series' value in a row, the low end of a range. */
function valueOf(row: ChartRow, id: string): number | null {
  const v = row.values[id];
  return Array.isArray(v) ? v[0] : (v ?? null);
}

export interface MarkerPlace {
  /** Offset from the point, and size. */
  dx: number;
  scale: number;
  /**
   * Which line over the point carries this series' value label (0 is the nearest), or null when
   * a marker there already shows the same words.
   */
  labelLine: number | null;
}

/**
 * A point's marker, sized to the `room` around the point. Where series meet at one point (two
 * markets ranked No. 3 in the same year) their markers stand side by side, centred on the
 * point and shrunk to share its room, instead of one hiding the other. Each different label
 * among them is printed once, one above the other ("No. 3" and "No. 3–4" both; "No. 3" twice,
 * once). `largest` is the scale markers grow to where there is room (a slide's, with its type).
 */
export function placeMarker(row: ChartRow, id: string, seriesIds: readonly string[], room: number, largest = 1): MarkerPlace {
  const value = valueOf(row, id);
  const sharing = value === null ? [id] : seriesIds.filter((other) => valueOf(row, other) === value);
  const scale = markerScale((room - POINT_GAP) / sharing.length, largest) ?? 0.5;
  const at = sharing.indexOf(id);
  const labels = sharing.map((other) => row.points[other]?.short);
  const distinct = [...new Set(labels)];
  const labelLine = labels.indexOf(labels[at]) === at ? distinct.indexOf(labels[at]) : null;
  return { dx: (at - (sharing.length - 1) / 2) * markerWidth(scale), scale, labelLine };
}
