import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceTicks, rankTicks, rowsMax, valueAxisMax, valueAxisTicks } from '../../src/components/charts/value-axis.ts';
import type { ChartRow } from '../../src/domain/plot.ts';

describe('valueAxisMax', () => {
  it('leaves room above the tallest bar, on a round top tick', () => {
    expect(valueAxisMax(271)).toBe(320);
    expect(valueAxisMax(145.6)).toBe(180);
    expect(valueAxisMax(19.3)).toBe(24);
    expect(valueAxisMax(7.2)).toBe(12);
  });

  it('gives steps under 1 one significant digit, so every tick reads at the same precision', () => {
    // USD adjusted net profit and R&D, 2023 (about 2.8 bn): recharts' own steps read 0, 0.9, 1.8, 2.7, 3.4.
    expect(valueAxisTicks(valueAxisMax(2.8))).toEqual([0, 0.9, 1.8, 2.7, 3.6]);
    expect(valueAxisTicks(valueAxisMax(0.044))).toEqual([0, 0.02, 0.04, 0.06, 0.08]);
    expect(valueAxisTicks(valueAxisMax(145.6))).toEqual([0, 45, 90, 135, 180]);
  });

  it('does not jump to the next step when the headroom lands exactly on a round one', () => {
    // 4 / 1.15: the rough step is 1 in exact arithmetic and 1.0000000000000002 in floating point.
    expect(valueAxisMax(4 / 1.15)).toBe(4);
  });

  // The worst case is a rough step just over 1, which rounds (as recharts rounds it) to 2:
  // twice the step, on top of the 15% headroom.
  it('always reaches at least 15% above the data, and never more than 2.3 times as high', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (max) => {
        const top = valueAxisMax(max);
        expect(top).toBeGreaterThanOrEqual(max * 1.15 * (1 - 1e-9));
        expect(top).toBeLessThanOrEqual(max * 2.3 * (1 + 1e-9));
      }),
      { numRuns: 5000 },
    );
  });

  it('falls back to a unit axis when there is nothing to draw', () => {
    expect(valueAxisMax(0)).toBe(1);
    expect(valueAxisMax(Number.NaN)).toBe(1);
  });
});

describe('niceTicks', () => {
  it('covers the data in at most three round steps', () => {
    expect(niceTicks(157.5)).toEqual([0, 60, 120, 180]);
    expect(niceTicks(20)).toEqual([0, 8, 16, 24]);
    expect(niceTicks(100)).toEqual([0, 40, 80, 120]);
    expect(niceTicks(90)).toEqual([0, 30, 60, 90]);
    expect(niceTicks(0.7)).toEqual([0, 0.25, 0.5, 0.75]);
  });

  it('always reaches the data, in equal steps, with no more ticks than asked for', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), fc.integer({ min: 2, max: 6 }), (max, intervals) => {
        const ticks = niceTicks(max, intervals);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)!).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks.length - 1).toBeLessThanOrEqual(intervals);
        const step = ticks[1]!;
        ticks.forEach((t, i) => expect(t).toBeCloseTo(i * step, 6));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a unit axis when there is nothing to draw', () => {
    expect(niceTicks(0)).toEqual([0, 1]);
  });
});

describe('rowsMax', () => {
  const row = (values: ChartRow['values']) => ({ values }) as ChartRow;
  const rows = [row({ shipped: 92.4, sold: null }), row({ shipped: [100, 120], sold: 70 }), row({ shipped: null, sold: 135 })];

  it('counts a range by its upper end, skipping gaps', () => {
    expect(rowsMax(rows)).toBe(135);
    expect(rowsMax(rows, ['shipped'])).toBe(120);
    expect(niceTicks(rowsMax(rows, ['shipped']))).toEqual([0, 40, 80, 120]);
  });

  it('is 0 for rows with nothing to draw', () => {
    expect(rowsMax([])).toBe(0);
    expect(rowsMax([row({ shipped: null })], ['shipped', 'absent'])).toBe(0);
  });
});

describe('rankTicks', () => {
  it('names every rank up to No. 10', () => {
    expect(rankTicks(1)).toEqual([1]);
    expect(rankTicks(5)).toEqual([1, 2, 3, 4, 5]);
    expect(rankTicks(10)).toHaveLength(10);
  });

  it('gives a few round steps past No. 10, however large the worst rank', () => {
    expect(rankTicks(48)).toEqual([1, 20, 40, 60]);
    const huge = rankTicks(100_000_000);
    expect(huge.length).toBeLessThanOrEqual(6);
    expect(huge[0]).toBe(1);
    expect(huge.at(-1)).toBeGreaterThanOrEqual(100_000_000);
    expect(rankTicks(1e308).length).toBeLessThanOrEqual(6);
    expect(rankTicks(Number.NaN)).toEqual([1]);
  });
});

describe('axes for the smallest values a dataset may hold', () => {
  // 5e-324 is the smallest positive double: the schema accepts it, and a random dataset found it.
  it.each([5e-324, 1e-300, 1e-13])('%s gets a finite axis with its two ends, not an endless list of ticks', (value) => {
    expect(niceTicks(value)).toEqual([0, value]);
    const top = valueAxisMax(value);
    expect(Number.isFinite(top) && top >= value).toBe(true);
  });
  it('every positive finite value gets a short, rising list of finite ticks', () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: 1e12, noNaN: true }), (value) => {
        const ticks = niceTicks(value);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(5);
        expect(ticks.every(Number.isFinite)).toBe(true);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(value);
      }),
      { numRuns: 2000 },
    );
  });
});
