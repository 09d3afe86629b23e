import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RankChart } from '../../src/components/charts/rank-chart.tsx';
import type { SeriesStyle } from '../../src/components/charts/series-style.ts';
import type { ChartRow, PlotPoint } from '../../src/domain/plot.ts';

const SERIES: SeriesStyle[] = [
  { id: 'world', label: 'Worldwide', color: 'blue', role: 'value', marker: 'circle' },
  { id: 'china', label: 'Mainland China', color: 'orange', role: 'value', marker: 'square' },
];

const point = (short: string) => ({ short, observation: { kind: 'reported' } }) as unknown as PlotPoint;

function rankRow(year: number, world: number | [number, number], china: number, chinaLabel = `No. ${china}`): ChartRow {
  const worldLabel = Array.isArray(world) ? `No. ${world[0]}–${world[1]}` : `No. ${world}`;
  return { key: String(year), label: String(year), values: { world, china }, points: { world: point(worldLabel), china: point(chinaLabel) } };
}

/** Each series' marker and value label for one year (recharts lays the chart out at 800×300 in tests). */
function drawn(rows: ChartRow[], year: number, large = false) {
  const { container } = render(<RankChart rows={rows} series={SERIES} worstRank={5} large={large} />);
  const at = rows.findIndex((r) => r.label === String(year));
  return SERIES.map((s) => {
    const dot = container.querySelectorAll(`.rank-dot[data-series="${s.id}"]`)[at]!;
    const label = dot.querySelector('text');
    return { marker: dot.querySelector('.series-marker')!, label: label?.textContent ?? null, labelY: Number(label?.getAttribute('y') ?? NaN) };
  });
}

/** Where a marker is drawn: its path starts at its centre, or it is moved there. */
function centre(marker: Element): number {
  const moved = /translate\(([-\d.]+)/.exec(marker.getAttribute('transform') ?? '');
  return Number(moved ? moved[1] : /^M([-\d.]+)/.exec(marker.getAttribute('d')!)![1]);
}

describe('RankChart', () => {
  it('where two markets share a rank, draws both markers side by side and one label', () => {
    const [world, china] = drawn([rankRow(2015, 4, 1), rankRow(2016, 3, 3), rankRow(2017, 5, 4)], 2016);
    expect(Math.abs(centre(world!.marker) - centre(china!.marker))).toBeGreaterThanOrEqual(14);
    expect([world!.label, china!.label].filter(Boolean)).toEqual(['No. 3']);
  });

  it('where they share a point but read differently, prints both labels, one above the other', () => {
    const [world, china] = drawn([rankRow(2015, 4, 1), rankRow(2016, [3, 4], 3), rankRow(2017, 5, 4)], 2016);
    expect([world!.label, china!.label].sort()).toEqual(['No. 3', 'No. 3–4']);
    expect(Math.abs(world!.labelY - china!.labelY)).toBeGreaterThanOrEqual(12);
    // On a slide the labels are up to 24 px tall.
    const [big, bigger] = drawn([rankRow(2015, 4, 1), rankRow(2016, [3, 4], 3), rankRow(2017, 5, 4)], 2016, true);
    expect(Math.abs(big!.labelY - bigger!.labelY)).toBeGreaterThanOrEqual(24);
  });

  it('leaves markers of different ranks on their points', () => {
    const [world, china] = drawn([rankRow(2015, 4, 1), rankRow(2016, 2, 3), rankRow(2017, 5, 4)], 2016);
    expect(centre(world!.marker)).toBeCloseTo(centre(china!.marker));
    expect(world!.label).toBe('No. 2');
    expect(china!.label).toBe('No. 3');
  });
});

describe('RankChart height', () => {
  const heightOf = (worstRank: number) => {
    const { container } = render(<RankChart rows={[rankRow(2014, 1, 1)]} series={SERIES} worstRank={worstRank} />);
    return parseFloat((container.querySelector('.recharts-wrapper') as HTMLElement).style.height);
  };
  it('gives each rank room, so a lone No. 1 is not drawn in a chart as tall as five ranks', () => {
    expect(heightOf(5)).toBe(300);
    expect(heightOf(1)).toBeLessThan(heightOf(3));
    expect(heightOf(3)).toBeLessThan(heightOf(5));
  });
});
