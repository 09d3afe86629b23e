import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/data/schema.ts';
import { bundledDataset } from '../helpers/dataset.ts';

/**
 * Every figure the five source articles state, written out by hand from the seed files. If a
 * figure is dropped, moved to the wrong period or credited to the wrong article, this fails.
 */
type Expected = [metric: string, period: string, value: number, extra?: Partial<Observation>];

const BY_SOURCE: Record<string, Expected[]> = {
  // 000: CNBC, record Q2 2017 shipments
  'cnbc-2017-q2': [
    ['smartphone_shipments', '2017-Q2', 23.16],
    ['smartphone_shipments_growth_qoq', '2017-Q2', 70],
    ['patents_granted', '2016', 2895],
    ['vendor_rank', '2017-Q1', 5, { region: 'china' }],
    ['market_share', '2017-Q1', 9.0, { region: 'china' }],
    ['market_share', '2017-Q1', 20.0, { region: 'china', entity: 'huawei' }],
    ['vendor_rank', '2017-Q1', 1, { region: 'china', entity: 'huawei' }],
    ['vendor_rank', '2017-Q1', 2, { region: 'china', entity: 'oppo', upper: 4 }],
    ['vendor_rank', '2017-Q1', 2, { region: 'china', entity: 'vivo', upper: 4 }],
    ['vendor_rank', '2017-Q1', 2, { region: 'china', entity: 'apple', upper: 4 }],
    ['mi_home_stores', '2017-07', 123],
    // Announced for 8 July, not reported as opened.
    ['mi_home_store_openings', '2017-07-08', 14, { kind: 'planned' }],
    ['revenue', '2017', 100, { kind: 'target', currency: 'RMB' }],
    ['smartphone_shipments', '2018', 100, { kind: 'target' }],
  ],
  // 001: Q2 2017 shipments report
  'q2-2017-shipments-report': [
    ['smartphone_shipments', '2017-Q2', 23.16],
    ['smartphone_shipments_growth_qoq', '2017-Q2', 70],
    ['recalibration_years', '2017', 2],
    ['supply_disruptions', '2016', 2],
    ['global_investment_years', '2017', 3, { region: 'overseas' }],
    ['revenue_growth_yoy', '2017-H1', 328, { region: 'india' }],
    ['vendor_rank', '2017-Q2', 2, { region: 'india' }],
    ['model_rank', '2017-Q2', 1, { region: 'india', entity: 'redmi-note-4' }],
    ['revenue', '2017', 100, { kind: 'target', currency: 'RMB' }],
    ['revenue', '2017', 14.68, { kind: 'target', currency: 'USD' }],
    ['smartphone_shipments', '2018', 100, { kind: 'target' }],
  ],
  // 002: Lei Jun's 2018 letter
  'lei-jun-2018-letter': [
    ['smartphone_shipments_growth_yoy', '2017-Q4', 96.9],
    ['phone_shipments_growth_yoy', '2017-Q4', -6.3, { entity: 'world-market' }],
    ['phone_sales_growth_yoy', '2017', 75, { qualifier: 'approx' }],
    ['vendor_rank', '2017', 5],
    ['vendor_rank', '2017-Q4', 4],
    ['revenue', '2017', 100, { qualifier: 'moreThan', kind: 'reported' }],
    ['years_to_revenue_100bn', '2017', 7],
    ['years_to_revenue_100bn', '2017', 20, { entity: 'apple' }],
    ['years_to_revenue_100bn', '2017', 9, { entity: 'google' }],
    ['years_to_revenue_100bn', '2017', 17, { entity: 'tencent' }],
    ['years_to_revenue_100bn', '2017', 21, { entity: 'huawei' }],
    ['countries_present', '2017', 70],
    ['countries_top5', '2017', 16],
    ['vendor_rank', '2017-Q3', 1, { region: 'india' }],
    ['vendor_rank', '2017-Q4', 1, { region: 'india' }],
    ['vendor_rank', '2014', 1, { region: 'china' }],
    ['letter_length', '2018', 2400],
    ['vendor_rank', '2020-Q2', 1, { region: 'china', kind: 'target' }],
    ['global_500_rank', '2018', 500, { kind: 'target' }],
  ],
  // 003: H1 2015 sales report
  'h1-2015-sales-report': [
    ['company_age', '2015', 5],
    ['smartphones_sold', '2012', 7.2],
    ['smartphones_sold', '2013', 18.7],
    ['smartphones_sold', '2014', 61],
    ['smartphones_sold', '2015-H1', 34.7],
    ['smartphones_sold', '2015', 80, { kind: 'target', upper: 100 }],
    ['revenue', '2015', 32, { kind: 'target', currency: 'USD' }],
  ],
  // 004: 2023 annual results
  'results-2023-report': [
    ['revenue', '2023', 271.0, { currency: 'RMB' }],
    ['adjusted_net_profit', '2023', 19.3],
    ['adjusted_net_profit_growth_yoy', '2023', 126.3],
    ['smartphone_shipments', '2023', 145.6, { qualifier: 'approx' }],
    ['segment_revenue', '2023', 157.5, { segment: 'smartphones' }],
    ['vendor_rank', '2021', 3],
    ['vendor_rank', '2022', 3],
    ['vendor_rank', '2023', 3],
    ['smartphone_asp_growth_yoy', '2023', 19, { region: 'china', qualifier: 'moreThan' }],
    ['price_band_share', '2023', 16.9, { region: 'china' }],
    ['premium_smartphone_share', '2023', 20, { region: 'china', qualifier: 'moreThan' }],
    ['segment_revenue', '2023', 80.1, { segment: 'iot' }],
    ['connected_iot_devices', '2023', 739.7],
    ['appliance_revenue_growth_yoy', '2023', 40, { qualifier: 'nearly' }],
    ['tablet_shipments', '2023', 5, { qualifier: 'moreThan' }],
    ['tablet_shipments_growth_yoy', '2023', 100, { qualifier: 'approx' }],
    ['wearable_band_rank', '2023', 2, { region: 'china' }],
    ['wearable_band_rank', '2023', 2, { region: 'global' }],
    ['segment_revenue', '2023', 30.1, { segment: 'internet', region: 'global' }],
    ['segment_revenue', '2023', 8.4, { segment: 'internet', region: 'overseas' }],
    ['segment_revenue_growth_yoy', '2023', 24.1, { region: 'overseas' }],
    ['segment_revenue_share', '2023', 28.0, { region: 'overseas' }],
    ['rd_expenses', '2023', 19.1],
    ['rd_expenses_growth_yoy', '2023', 19.2],
    ['rd_personnel', '2023-12-31', 17800],
  ],
};

