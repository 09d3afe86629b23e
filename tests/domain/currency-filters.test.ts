import { describe, expect, it } from 'vitest';
import { convertMoney, convertedPrecision, describeRate, rateFor } from '../../src/domain/currency.ts';
import { filterObservations, matchesFilter, NO_FILTER } from '../../src/domain/filters.ts';
import { bundledIndex } from '../helpers/dataset.ts';
import { obs } from '../helpers/build-dataset.ts';

describe('exchange rates', () => {
  it('uses only the rate the sources state: 0.1468 USD per RMB for 2017', () => {
    const rates = bundledIndex().rates;
    expect(rates).toEqual([{ usdPerRmb: 0.1468, period: '2017', observationId: 'exchange-rate-2017-derived', sourceId: 'q2-2017-shipments-report' }]);
    expect(describeRate(rates[0]!)).toBe('1 RMB = 0.1468 USD (1 USD = 6.81 RMB), the rate implied by a 2017 source');
  });
  it('picks the stated rate closest in time', () => {
    const rates = [
      { usdPerRmb: 0.15, period: '2015', observationId: 'a', sourceId: 's' },
      { usdPerRmb: 0.14, period: '2023', observationId: 'b', sourceId: 's' },
    ];
    expect(rateFor(rates, '2016')?.observationId).toBe('a');
    expect(rateFor(rates, '2021-Q3')?.observationId).toBe('b');
    expect(rateFor([], '2016')).toBeNull();
  });
  it('converts both ways and leaves same-currency figures untouched', () => {
    const rates = [{ usdPerRmb: 0.1468, period: '2017', observationId: 'r', sourceId: 's' }];
    expect(convertMoney({ value: 100, currency: 'RMB', period: '2017' }, 'USD', rates)?.value).toBeCloseTo(14.68);
    expect(convertMoney({ value: 32, currency: 'USD', period: '2015' }, 'RMB', rates)?.value).toBeCloseTo(217.98, 2);
    expect(convertMoney({ value: 80, upper: 100, currency: 'RMB', period: '2015' }, 'USD', rates)?.upper).toBeCloseTo(14.68);
    expect(convertMoney({ value: 5, currency: 'RMB', period: '2017' }, 'RMB', [])).toEqual({ value: 5, upper: undefined, currency: 'RMB' });
    expect(convertMoney({ value: 5, currency: 'RMB', period: '2017' }, 'USD', [])).toBeNull();
    expect(convertMoney({ value: 5, period: '2017' }, 'USD', rates)).toBeNull();
  });
  it.each([
    // USD 32 bn is two significant figures: RMB 217.98 bn is written as about 220.
    [{ value: 32 }, 217.98, 0, 220],
    [{ value: 14.68, decimals: 2 }, 100, 1, 100],
    [{ value: 271.0, decimals: 1 }, 39.78, 1, 39.78],
    [{ value: 80 }, 11.74, 0, 11.74],
    [{ value: 3 }, 0.44, 1, 0.44],
    // Without decimals, as written: RMB 8.5 bn is two significant figures, USD 1.2 bn.
    [{ value: 8.5 }, 1.25, 1, 1.25],
    [{ value: 1.2, decimals: 1 }, 0.176, 1, 0.176],
    // A floor is rounded down, so it never claims more than the source: more than RMB 100 bn.
    [{ value: 100, qualifier: 'moreThan' as const }, 14.68, 1, 14.6],
    [{ value: 100, qualifier: 'moreThan' as const }, 14.7, 1, 14.7],
    [{ value: 5, qualifier: 'moreThan' as const }, 36.8, 0, 30],
    // A floor is a bound, exact as stated: with the rate's four figures, more than 14.68, not 14.6.
    [{ value: 100, qualifier: 'moreThan' as const }, 100 * 0.1468, 2, 14.68, 4],
    [{ value: 100, qualifier: 'moreThan' as const }, 14.6899, 2, 14.68, 4],
  ])('writes a conversion of %j no more precisely than it was stated', (stated, converted, decimals, rounded, rateDigits?: number) => {
    const precision = convertedPrecision(stated, converted, rateDigits);
    expect(precision.decimals).toBe(decimals);
    expect(precision.round(converted)).toBeCloseTo(rounded, 6);
  });
});

describe('filters', () => {
  const q2 = obs({ metric: 'units', period: '2017-Q2', value: 1 });
  const derived = obs({ metric: 'units', period: '2017-Q1', value: 1, kind: 'derived', derivation: { op: 'sum', inputs: ['x', 'y'], decimals: 0 } });
  const india = obs({ metric: 'rank', period: '2017', value: 1, region: 'india' });
  const phones = obs({ metric: 'revenue', period: '2023', value: 1, segment: 'phones' });

  it('keeps everything with no filter, in order, in a new array', () => {
    const list = [q2, derived, india, phones];
    const kept = filterObservations(list, NO_FILTER);
    expect(kept).toEqual(list);
    expect(kept).not.toBe(list);
  });
  it('keeps exactly what matchesFilter accepts, for any filter', () => {
    const list = [q2, derived, india, phones];
    const filters = [
      { ...NO_FILTER, derived: false },
      { ...NO_FILTER, from: 2018 },
      { ...NO_FILTER, regions: ['india'] },
      { ...NO_FILTER, segments: [] },
    ];
    for (const f of filters) expect(filterObservations(list, f)).toEqual(list.filter((o) => matchesFilter(o, f)));
  });
  it('filters by inclusive year range', () => {
    expect(matchesFilter(q2, { ...NO_FILTER, from: 2017, to: 2017 })).toBe(true);
    expect(matchesFilter(q2, { ...NO_FILTER, from: 2018 })).toBe(false);
    expect(matchesFilter(phones, { ...NO_FILTER, to: 2022 })).toBe(false);
  });
  it('hides derived values on request', () => {
    expect(matchesFilter(derived, { ...NO_FILTER, derived: false })).toBe(false);
    expect(matchesFilter(q2, { ...NO_FILTER, derived: false })).toBe(true);
  });
  it('tells "all regions" (null) from "no regions" ([])', () => {
    expect(matchesFilter(india, { ...NO_FILTER, regions: null })).toBe(true);
    expect(matchesFilter(india, { ...NO_FILTER, regions: [] })).toBe(false);
    expect(matchesFilter(india, { ...NO_FILTER, regions: ['china'] })).toBe(false);
    expect(matchesFilter(india, { ...NO_FILTER, regions: ['india'] })).toBe(true);
  });
  it('applies the segment filter only to figures that have a segment', () => {
    expect(matchesFilter(phones, { ...NO_FILTER, segments: ['other'] })).toBe(false);
    expect(matchesFilter(q2, { ...NO_FILTER, segments: ['other'] })).toBe(true);
  });
});
