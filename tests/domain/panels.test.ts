import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/domain/dataset-index.ts';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { assessGoals, goalsInView } from '../../src/domain/goals.ts';
import { headlineFigures } from '../../src/domain/headline.ts';
import { regionsData, regionsSlideLead } from '../../src/domain/regions.ts';
import { conversionWords, foreignTargetsWords, revenueData } from '../../src/domain/revenue.ts';
import { shipmentsData } from '../../src/domain/shipments.ts';
import { bundledIndex } from '../helpers/dataset.ts';

const index = bundledIndex();
const rates = index.rates;
const RMB = { currency: 'RMB' as const, rates };
const USD = { currency: 'USD' as const, rates };
const values = (rows: { label: string; values: Record<string, unknown> }[], series: string) => rows.map((r) => [r.label, r.values[series] ?? null]);

describe('shipmentsData', () => {
  it('shows annual sales 2012–2014 and shipments 2023 with the years between as gaps', () => {
    const data = shipmentsData(index, NO_FILTER, 'year', RMB);
    expect(data.rows.map((r) => r.label)).toEqual(['2012', '2013', '2014', '2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023']);
    expect(values(data.rows, 'sold').filter(([, v]) => v !== null)).toEqual([
      ['2012', 7.2],
      ['2013', 18.7],
      ['2014', 61],
    ]);
    expect(values(data.rows, 'shipped').filter(([, v]) => v !== null)).toEqual([['2023', 145.6]]);
    expect(data.gaps.map((g) => g.text)).toEqual(['2015–2022']);
  });
  it('draws the 2015 (80–100m) and 2018 (100m) targets once each, keeping the second source as an alternate', () => {
    const data = shipmentsData(index, NO_FILTER, 'year', RMB);
    expect(values(data.rows, 'target').filter(([, v]) => v !== null)).toEqual([
      ['2015', [80, 100]],
      ['2018', 100],
    ]);
    expect(data.rows.find((r) => r.label === '2018')?.points.target?.alternates).toHaveLength(1);
  });
  it('keeps quarters on their own axis, with Q1 2017 marked derived', () => {
    const data = shipmentsData(index, NO_FILTER, 'quarter', RMB);
    expect(values(data.rows, 'shipped')).toEqual([
      ['Q1 2017', 13.6],
      ['Q2 2017', 23.16],
    ]);
    expect(data.rows[0]?.points.shipped?.observation.kind).toBe('derived');
    expect(data.rows[0]?.points.shipped?.provenance.formula).toContain('÷ (1 +');
  });
  it('drops derived quarters when derived values are hidden', () => {
    const data = shipmentsData(index, { ...NO_FILTER, derived: false }, 'quarter', RMB);
    expect(data.rows.map((r) => r.label)).toEqual(['Q2 2017']);
  });
  it('says which granularities have figures under the filters, and draws nothing outside them', () => {
    expect(shipmentsData(index, NO_FILTER, 'year', RMB).available).toEqual(['year', 'half', 'quarter']);
    const data = shipmentsData(index, { ...NO_FILTER, from: 2016, to: 2016 }, 'year', RMB);
    expect(data.rows).toEqual([]);
    expect(data.available).toEqual([]);
  });
  it('lists growth rates as facts, including the world market falling 6.3% while Xiaomi grew 96.9%', () => {
    const texts = shipmentsData(index, { ...NO_FILTER, from: 2017, to: 2017 }, 'year', RMB).facts.map((f) => `${f.provenance.what}: ${f.text}`);
    expect(texts).toContain('Shipment growth, year on year: +96.9%');
    expect(texts).toContain('Mobile phone shipment growth, year on year · All vendors (world market): -6.3%');
    expect(texts).toContain('Shipment growth on previous quarter: +70%');
  });
});

