import { describe, expect, it } from 'vitest';
import { MARKER_SIZE, markerScale, sharedPoint } from '../../src/components/charts/marks.ts';
import type { ChartRow } from '../../src/domain/plot.ts';

const row = (values: ChartRow['values']): ChartRow => ({ key: '2016', label: '2016', values, points: {} });

describe('sharedPoint', () => {
  it('leaves a marker on its point when no other series is there', () => {
    expect(sharedPoint(row({ a: 3, b: 5 }), 'a', ['a', 'b'])).toEqual({ dx: 0, first: true });
  });

  it('sets markers of series that meet at one point side by side, centred, labelling the first only', () => {
    const r = row({ a: 3, b: 5, c: 3, d: [3, 4] });
    const ids = ['a', 'b', 'c', 'd'];
    const placed = ['a', 'c', 'd'].map((id) => sharedPoint(r, id, ids));
    expect(placed.map((p) => p.dx)).toEqual([-MARKER_SIZE, 0, MARKER_SIZE]);
    expect(placed.map((p) => p.first)).toEqual([true, false, false]);
    expect(sharedPoint(r, 'b', ids)).toEqual({ dx: 0, first: true });
  });

  it('spaces shrunken markers as closely as they are drawn', () => {
    expect(sharedPoint(row({ a: 1, b: 1 }), 'b', ['a', 'b'], 0.5).dx).toBe(MARKER_SIZE / 4);
  });

  it('ignores series without a value in the period', () => {
    expect(sharedPoint(row({ a: null, b: null }), 'a', ['a', 'b'])).toEqual({ dx: 0, first: true });
  });
});

describe('markerScale', () => {
  it('keeps markers whole where points are far apart, and shrinks them to the spacing, to half at most', () => {
    expect(markerScale(60)).toBe(1);
    const close = markerScale(10);
    expect(close).toBeLessThan(1);
    expect((MARKER_SIZE + 2) * close).toBeLessThanOrEqual(10);
    expect(markerScale(2)).toBe(0.5);
  });
});
