import { describe, expect, it } from 'vitest';
import {
  categoryRows,
  collapseEmptyRuns,
  dedupeFigures,
  displayFor,
  gapRuns,
  keepsStatedCurrency,
  plotPoints,
  toPlotPoint,
  type ChartRow,
} from '../../src/domain/plot.ts';
import { makeIndex, obs } from '../helpers/build-dataset.ts';

const RMB = { currency: 'RMB' as const, rates: [] };

describe('dedupeFigures', () => {
  it('keeps one figure per measured thing and period, the others as alternates', () => {
    const a = obs({ metric: 'units', period: '2017-Q2', value: 23.16 });
    const b = obs({ metric: 'units', period: '2017-Q2', value: 23.16 });
    const c = obs({ metric: 'units', period: '2017-Q1', value: 13 });
    const groups = dedupeFigures([a, b, c]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toEqual({ primary: a, alternates: [b] });
  });
  it('prefers the figure already in the display currency', () => {
    const rmb = obs({ metric: 'revenue', period: '2017', value: 100, kind: 'target' });
    const usd = obs({ metric: 'revenue', period: '2017', value: 14.68, currency: 'USD', kind: 'target' });
    expect(dedupeFigures([rmb, usd], 'USD')[0]?.primary).toBe(usd);
    expect(dedupeFigures([usd, rmb], 'RMB')[0]?.primary).toBe(rmb);
  });
  it('never merges a target with a reported figure for the same period', () => {
    expect(
      dedupeFigures([obs({ metric: 'units', period: '2018', value: 100, kind: 'target' }), obs({ metric: 'units', period: '2018', value: 90 })]),
    ).toHaveLength(2);
  });
});

describe('categoryRows', () => {
  it('has a row for every period between the first and last point, empty where nothing is known', () => {
    const points = [obs({ metric: 'units', period: '2012', value: 7.2 }), obs({ metric: 'units', period: '2015', value: 34 })];
    const index = makeIndex(points);
    const rows = categoryRows(
      plotPoints(index, points, RMB).map((point) => ({ series: 'a', point })),
      ['a'],
    );
    expect(rows.map((r) => [r.label, r.values.a])).toEqual([
      ['2012', 7.2],
      ['2013', null],
      ['2014', null],
      ['2015', 34],
    ]);
  });
  it('turns a range into a [low, high] pair', () => {
    const points = [obs({ metric: 'units', period: '2015', value: 80, upper: 100, kind: 'target' })];
    const rows = categoryRows(
      plotPoints(makeIndex(points), points, RMB).map((point) => ({ series: 't', point })),
      ['t'],
    );
    expect(rows[0]?.values.t).toEqual([80, 100]);
  });
  it('refuses to put a year and a quarter on one axis', () => {
    const points = [obs({ metric: 'units', period: '2017', value: 1 }), obs({ metric: 'units', period: '2017-Q2', value: 1 })];
    expect(() =>
      categoryRows(
        plotPoints(makeIndex(points), points, RMB).map((point) => ({ series: 'a', point })),
        ['a'],
      ),
    ).toThrow(/Refusing to put/);
  });
  it('is empty without points', () => expect(categoryRows([], ['a'])).toEqual([]));
});

describe('gapRuns', () => {
  it('names runs of periods without a value, ignoring other series', () => {
    const row = (label: string, a: number | null, t: number | null = null) => ({ key: label, label, values: { a, t }, points: {} });
    const rows = [row('2012', 1), row('2013', null), row('2014', null, 5), row('2015', 2), row('2016', null), row('2017', 3)];
    expect(gapRuns(rows, ['a'])).toEqual([
      { first: '2013', last: '2014', text: '2013–2014', short: 'no figures' },
      { first: '2016', last: '2016', text: '2016', short: 'none' },
    ]);
    expect(gapRuns(rows, ['t'])).toHaveLength(2);
  });
});

describe('collapseEmptyRuns', () => {
  const row = (key: string, a: number | null, t: number | null = null, events = 0): ChartRow => ({
    key,
    label: key.replace(/^(\d{4})-/, '$1 '),
    values: { a, t },
    points: {},
    ...(events ? { events: Array.from({ length: events }, (_, i) => ({ id: `${key}-${i}`, date: key, title: 'e', source: 's' })) } : {}),
  });
  const drawn = (rows: ChartRow[]) => {
    const out = collapseEmptyRuns(rows, gapRuns(rows, ['a']));
    return { labels: out.rows.map((r) => r.label), gaps: out.gaps.map((g) => [g.first, g.last, g.text]) };
  };

  it('draws three or more empty years as one slot named by its years, and moves the gap onto it', () => {
    const rows = ['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021'].map((y) => row(y, null));
    rows.push(row('2022', 8.5), row('2023', 19.3));
    expect(drawn(rows)).toEqual({ labels: ['2012–2021', '2022', '2023'], gaps: [['2012–2021', '2012–2021', '2012–2021']] });
    expect(collapseEmptyRuns(rows, []).rows[0]).toMatchObject({ key: '2012', through: '2021', values: { a: null, t: null } });
  });

  it('keeps a year with a target or an event, and runs of one or two empty years, as they are', () => {
    const rows = [
      row('2014', 61),
      row('2015', null, 80, 5),
      row('2016', null, null, 1),
      row('2017', null),
      row('2018', null, 100),
      row('2019', null),
      row('2020', null),
      row('2021', null),
      row('2022', null),
      row('2023', 145.6),
    ];
    expect(drawn(rows)).toEqual({
      labels: ['2014', '2015', '2016', '2017', '2018', '2019–2022', '2023'],
      // The gap's words still name every year it covers.
      gaps: [['2015', '2019–2022', '2015–2022']],
    });
    const short = [row('2012', 1), row('2013', null), row('2014', null), row('2015', 2)];
    expect(drawn(short).labels).toEqual(['2012', '2013', '2014', '2015']);
  });

  it('draws a run of empty quarters as one slot too', () => {
    const rows = [row('2017-Q4', 1), row('2018-Q1', null, null, 1), row('2018-Q2', null), row('2018-Q3', null), row('2018-Q4', null), row('2019-Q1', null, 1)];
    expect(drawn(rows).labels).toEqual(['2017 Q4', '2018 Q1', '2018 Q2–2018 Q4', '2019 Q1']);
  });
});

describe('toPlotPoint', () => {
  it('converts money with the stated rate and marks the result approximate', () => {
    const rate = obs({ metric: 'exchange_rate', period: '2017', value: 0.1468, unit: 'USD per RMB' });
    const revenue = obs({ metric: 'revenue', period: '2023', value: 271, decimals: 1 });
    const index = makeIndex([rate, revenue]);
    const point = toPlotPoint(index, revenue, { currency: 'USD', rates: [{ usdPerRmb: 0.1468, period: '2017', observationId: rate.id, sourceId: 's1' }] });
    expect(point?.value).toBeCloseTo(39.7828);
    expect(point?.text).toBe('about USD 39.8 bn');
    expect(point?.convertedWith?.observationId).toBe(rate.id);
    expect(point?.observation).toBe(revenue);
  });
  it('returns null for money that no stated rate can convert', () => {
    const revenue = obs({ metric: 'revenue', period: '2023', value: 271 });
    expect(toPlotPoint(makeIndex([revenue]), revenue, { currency: 'USD', rates: [] })).toBeNull();
  });
  it('signs growth rates and carries provenance', () => {
    const point = toPlotPoint(makeIndex([]), obs({ metric: 'units', period: '2017', value: 5 }), RMB);
    expect(point?.provenance).toMatchObject({ what: 'Units shipped', period: '2017', kind: 'Reported', source: 'Test source, 2016' });
  });
});

describe('displayFor', () => {
  const rate = obs({ metric: 'exchange_rate', period: '2015', value: 0.16, unit: 'USD per RMB' });
  const rates = [{ usdPerRmb: 0.16, period: '2015', observationId: rate.id, sourceId: 's1' }];
  const USD = { currency: 'USD' as const, rates };
  const RMB_RATED = { currency: 'RMB' as const, rates };
  const revenue = obs({ metric: 'revenue', period: '2015', value: 100 });
  const target = obs({ metric: 'revenue', period: '2015', value: 32, currency: 'USD', kind: 'target' });
  const index = makeIndex([rate, revenue, target]);

  it('shows an RMB revenue figure in a USD display, converted', () => {
    expect(keepsStatedCurrency(revenue, false)).toBe(false);
    expect(displayFor(revenue, USD, false)).toBe(USD);
    const point = toPlotPoint(index, revenue, displayFor(revenue, USD, false));
    expect(point?.shown.currency).toBe('USD');
    expect(point?.convertedWith?.observationId).toBe(rate.id);
  });
  it('keeps a USD target in USD in an RMB display', () => {
    expect(keepsStatedCurrency(target, false)).toBe(true);
    expect(displayFor(target, RMB_RATED, false)).toEqual({ currency: 'USD', rates });
    const point = toPlotPoint(index, target, displayFor(target, RMB_RATED, false));
    expect(point?.shown.currency).toBe('USD');
    expect(point?.convertedWith).toBeUndefined();
  });
  it('converts the target when the reader asked to convert targets', () => {
    expect(keepsStatedCurrency(target, true)).toBe(false);
    expect(displayFor(target, RMB_RATED, true)).toBe(RMB_RATED);
    const point = toPlotPoint(index, target, displayFor(target, RMB_RATED, true));
    expect(point?.shown.currency).toBe('RMB');
    expect(point?.value).toBeCloseTo(200);
    expect(point?.convertedWith?.observationId).toBe(rate.id);
  });
});
