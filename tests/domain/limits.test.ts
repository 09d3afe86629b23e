import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { indexDataset } from '../../src/domain/dataset-index.ts';
import { FACT_LIMIT, latestFigures, latestPeriods, linePeriodBudget, MAX_BARS, MAX_LINE_POINTS, MAX_LINE_SERIES } from '../../src/domain/limits.ts';
import { plotPoints, type SeriesPoint } from '../../src/domain/plot.ts';
import { regionsData } from '../../src/domain/regions.ts';
import { revenueData } from '../../src/domain/revenue.ts';
import { shipmentsData } from '../../src/domain/shipments.ts';
import { generateDataset } from '../../scripts/lib/generate-dataset.ts';
import { makeDataset, obs } from '../helpers/build-dataset.ts';
import { bundledDataset } from '../helpers/dataset.ts';

const years = (first: number, count: number) => Array.from({ length: count }, (_, i) => String(first + i));
/** `count` consecutive quarters from Q1 of `firstYear`. */
const quarters = (firstYear: number, count: number) => Array.from({ length: count }, (_, i) => `${firstYear + Math.floor(i / 4)}-Q${(i % 4) + 1}`);

/** One point per quarter from Q1 of `firstYear`, for the given series. */
function quarterly(firstYear: number, count: number, series = 'a'): SeriesPoint[] {
  const list = quarters(firstYear, count).map((period, i) => obs({ metric: 'units', period, value: i + 1 }));
  const index = indexDataset(makeDataset(list));
  return plotPoints(index, list, { currency: 'RMB', rates: index.rates }).map((point) => ({ series, point }));
}

const periodsOf = (points: SeriesPoint[]) => [...new Set(points.map((p) => p.point.observation.period))].sort();

describe('latestPeriods', () => {
  it('keeps everything, untruncated, at exactly the budget', () => {
    const { points, truncated } = latestPeriods(quarterly(1980, 200), 200);
    expect(points).toHaveLength(200);
    expect(truncated).toBeNull();
  });
  it('drops the earliest period one past the budget and says so', () => {
    const { points, truncated } = latestPeriods(quarterly(1980, 201), 200);
    expect(periodsOf(points)[0]).toBe('1980-Q2');
    expect(periodsOf(points).at(-1)).toBe('2030-Q1');
    expect(truncated).toEqual({ shown: 200, total: 201 });
  });
  it('counts empty periods on the axis, not just periods with points', () => {
    // Two quarters 20 years apart span 81 axis slots: only the latest survives a budget of 10.
    const both = [...quarterly(2000, 1), ...quarterly(2020, 1)];
    const { points, truncated } = latestPeriods(both, 10);
    expect(periodsOf(points)).toEqual(['2020-Q1']);
    expect(truncated).toEqual({ shown: 10, total: 81 });
  });
  it('keeps every series of the periods it keeps', () => {
    const { points } = latestPeriods([...quarterly(1990, 50, 'a'), ...quarterly(1990, 50, 'b')], 20);
    expect(points.filter((p) => p.series === 'a')).toHaveLength(20);
    expect(points.filter((p) => p.series === 'b')).toHaveLength(20);
  });
  it('returns nothing for no points, and reports everything hidden for a zero budget', () => {
    expect(latestPeriods([], 5)).toEqual({ points: [], truncated: null });
    expect(latestPeriods(quarterly(2020, 3), 0)).toEqual({ points: [], truncated: { shown: 0, total: 3 } });
  });
});

describe('linePeriodBudget', () => {
  it('shares the line point budget between series, never past the bar budget or below one', () => {
    expect(linePeriodBudget(1)).toBe(MAX_BARS);
    expect(linePeriodBudget(7)).toBe(Math.floor(MAX_LINE_POINTS / 7));
    expect(linePeriodBudget(7) * 7).toBeLessThanOrEqual(MAX_LINE_POINTS);
    expect(linePeriodBudget(0)).toBe(MAX_BARS);
    expect(linePeriodBudget(5000)).toBe(1);
  });
});