describe('revenueData', () => {
  it('breaks 2023 revenue into its segments, with shares of the RMB 271.0 bn total', () => {
    const data = revenueData(index, NO_FILTER, RMB);
    expect(data.segments?.year).toBe('2023');
    expect(data.segments?.total?.text).toBe('RMB 271.0 bn');
    expect(values(data.segments?.rows ?? [], 'value')).toEqual([
      ['Smartphones', 157.5],
      ['IoT and lifestyle products', 80.1],
      ['Internet services', 30.1],
      ['Other (remainder)', 3.3],
    ]);
    expect(data.segments?.shares).toEqual({ smartphones: '58.1%', iot: '29.6%', internet: '11.1%', other: 'about 1%' });
  });
  it('runs the year axis over the years chosen, within the years the data has figures for', () => {
    const chosen = revenueData(index, { ...NO_FILTER, from: 2015, to: 2018 }, RMB).revenueByYear;
    expect(chosen.rows.map((r) => r.label)).toEqual(['2015', '2016', '2017', '2018']);
    expect(chosen.gaps.map((g) => g.text)).toEqual(['2015–2016', '2018']);
    // A deadline year past the last figure does not stretch the axis; nor does a year before the first.
    expect(revenueData(index, { ...NO_FILTER, to: 2030 }, RMB).revenueByYear.rows.at(-1)?.label).toBe('2023');
    expect(shipmentsData(index, { ...NO_FILTER, from: 2000 }, 'year', RMB).rows[0]?.label).toBe('2012');
    // Quarters keep to those with figures: widened, two bars would be unlabelled slivers on a phone.
    const quarters = shipmentsData(index, { ...NO_FILTER, from: 2015, to: 2023 }, 'quarter', RMB).rows.map((r) => r.key);
    expect(quarters).toEqual(['2017-Q1', '2017-Q2']);
    // A target's year is no result: a 2030 revenue target does not stretch the shipments axis.
    const revenue2023 = index.dataset.observations.find((o) => o.id === 'revenue-2023')!;
    const withTarget = indexDataset({
      ...index.dataset,
      observations: [...index.dataset.observations, { ...revenue2023, id: 'revenue-2030-target', period: '2030', kind: 'target' }],
    });
    expect(shipmentsData(withTarget, { ...NO_FILTER, to: 2030 }, 'year', RMB).rows.at(-1)?.label).toBe('2023');
    // Without chosen years the axis spans the figures alone.
    expect(revenueData(index, NO_FILTER, RMB).revenueByYear.rows.map((r) => r.label)[0]).toBe('2017');
  });
  it('keeps only the chosen segments', () => {
    const data = revenueData(index, { ...NO_FILTER, segments: ['internet'] }, RMB);
    expect(data.segments?.rows.map((r) => r.key)).toEqual(['internet']);
    expect(revenueData(index, { ...NO_FILTER, segments: [] }, RMB).segments).toBeNull();
  });
  it('shows annual revenue beside its targets, each in the currency it was stated in', () => {
    const data = revenueData(index, NO_FILTER, RMB);
    expect(values(data.revenueByYear.rows, 'revenue').filter(([, v]) => v !== null)).toEqual([
      ['2017', 100],
      ['2023', 271],
    ]);
    // The 2015 goal was stated in US dollars only: not restated at a 2017 rate, so not on the RMB axis.
    expect(data.revenueByYear.rows.find((r) => r.label === '2015')?.points.target).toBeUndefined();
    expect(data.targetsNotDrawn.map((p) => p.text)).toEqual(['USD 32 bn']);
    // The 2017 goal was stated in both currencies: the RMB statement is drawn, nothing converted.
    expect(data.revenueByYear.rows.find((r) => r.label === '2017')?.points.target?.text).toBe('RMB 100 bn');
    expect(data.revenueByYear.rows.find((r) => r.label === '2017')?.points.target?.convertedWith).toBeUndefined();
  });
  it('converts a target from the currency it was stated in only when asked, at the stated rate', () => {
    const data = revenueData(index, NO_FILTER, RMB, { convertTargets: true });
    const target2015 = data.revenueByYear.rows.find((r) => r.label === '2015')?.points.target;
    // Drawn as written: USD 32 bn (two significant figures) is about RMB 220 bn, not 217.98.
    expect(target2015?.value).toBe(220);
    expect(target2015?.text).toBe('about RMB 220 bn');
    expect(data.targetsNotDrawn).toEqual([]);
    expect(data.targetsConverted.map((p) => p.observation.id)).toEqual(['target-revenue-2015-usd']);
    expect(data.ratesUsed.map((r) => r.period)).toEqual(['2017']);
  });
  it('names a target beside no figure instead of offering to draw it', () => {
    const data = revenueData(index, { ...NO_FILTER, from: 2015, to: 2015 }, RMB);
    expect(data.revenueByYear.rows).toEqual([]);
    expect(data.revenueByYear.unchartedTargets.map((p) => p.text)).toEqual(['USD 32 bn']);
    // Converting it would draw nothing, so the panel does not offer to.
    expect(data.targetsNotDrawn).toEqual([]);
    // Even asked for, a conversion is not what a target beside no figure is named by.
    const converted = revenueData(index, { ...NO_FILTER, from: 2015, to: 2015 }, RMB, { convertTargets: true });
    expect(converted.revenueByYear.unchartedTargets.map((p) => p.text)).toEqual(['USD 32 bn']);
    expect(converted.targetsConverted).toEqual([]);
    expect(conversionWords(converted)).toBeNull();
  });
  it('says which rate converted the figures, and offers to convert a foreign target only beside figures', () => {
    const rmb = revenueData(index, NO_FILTER, RMB);
    expect(conversionWords(rmb)).toBeNull();
    expect(foreignTargetsWords(rmb)).toEqual({
      text: 'Targets are drawn in the currency they were stated in; not drawn in RMB: USD 32 bn for 2015 (H1 2015 sales report, Jul 2015).',
      button: 'Convert them to RMB',
      convert: true,
    });
    const converted = revenueData(index, NO_FILTER, RMB, { convertTargets: true });
    expect(conversionWords(converted)).toMatch(/^Converted to RMB at 1 RMB = 0\.1468 USD \(1 USD = 6\.81 RMB\), the rate implied by a 2017 source\./);
    expect(foreignTargetsWords(converted)).toMatchObject({ button: 'Show targets as stated', convert: false });
    expect(foreignTargetsWords(revenueData(index, { ...NO_FILTER, from: 2015, to: 2015 }, RMB))).toBeNull();
    expect(conversionWords(revenueData(index, NO_FILTER, { currency: 'USD', rates: [] }))).toMatch(
      /^No exchange rate is stated in the data, so \d+ money figure/,
    );
  });
  it('puts profit and R&D on their own chart, with the 2022 values derived', () => {
    const data = revenueData(index, NO_FILTER, RMB);
    expect(values(data.resultsByYear.rows, 'adjusted_net_profit')).toEqual([
      ['2022', 8.5],
      ['2023', 19.3],
    ]);
    expect(data.resultsByYear.rows[0]?.points.rd_expenses?.observation.kind).toBe('derived');
  });
  it('converts every money figure to USD with the one stated rate when asked', () => {
    const data = revenueData(index, NO_FILTER, USD);
    expect(data.segments?.total?.text).toBe('about USD 39.8 bn');
    expect(data.revenueByYear.rows.find((r) => r.label === '2015')?.points.target?.text).toBe('USD 32 bn');
  });
  it('has no segment chart for years without a breakdown', () => {
    expect(revenueData(index, { ...NO_FILTER, to: 2020 }, RMB).segments).toBeNull();
  });
});

