import { useSyncExternalStore } from 'react';
import type { LabelProps } from 'recharts';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function box(v: unknown): Box | null {
  if (!v || typeof v !== 'object') return null;
  const b = v as Partial<Box>;
  return typeof b.x === 'number' && typeof b.y === 'number' && typeof b.width === 'number' && typeof b.height === 'number' ? (b as Box) : null;
}

/** Rough width of a character of label text (12px semibold; wide fonts such as DejaVu Sans need 7.5), to decide whether it fits beside the bar. */
const CHAR_WIDTH = 7.6;

/** Estimated width of a bar label in pixels, at `scale` times the page's 12px semibold. */
export function labelWidth(text: string, scale = 1): number {
  return text.length * CHAR_WIDTH * scale;
}

/**
 * How many times the page's label width a slide label takes at this viewport width: slides set
 * value labels at clamp(13px, 1.25vw, 24px) (presentation.css), and at 24px a label is a little
 * over twice as wide as at 12px. On a phone 13 px keeps "61m" over its 15 px column.
 */
export function slideLabelScale(viewportWidth: number): number {
  return (2.1 * Math.min(24, Math.max(13, viewportWidth * 0.0125))) / 24;
}

function subscribeToResize(onChange: () => void) {
  window.addEventListener('resize', onChange);
  return () => window.removeEventListener('resize', onChange);
}

/**
 * The type size of a slide's axis labels at this viewport width, as presentation.css sets it
 * (clamp(14px, 1.15vw, 22px)): 14 px on a phone, where thinning labels for 22 px would leave
 * a year in three unlabelled.
 */
export function slideTickSize(viewportWidth: number): number {
  return Math.min(22, Math.max(14, viewportWidth * 0.0115));
}

/**
 * A chart's type: its value labels' scale against the page's (`labelScale`) and its axis labels'
 * size in px (`tickSize`). On the page 1 and 12; on a slide they follow the viewport's width.
 */
export function useChartType(large: boolean): { labelScale: number; tickSize: number } {
  const width = useSyncExternalStore(subscribeToResize, () => window.innerWidth);
  return large ? { labelScale: slideLabelScale(width), tickSize: slideTickSize(width) } : { labelScale: 1, tickSize: 12 };
}

/** The width of the plate behind a label where an event line crosses it: the line's 1.5 px and a little. */
const PLATE = 4;

/**
 * An event line runs down its period's centre (`line`). A label's halo closes the space between
 * most characters, not the wide one over a full stop ("271.0bn") nor the one between two lines:
 * a plate in the halo's paint, just wider than the line and as tall as the halo, fills it. Drawn
 * before the label; it stops 3 px under the last baseline, short of a column or target below.
 */
export function LinePlate({
  line,
  x,
  half,
  baseline,
  font,
  lines = 1,
  halo,
}: {
  line: number;
  /** The label's centre and half its width: no plate where the line passes beside it. */
  x: number;
  half: number;
  /** The last line's baseline, the type's size in px, and the lines, 1.4em apart. */
  baseline: number;
  font: number;
  lines?: number;
  halo?: string;
}) {
  if (Math.abs(line - x) >= half) return null;
  const top = baseline - (1.05 + 1.4 * (lines - 1)) * font;
  return <rect className="bar-label-plate" x={line - PLATE / 2} y={top} width={PLATE} height={baseline + 0.25 * font - top} fill={halo} />;
}

/**
 * Value label that never wraps: above a column, or after a horizontal bar (inside its end when
 * it would run past the plot area).
 */
export function BarLabel({
  orientation,
  scale = 1,
  large = false,
  shared = false,
  spread = 1,
  shown,
  offset = 0,
  halo,
  ...props
}: LabelProps & {
  orientation: 'vertical' | 'horizontal';
  /** Type size against the page's (useChartType). */
  scale?: number;
  /** Drawn at slide size: the label stands further above its column. */
  large?: boolean;
  /** Bars stand side by side in a period: a label keeps to its own bar, unless the chart has decided otherwise (`shown`). */
  shared?: boolean;
  /** How many periods' width a column's label may take (more where the periods either side are empty). */
  spread?: number;
  /** Whether a column's label is drawn, where the chart has decided it (column-labels.ts); else by `spread`. */
  shown?: boolean;
  /** How far the label stands off its column's centre, in px (pairLabelPlace). */
  offset?: number;
  /** The paint of its halo, where the chart draws something other than its background behind labels (halo-paint.tsx). */
  halo?: string;
}) {
  const text = props.value === undefined || props.value === null ? '' : String(props.value);
  const b = box(props.viewBox);
  if (!text || !b) return null;
  if (orientation === 'vertical') {
    // Wider than its room (a phone, many periods): left out; the takeaway, the table and a tap give the value.
    const width = labelWidth(text, scale);
    // Side by side, a label keeps within its bar (the 3 px between two bars is no room for type),
    // unless the chart has found it room past its bar (pairLabelPlace).
    if (!(shown ?? width <= (shared ? b.width : (b.width / 0.56) * spread))) return null;
    // Kept inside the plot: a label spread over an empty neighbour must not run off the chart's edge.
    const plot = box(props.parentViewBox);
    const half = width / 2;
    const centre = b.x + b.width / 2 + offset;
    const x = plot ? Math.min(Math.max(centre, plot.x + half), plot.x + plot.width - half) : centre;
    const y = b.y - (large ? 10 : 6);
    return (
      <>
        {/* A label beside its bar (shared) stands clear of its period's event line. */}
        {shared ? null : <LinePlate line={b.x + b.width / 2} x={x} half={half} baseline={y} font={12 * scale} halo={halo} />}
        <text x={x} y={y} textAnchor="middle" className="bar-label" stroke={halo}>
          {text}
        </text>
      </>
    );
  }
  const parent = box(props.parentViewBox);
  const needed = labelWidth(text, scale) + 10;
  const fitsOutside = !parent || b.x + b.width + needed <= parent.x + parent.width;
  const fitsInside = b.width > needed;
  if (fitsOutside || !fitsInside) {
    return (
      <text x={b.x + b.width + 6} y={b.y + b.height / 2} dominantBaseline="central" className="bar-label">
        {text}
      </text>
    );
  }
  return (
    <text x={b.x + b.width - 6} y={b.y + b.height / 2} dominantBaseline="central" textAnchor="end" className="bar-label bar-label--inside">
      {text}
    </text>
  );
}