describe('latestFigures', () => {
  const list = years(1990, 40).map((period) => obs({ metric: 'units', period, value: 1 }));
  it('keeps the latest figures in time order, with the total', () => {
    const { list: kept, total } = latestFigures(list, 5);
    expect(kept.map((o) => o.period)).toEqual(['2025', '2026', '2027', '2028', '2029']);
    expect(total).toBe(40);
  });
  it('keeps every figure of a list at or under the limit, in time order', () => {
    const shuffled = [...list.slice(0, FACT_LIMIT)].reverse();
    const { list: kept, total } = latestFigures(shuffled);
    expect(kept.map((o) => o.period)).toEqual(list.slice(0, FACT_LIMIT).map((o) => o.period));
    expect(total).toBe(FACT_LIMIT);
  });
  it('ranks a later start first, and of two with the same start, the shorter period', () => {
    const mixed = [
      obs({ metric: 'units', period: '2020', value: 1 }),
      obs({ metric: 'units', period: '2020-Q1', value: 2 }),
      obs({ metric: 'units', period: '2019', value: 3 }),
    ];
    expect(latestFigures(mixed, 1).list.map((o) => o.period)).toEqual(['2020-Q1']);
  });
  it('picks the same figures, in the same order, as sorting the whole list would', () => {
    const periodKey = fc.oneof(
      fc.integer({ min: 2000, max: 2030 }).map(String),
      fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
      fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
    );
    fc.assert(
      fc.property(fc.array(periodKey, { maxLength: 80 }), fc.integer({ min: 1, max: 30 }), (periods, limit) => {
        const list = periods.map((period, i) => obs({ id: `o${i}`, metric: 'units', period, value: i }));
        const start = (key: string) =>
          key.includes('Q')
            ? Number(key.slice(0, 4)) + (Number(key.slice(6)) - 1) / 4
            : key.includes('H')
              ? Number(key.slice(0, 4)) + (Number(key.slice(6)) - 1) / 2
              : Number(key);
        const length = (key: string) => (key.includes('Q') ? 0.25 : key.includes('H') ? 0.5 : 1);
        // Reference: sort everything by preference (latest start, shorter period, list order), keep
        // `limit`, then put them in time order (longer period first at the same start, then list order).
        const expected = list
          .map((o, i) => ({ o, i }))
          .sort((a, b) => start(b.o.period) - start(a.o.period) || length(a.o.period) - length(b.o.period) || a.i - b.i)
          .slice(0, limit)
          .sort((a, b) => start(a.o.period) - start(b.o.period) || length(b.o.period) - length(a.o.period) || a.i - b.i)
          .map((x) => x.o.id);
        expect(latestFigures(list, limit).list.map((o) => o.id)).toEqual(expected);
      }),
    );
  });
});

describe('panel views on a generated dataset of 20,000 figures', () => {
  // Generated data spans 1980–2030: 51 years, 204 quarters, dozens of markets.
  const generated = generateDataset({ rows: 20_000, base: bundledDataset() });
  // Xiaomi's rank in ten more markets for one quarter, so there are more markets than lines.
  const extraRanks = generated.regions.slice(-10).map((r, i) => ({
    ...generated.observations[0]!,
    id: `rank-${i}`,
    metric: 'vendor_rank',
    unit: 'rank' as const,
    region: r.id,
    period: '2030-Q4',
    value: 3,
    kind: 'reported' as const,
  }));
  const index = indexDataset({ ...generated, observations: [...generated.observations, ...extraRanks] });
  const display = { currency: 'RMB' as const, rates: index.rates };

  it('shipments by quarter: the latest 200 of 204 quarters, with the count left out', () => {
    const data = shipmentsData(index, NO_FILTER, 'quarter', display);
    expect(data.rows).toHaveLength(MAX_BARS);
    expect(data.rows[0]?.label).toBe('Q1 1981');
    expect(data.rows.at(-1)?.label).toBe('Q4 2030');
    expect(data.truncated).toEqual({ shown: 200, total: 204 });
  });

  it('shipments by year: all 51 years, nothing cut', () => {
    const data = shipmentsData(index, NO_FILTER, 'year', display);
    expect(data.rows).toHaveLength(51);
    expect(data.truncated).toBeNull();
  });

  it('revenue: at most 200 bars per chart however many series share a year', () => {
    const data = revenueData(index, NO_FILTER, display);
    for (const chart of [data.revenueByYear, data.resultsByYear]) {
      expect(chart.rows.length * Math.max(1, chart.series.length)).toBeLessThanOrEqual(MAX_BARS);
    }
  });

  it('ranks: at most six markets as lines, worldwide, China and India first, the rest counted', () => {
    const { ranks } = regionsData(index, NO_FILTER, 'quarter', display);
    const lines = ranks.series.filter((s) => s !== 'target');
    expect(lines.length).toBeLessThanOrEqual(MAX_LINE_SERIES);
    expect(lines).toEqual(expect.arrayContaining(['global', 'china', 'india']));
    expect(ranks.hiddenSeries).toBeGreaterThan(0);
    expect(ranks.rows.length * ranks.series.length).toBeLessThanOrEqual(MAX_LINE_POINTS);
  });

  it('figure lists keep the latest 24 and the total', () => {
    const { facts, factTotal } = regionsData(index, NO_FILTER, 'year', display);
    expect(facts).toHaveLength(FACT_LIMIT);
    expect(factTotal).toBeGreaterThan(FACT_LIMIT);
  });
});