describe('regionsData', () => {
  it('plots annual ranks per region: No. 1 in China in 2014, No. 5 worldwide in 2017, No. 3 in 2021–2023', () => {
    const { ranks } = regionsData(index, NO_FILTER, 'year', RMB);
    expect(ranks.series).toEqual(['global', 'china']);
    expect(values(ranks.rows, 'china').filter(([, v]) => v !== null)).toEqual([['2014', 1]]);
    expect(values(ranks.rows, 'global').filter(([, v]) => v !== null)).toEqual([
      ['2017', 5],
      ['2021', 3],
      ['2022', 3],
      ['2023', 3],
    ]);
  });
  it('plots quarterly ranks, with the No. 1-in-China target at Q2 2020', () => {
    const { ranks } = regionsData(index, NO_FILTER, 'quarter', RMB);
    expect(ranks.series).toEqual(['global', 'china', 'india', 'target']);
    expect(values(ranks.rows, 'india').filter(([, v]) => v !== null)).toEqual([
      ['Q2 2017', 2],
      ['Q3 2017', 1],
      ['Q4 2017', 1],
    ]);
    expect(ranks.rows.at(-1)?.label).toBe('Q2 2020');
  });
  it('keeps only the chosen regions', () => {
    const { ranks } = regionsData(index, { ...NO_FILTER, regions: ['india'] }, 'quarter', RMB);
    expect(ranks.series).toEqual(['india']);
  });
  it('lists the Q1 2017 China market shares, with rivals whose share is not stated still shown by rank', () => {
    const [snapshot] = regionsData(index, NO_FILTER, 'year', RMB).shares;
    expect(snapshot?.title).toBe('Mainland China, Q1 2017');
    expect(snapshot?.rows.map((r) => [r.label, r.values.share, r.points.rank?.text])).toEqual([
      ['Huawei', 20, 'No. 1'],
      ['OPPO', null, 'No. 2–4'],
      ['vivo', null, 'No. 2–4'],
      ['Apple', null, 'No. 2–4'],
      ['Xiaomi', 9, 'No. 5'],
    ]);
  });
  it('lists the footprint: 70 countries, top five in 16, 123 Mi Home stores growing to 137', () => {
    const facts = regionsData(index, NO_FILTER, 'year', RMB).facts.map((f) => f.text);
    expect(facts).toEqual(expect.arrayContaining(['70 countries', '16 countries', '123 stores', '137 stores', '14 stores', '+328%']));
  });
});

