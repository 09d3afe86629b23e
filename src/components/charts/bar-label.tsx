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

/** Estimated width of a bar label in pixels (slides draw labels at up to 24px, twice the size and a little more). */
export function labelWidth(text: string, large = false): number {
  return text.length * CHAR_WIDTH * (large ? 2.1 : 1);
}

/**
 * Value label that never wraps: above a column, or after a horizontal bar (inside its end when
 * it would run past the plot area).
 */
export function BarLabel({
  orientation,
  large = false,
  shared = false,
  spread = 1,
  ...props
}: LabelProps & {
  orientation: 'vertical' | 'horizontal';
  large?: boolean;
  /** Bars stand side by side in a period: a label keeps to its own bar. */ shared?: boolean;
  /** How many periods' width a column's label may take (more where the periods either side are empty). */
  spread?: number;
}) {
  const text = props.value === undefined || props.value === null ? '' : String(props.value);
  const b = box(props.viewBox);
  if (!text || !b) return null;
  if (orientation === 'vertical') {
    // Wider than its room (a phone, many periods): left out; the takeaway, the table and a tap give the value.
    const width = labelWidth(text, large);
    if (width > (shared ? b.width + 4 : (b.width / 0.56) * spread)) return null;
    // Kept inside the plot: a label spread over an empty neighbour must not run off the chart's edge.
    const plot = box(props.parentViewBox);
    const half = width / 2;
    const x = plot ? Math.min(Math.max(b.x + b.width / 2, plot.x + half), plot.x + plot.width - half) : b.x + b.width / 2;
    return (
      <text x={x} y={b.y - (large ? 10 : 6)} textAnchor="middle" className="bar-label">
        {text}
      </text>
    );
  }
  const parent = box(props.parentViewBox);
  const needed = labelWidth(text, large) + 10;
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