const dataset = bundledDataset();

describe.each(Object.entries(BY_SOURCE))('figures stated by %s', (sourceId, expected) => {
  it.each(expected)('%s %s = %d', (metric, period, value, extra = {}) => {
    const match = dataset.observations.find(
      (o) =>
        o.sourceId === sourceId &&
        o.metric === metric &&
        o.period === period &&
        o.value === value &&
        o.kind === (extra.kind ?? 'reported') &&
        Object.entries(extra).every(([k, v]) => o[k as keyof Observation] === v) &&
        (extra.entity ?? 'xiaomi') === o.entity,
    );
    expect(match, `${sourceId}: ${metric} ${period} = ${value}`).toBeDefined();
  });
});

describe('the dataset as a whole', () => {
  it('cites each of the five seed articles', () => {
    expect(dataset.sources.map((s) => s.seedFile).sort()).toEqual([
      '000_8b16d8a6e6e2c1af.txt',
      '001_84e657a20516aaa4.txt',
      '002_ff0d5b7dd5e5287d.txt',
      '003_b39832c91c6ae88e.txt',
      '004_2b40c43d5a96f62b.txt',
    ]);
  });
  it('has no reported figure that is not listed above (so nothing was invented)', () => {
    const listed = Object.entries(BY_SOURCE).flatMap(([sourceId, rows]) =>
      rows.map(
        ([metric, period, value, extra = {}]) =>
          `${sourceId}|${metric}|${period}|${value}|${extra.entity ?? 'xiaomi'}|${extra.region ?? ''}|${extra.segment ?? ''}`,
      ),
    );
    const unlisted = dataset.observations
      .filter((o) => o.kind !== 'derived')
      .map((o) => `${o.sourceId}|${o.metric}|${o.period}|${o.value}|${o.entity}|${o.region}|${o.segment ?? ''}`)
      .filter(
        (key) =>
          !listed.some((l) => {
            const [s, m, p, v, e, r, g] = l.split('|');
            const [s2, m2, p2, v2, e2, r2, g2] = key.split('|');
            return s === s2 && m === m2 && p === p2 && v === v2 && e === e2 && (r === '' || r === r2) && (g === '' || g === g2);
          }),
      );
    expect(unlisted).toEqual([]);
  });
  it('marks the events the articles give as still to come as planned or expected, not done', () => {
    const ahead = bundledDataset()
      .events.filter((e) => e.status === 'planned' || e.status === 'expected')
      .map((e) => e.id);
    // 003 (H1 2015): the Redmi 2 was to go on sale in Brazil the week after; 000 (CNBC): Mi Home
    // stores due to open; 002 (Lei Jun's letter): a listing expected in 2018.
    expect(ahead).toEqual(expect.arrayContaining(['redmi-2-brazil-2015-07', 'mi-home-openings-2017-07-08', 'ipo-expected-2018']));
  });

  it('records all seven announced goals, with who set them and when', () => {
    expect(dataset.goals.map((g) => [g.id, g.statedIn, g.deadline])).toEqual([
      ['sell-80-100m-2015', '2015', '2015'],
      ['sales-usd-32bn-2015', '2015', '2015'],
      ['revenue-rmb-100bn-2017', '2017-07', '2017'],
      ['ship-100m-2018', '2017-07', '2018'],
      ['china-no1-within-10-quarters', '2018-Q1', '2020-Q2'],
      ['global-500-2018', '2018-Q1', '2018'],
      ['technology-leader-2030', '2023', '2030'],
    ]);
  });
  it('marks every computed value as derived, with the inputs it came from', () => {
    const derived = dataset.observations.filter((o) => o.kind === 'derived');
    expect(derived.map((o) => o.id).sort()).toEqual(
      [
        'exchange-rate-2017-derived',
        'founding-year-from-100bn-derived',
        'founding-year-from-age-derived',
        'internet-overseas-2022-derived',
        'mi-home-stores-2017-07-08-derived',
        'premium-shipments-2023-derived',
        'profit-2022-derived',
        'rd-2022-derived',
        'segment-other-2023-derived',
        'shipments-2017q1-derived',
        'sold-growth-2013-derived',
        'sold-growth-2014-derived',
      ].sort(),
    );
    for (const o of derived) expect(o.derivation?.inputs.length).toBeGreaterThan(0);
  });
});