describe('regionsSlideLead', () => {
  it('leads with the rank chart and the latest worldwide rank when there are ranks to chart', () => {
    const { share, rank } = regionsSlideLead(regionsData(index, NO_FILTER, 'year', RMB));
    expect(share).toBeUndefined();
    expect([rank?.observation.region, rank?.observation.period, rank?.observation.value]).toEqual(['global', '2023', 3]);
  });
  it('leads with the market shares when one market has a lone annual rank, which becomes its figure', () => {
    const { share, rank } = regionsSlideLead(regionsData(index, { ...NO_FILTER, regions: ['china'] }, 'year', RMB));
    expect(share?.period).toBe('2017-Q1');
    expect([rank?.observation.region, rank?.observation.period, rank?.observation.value]).toEqual(['china', '2014', 1]);
  });
});

describe('headlineFigures', () => {
  const goals = assessGoals(index, new Date('2026-11-22'));
  it('shows the latest annual figures with their hedges', () => {
    const figures = headlineFigures(index, NO_FILTER, RMB, goals);
    expect(figures.map((f) => [f.id, f.hedge ?? '', f.value])).toEqual([
      ['units', 'about', '145.6 million'],
      ['revenue', '', 'RMB 271.0 bn'],
      ['profit', '', 'RMB 19.3 bn'],
      ['goals', '', '1 of 7'],
      ['countries', '', '70'],
    ]);
    expect(figures[2]?.detail).toContain('+126.3% on the year before');
    // 2023 is the last year in view, so the card needs no "latest year with a figure".
    expect(figures[0]?.detail).toBe('2023');
    expect(headlineFigures(index, { ...NO_FILTER, to: 2030 }, RMB, goals)[0]?.detail).toBe('2023');
  });
  it('follows the year range, and says "Unknown" rather than showing a stale figure', () => {
    const figures = headlineFigures(index, { ...NO_FILTER, to: 2016 }, RMB, goals);
    // 2014 is the last year up to 2016 with a figure, not the last year selected.
    expect(figures[0]).toMatchObject({ label: 'Smartphones sold', value: '61 million', detail: '2014, latest year with a figure' });
    expect(figures[1]).toMatchObject({ value: 'Unknown', detail: 'No reported annual figure in the selected years' });
  });
  it('says "annual" where 2017 has only quarterly shipments, so the card does not deny them', () => {
    const figures = headlineFigures(index, { ...NO_FILTER, from: 2017, to: 2017 }, RMB, goals);
    expect(figures[0]).toMatchObject({ value: 'Unknown', detail: 'No reported annual figure in the selected years' });
  });
  it('counts only the goals there are: no "0 cannot be judged" beside "1 of 1"', () => {
    const filter = { ...NO_FILTER, from: 2017, to: 2017 };
    const card = headlineFigures(index, filter, RMB, goalsInView(goals, filter))[3];
    // Narrowed by the years, the card says so: before, "1 of 1" read as every goal there is.
    expect(card).toMatchObject({ value: '1 of 1', detail: '1 of 7 goals in view' });
    expect(headlineFigures(index, NO_FILTER, RMB, goals)[3]?.detail).toBe('6 cannot be judged from the sources');
    const regions = { ...NO_FILTER, regions: ['china', 'india'] };
    expect(headlineFigures(index, regions, RMB, goalsInView(goals, regions))[3]?.detail).toMatch(/^1 of 7 goals in view, /);
  });
  it('says "reported" where the panel below draws a derived profit for 2022', () => {
    const filter = { ...NO_FILTER, to: 2022 };
    expect(revenueData(index, filter, RMB).resultsByYear.plotted.some((p) => p.observation.kind === 'derived')).toBe(true);
    expect(headlineFigures(index, filter, RMB, goals)[2]).toMatchObject({ value: 'Unknown', detail: 'No reported annual figure in the selected years' });
  });
  it('blames the years only when years are chosen, and says "in view" when a region filter hid the goals', () => {
    const noRegion = headlineFigures(index, { ...NO_FILTER, regions: [] }, RMB, goalsInView(goals, { from: null, to: null, regions: [] }));
    expect(noRegion[3]).toMatchObject({ value: 'None in view', detail: 'No region is selected, so no announced goal is in view' });
    const noYears = headlineFigures(index, { ...NO_FILTER, from: 2019, to: 2019 }, RMB, goalsInView(goals, { from: 2019, to: 2019, regions: null }));
    expect(noYears[3]).toMatchObject({ value: 'None due' });
    expect(noYears[1]).toMatchObject({ value: 'Unknown', detail: 'No reported annual figure in the selected years' });
    // Data with no profit at all and no year chosen: the data is what lacks it.
    const noProfit = indexDataset({ ...index.dataset, observations: index.dataset.observations.filter((o) => o.metric !== 'adjusted_net_profit') });
    expect(headlineFigures(noProfit, NO_FILTER, RMB, goals)[2]).toMatchObject({ value: 'Unknown', detail: 'No reported annual figure in the data on screen' });
  });
  it('marks each figure a region or segment filter cannot narrow, and only those', () => {
    const marks = (filter: typeof NO_FILTER) => headlineFigures(index, filter, RMB, goals).map((f) => [f.id, f.unfiltered]);
    expect(marks(NO_FILTER).every(([, mark]) => mark === null)).toBe(true);
    expect(marks({ ...NO_FILTER, regions: ['china'] })).toEqual([
      ['units', 'Worldwide total'],
      ['revenue', 'Worldwide total'],
      ['profit', 'Worldwide total'],
      ['goals', null],
      ['countries', 'Worldwide total'],
    ]);
    // Units are smartphones: marked only when the segments chosen leave smartphones out. The
    // country count and the goals are no segment's; goals are narrowed by region (above).
    expect(marks({ ...NO_FILTER, segments: ['smartphones'] })).toEqual([
      ['units', null],
      ['revenue', 'Whole group, not by segment'],
      ['profit', 'Whole group, not by segment'],
      ['goals', 'Not by segment'],
      ['countries', 'Not by segment'],
    ]);
    expect(marks({ ...NO_FILTER, segments: ['iot'] })[0]).toEqual(['units', 'Smartphones, not the chosen segments']);
    expect(marks({ ...NO_FILTER, regions: ['china'], segments: ['smartphones'] })[1]).toEqual(['revenue', 'Worldwide, whole group']);
    expect(marks({ ...NO_FILTER, regions: ['china'], segments: ['iot'] })[0]).toEqual(['units', 'Worldwide smartphones']);
  });
  it('says which figures were converted when money is shown in USD', () => {
    const figures = headlineFigures(index, NO_FILTER, { currency: 'USD', rates }, goals);
    expect(figures[1]).toMatchObject({ hedge: 'about', value: 'USD 39.8 bn', detail: '2023, converted at a 2017 implied rate' });
    expect(figures[2]?.detail).toMatch(/^2023, .*, converted at a 2017 implied rate$/);
    expect(figures[0]?.detail).not.toContain('converted');
  });
});
