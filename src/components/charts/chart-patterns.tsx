import type { SeriesColor } from './series-style.ts';
import { colorVar } from './series-style.ts';

/** Hatch pattern id for derived values of one colour, unique to one chart instance. */
export function hatchId(chartId: string, color: SeriesColor): string {
  return `${chartId}-hatch-${color}`;
}

/** Diagonal hatching marks derived (computed) values, so they read differently from reported ones without colour. */
export function ChartPatterns({ chartId, colors }: { chartId: string; colors: readonly SeriesColor[] }) {
  return (
    <defs>
      {[...new Set(colors)].map((c) => (
        <pattern key={c} id={hatchId(chartId, c)} patternUnits="userSpaceOnUse" width="6" height="6" patternTransform="rotate(45)">
          <rect width="6" height="6" fill={colorVar(c)} fillOpacity="0.22" />
          <line x1="0" y1="0" x2="0" y2="6" stroke={colorVar(c)} strokeWidth="3" />
        </pattern>
      ))}
    </defs>
  );
}
