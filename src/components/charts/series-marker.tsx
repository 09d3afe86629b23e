import type { MarkerShape } from './series-style.ts';

/** A series' marker shape, the cue that tells series apart without their colour (the legend shows the same shapes). */
export function SeriesMarker({ cx, cy, shape, color, hollow }: { cx: number; cy: number; shape: MarkerShape; color: string; hollow: boolean }) {
  const fill = hollow ? 'var(--surface)' : color;
  const common = { fill, stroke: color, strokeWidth: 2, className: 'series-marker' };
  switch (shape) {
    case 'square':
      return <rect x={cx - 5} y={cy - 5} width={10} height={10} {...common} />;
    case 'triangle':
      return <path d={`M${cx},${cy - 6} L${cx + 6},${cy + 5} L${cx - 6},${cy + 5} Z`} {...common} />;
    case 'diamond':
      return <path d={`M${cx},${cy - 7} L${cx + 7},${cy} L${cx},${cy + 7} L${cx - 7},${cy} Z`} {...common} />;
    default:
      return <circle cx={cx} cy={cy} r={5.5} {...common} />;
  }
}
