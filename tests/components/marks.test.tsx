import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { markerScale, markerWidth, placeMarker } from '../../src/components/charts/marks.ts';
import { SeriesMarker } from '../../src/components/charts/series-marker.tsx';
import type { ChartRow, PlotPoint } from '../../src/domain/plot.ts';

/** A row of ranks; a label per series as the chart would print it. */
function row(values: ChartRow['values'], labels: Record<string, string> = {}): ChartRow {
  const points = Object.fromEntries(
    Object.entries(values).map(([id, v]) => [id, { short: labels[id] ?? (v === null ? '' : `No. ${Array.isArray(v) ? v[0] : v}`) } as PlotPoint]),
  );
  return { key: '2016', label: '2016', values, points };
}

/** Where each series' marker lands around a point with `room` px to either neighbour. */
const place = (r: ChartRow, room: number) => Object.fromEntries(Object.keys(r.values).map((id) => [id, placeMarker(r, id, Object.keys(r.values), room)]));

describe('placeMarker', () => {
  it('draws a lone marker whole on its point, with its label over the point', () => {
    expect(place(row({ a: 3, b: 5 }), 60).a).toEqual({ dx: 0, scale: 1, labelLine: 0 });
  });

  it('sets markers of series that meet at one point side by side, centred on it, clear of each other and of the neighbouring periods', () => {
    // Down to the room three half-size markers and the gap between points need; closer, they
    // keep half size and may touch.
    for (const room of [60, 40, 30]) {
      const at = place(row({ a: 3, b: 5, c: 3, d: 3 }), room);
      const tied = [at.a!, at.c!, at.d!];
      const width = markerWidth(tied[0]!.scale);
      expect(tied.reduce((sum, p) => sum + p.dx, 0)).toBeCloseTo(0);
      expect(tied[1]!.dx - tied[0]!.dx).toBeGreaterThanOrEqual(width);
      expect(tied[2]!.dx - tied[1]!.dx).toBeGreaterThanOrEqual(width);
      // The group, half a marker past its outer centres, stays within the room of its own period.
      expect(tied[2]!.dx - tied[0]!.dx + width).toBeLessThanOrEqual(room);
      expect(at.b!.dx).toBe(0);
    }
  });

  it('prints a label shared by the markers at one point once', () => {
    const at = place(row({ a: 3, c: 3 }), 60);
    expect([at.a!.labelLine, at.c!.labelLine]).toEqual([0, null]);
  });

  it('prints labels that differ (a range, an approximate rank) one above the other', () => {
    const at = place(row({ a: 3, c: [3, 4], d: 3 }, { c: 'No. 3–4' }), 60);
    expect([at.a!.labelLine, at.c!.labelLine, at.d!.labelLine]).toEqual([0, 1, null]);
  });

  it('ignores series without a value in the period', () => {
    expect(place(row({ a: null, b: null }), 60).a).toEqual({ dx: 0, scale: 1, labelLine: 0 });
  });
});

describe('placeMarker on a slide', () => {
  it('grows markers with the slide type where there is room, and keeps neighbours apart where there is not', () => {
    const r = row({ a: 3 });
    expect(placeMarker(r, 'a', ['a'], 100, 1.6).scale).toBe(1.6);
    // Points 23 px apart (a phone's slide): grown to 1.6 they were 24 px wide and ran together.
    const close = placeMarker(r, 'a', ['a'], 23, 1.6).scale;
    expect(markerWidth(close)).toBeLessThanOrEqual(20);
    expect(close).toBeGreaterThan(1);
  });
});

describe('markerScale', () => {
  it('keeps markers whole where points are far apart, shrinks them to fit closer ones, and gives up below half size', () => {
    expect(markerScale(60)).toBe(1);
    expect(markerScale(Infinity)).toBe(1);
    const close = markerScale(12)!;
    expect(close).toBeLessThan(1);
    expect(markerWidth(close)).toBeLessThanOrEqual(12);
    expect(markerScale(6)).toBeNull();
  });
});

describe('SeriesMarker', () => {
  it('drawn smaller, keeps its shape and a 2 px outline', () => {
    const { container } = render(
      <svg>
        <SeriesMarker cx={10} cy={20} shape="diamond" color="red" hollow={false} scale={0.5} />
      </svg>,
    );
    const path = container.querySelector('path')!;
    expect(path).toHaveAttribute('transform', 'translate(10 20) scale(0.5)');
    expect(Number(path.getAttribute('stroke-width')) * 0.5).toBe(2);
    expect(path).toHaveAttribute('data-shape', 'diamond');
  });
});
