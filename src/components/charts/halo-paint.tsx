import { usePlotArea, useXAxisScale } from 'recharts';
import type { GapRun } from '../../domain/plot.ts';

/** The id of a chart's halo paint: `stroke={haloPaint(chartId)}` on a label. */
export function haloPaint(chartId: string): string {
  return `url(#${chartId}-halo)`;
}

export interface HaloStop {
  /** 0 to 1 across the plot. */
  offset: number;
  /** In a shaded run of periods without figures, or on the chart's background. */
  onGap: boolean;
}

/**
 * The stops of a horizontal paint that is the chart's background colour, except across each
 * shaded span [x0, x1], where it is the shading's: hard edges, two stops at each.
 */
export function haloStops(spans: readonly { x0: number; x1: number }[], left: number, width: number): HaloStop[] {
  if (width <= 0) return [];
  const at = (x: number) => Math.min(1, Math.max(0, (x - left) / width));
  return [...spans]
    .sort((a, b) => a.x0 - b.x0)
    .flatMap(({ x0, x1 }) => [
      { offset: at(x0), onGap: false },
      { offset: at(x0), onGap: true },
      { offset: at(x1), onGap: true },
      { offset: at(x1), onGap: false },
    ]);
}

/**
 * A label's halo takes the colour of what lies behind it: the chart's background, or the grey of
 * a run of periods without figures (the ReferenceAreas of PeriodBarChart). A label that stands
 * half over the shading, such as the value above the first bar after it, then shows no patch of
 * background on the grey. Render inside the chart, with the same gap runs as its shading.
 */
export function HaloPaint({ chartId, gaps }: { chartId: string; gaps: readonly GapRun[] }) {
  const plot = usePlotArea();
  const scale = useXAxisScale();
  if (!plot || !scale) return null;
  const spans = gaps.flatMap((g) => {
    const x0 = scale(g.first, { position: 'start' });
    const x1 = scale(g.last, { position: 'end' });
    return x0 === undefined || x1 === undefined ? [] : [{ x0, x1 }];
  });
  return (
    <defs>
      <linearGradient id={`${chartId}-halo`} gradientUnits="userSpaceOnUse" x1={plot.x} x2={plot.x + plot.width} y1={0} y2={0}>
        <stop offset={0} className="halo-stop" />
        {haloStops(spans, plot.x, plot.width).map((s, i) => (
          <stop key={i} offset={s.offset} className={s.onGap ? 'halo-stop halo-stop--gap' : 'halo-stop'} />
        ))}
      </linearGradient>
    </defs>
  );
}
