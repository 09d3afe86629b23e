import { describe, expect, it } from 'vitest';
import { period, periodLabel } from '../../src/data/period.ts';
import type { Observation } from '../../src/data/schema.ts';
import { narrowsRegions, NO_FILTER, type ObservationFilter } from '../../src/domain/filters.ts';
import { describeEvidence, describeTarget } from '../../src/domain/goal-words.ts';
import { assessGoals, goalProgressRows, goalsInView } from '../../src/domain/goals.ts';
import type { DisplayOptions, PlotPoint } from '../../src/domain/plot.ts';
import { regionsData } from '../../src/domain/regions.ts';
import { revenueData } from '../../src/domain/revenue.ts';
import { shipmentsData } from '../../src/domain/shipments.ts';
import { shortCitation, sourcesOf } from '../../src/domain/sources.ts';
import { goalsTakeaway, rankTakeaway, shareTakeaway } from '../../src/domain/regional-takeaways.ts';
import { movement, type Takeaway } from '../../src/domain/takeaway-words.ts';
import { resultsByYearTakeaway, revenueByYearTakeaway, segmentsTakeaway, shipmentsTakeaway } from '../../src/domain/takeaways.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { indexDataset } from '../../src/domain/dataset-index.ts';
import { bundledIndex, rawDataset } from '../helpers/dataset.ts';

const index = bundledIndex();
const rates = index.rates;
const RMB: DisplayOptions = { currency: 'RMB', rates };
const USD: DisplayOptions = { currency: 'USD', rates };
// A fixed "today", so goal verdicts do not change as time passes.
const ASSESSED = assessGoals(index, new Date('2026-11-22'));

/** What a chart shows: each figure in view with the texts it is labelled with, and the periods on its axis. */
interface Chart {
  name: string;
  filter: ObservationFilter;
  takeaway: Takeaway;
  inView: Map<Observation, string[]>;
  periods: string[];
  /** Charts of worldwide totals, whose takeaway must say so when a region filter is set. */
  worldwide: boolean;
  /** The runs of periods the chart shades as without figures ("2018–2022"), which its takeaway names too. */
  gaps?: string[];
}

function labelled(points: readonly PlotPoint[], extra: (p: PlotPoint) => string[] = () => []): Map<Observation, string[]> {
  return new Map(points.map((p) => [p.observation, [p.text, ...extra(p)]]));
}

function shipmentsCharts(filter: ObservationFilter): Chart[] {
  // An empty chart's takeaway may name the periods the other granularities cover, never their figures.
  const elsewhere = (['year', 'half', 'quarter'] as const).flatMap((g) => shipmentsData(index, filter, g, RMB).plotted.map((p) => p.observation.period));
  return (['year', 'half', 'quarter'] as const).map((g) => {
    const data = shipmentsData(index, filter, g, RMB);
    return {
      name: `shipments/${g}`,
      filter,
      takeaway: shipmentsTakeaway(index, data, filter),
      // Targets with no figure beside them are not drawn, only named.
      inView: labelled([...data.plotted, ...data.unchartedTargets]),
      periods: [...data.rows.map((r) => r.key), ...[...data.plotted, ...data.unchartedTargets].map((p) => p.observation.period), ...elsewhere],
      worldwide: true,
      gaps: data.gaps.map((g) => g.text),
    };
  });
}

function revenueCharts(filter: ObservationFilter): Chart[] {
  return [RMB, USD].flatMap((display) => {
    const data = revenueData(index, filter, display);
    const seg = data.segments;
    // A segment's share of the total is computed from two figures in view, and labelled on the chart.
    const share = (p: PlotPoint) => {
      const s = seg?.shares[p.observation.segment ?? ''];
      return s ? [s] : [];
    };
    const annual = (name: string, chart: typeof data.revenueByYear, takeaway: Takeaway): Chart => ({
      name: `${name}/${display.currency}`,
      filter,
      takeaway,
      // Targets with no figure beside them are not drawn, only named.
      inView: labelled([...chart.plotted, ...chart.unchartedTargets]),
      periods: [...chart.rows.map((r) => r.key), ...[...chart.plotted, ...chart.unchartedTargets].map((p) => p.observation.period)],
      worldwide: true,
      gaps: chart.gaps.map((g) => g.text),
    });
    return [
      {
        name: `segments/${display.currency}`,
        filter,
        takeaway: segmentsTakeaway(index, data, filter),
        inView: labelled([...(seg?.plotted ?? []), ...(seg?.total ? [seg.total] : [])], share),
        periods: seg ? [seg.year] : [],
        worldwide: true,
      },
      annual('revenue', data.revenueByYear, revenueByYearTakeaway(index, data, filter)),
      annual('results', data.resultsByYear, resultsByYearTakeaway(index, data, filter)),
    ];
  });
}

function regionCharts(filter: ObservationFilter): Chart[] {
  const rankData = (['year', 'quarter'] as const).map((g) => regionsData(index, filter, g, RMB).ranks);
  // A rank takeaway may name the period a later rank at the other granularity reaches (one
  // press of the chart's Annual/Quarterly control away), never its figure.
  const rankPeriods = rankData.flatMap((r) => r.plotted.map((p) => p.observation.period));
  const ranks = rankData.map((data): Chart => ({
    name: `ranks/${data.granularity}`,
    filter,
    takeaway: rankTakeaway(index, data, filter),
    inView: labelled(data.plotted),
    periods: [...data.rows.map((r) => r.key), ...rankPeriods],
    worldwide: false,
    gaps: data.gaps.map((g) => g.text),
  }));
  const data = regionsData(index, filter, 'year', RMB);
  const snapshot = data.shares[0];
  return [
    ...ranks,
    {
      name: 'shares',
      filter,
      takeaway: shareTakeaway(index, data, filter),
      inView: labelled(snapshot?.plotted ?? []),
      periods: snapshot ? [snapshot.period] : [],
      worldwide: false,
    },
  ];
}

function goalCharts(filter: ObservationFilter): Chart[] {
  const assessments = goalsInView(ASSESSED, filter);
  return [RMB, USD].map((display) => {
    const rows = goalProgressRows(index, assessments, display);
    const inView = labelled(
      rows.flatMap((r) => (r.points.progress ? [r.points.progress] : [])),
      (p) => [p.short],
    );
    // The goal list under the chart states each target.
    for (const a of assessments) if (a.target) inView.set(a.target, [describeTarget(index, a)]);
    // ...and the evidence for it, in the target's currency.
    for (const a of assessments) if (a.evidence) inView.set(a.evidence, [...(inView.get(a.evidence) ?? []), describeEvidence(index, a) ?? '']);
    return {
      name: `goals/${display.currency}`,
      filter,
      takeaway: goalsTakeaway(index, assessments, rows, filter),
      inView,
      periods: [...[...inView.keys()].map((o) => o.period), ...assessments.map((a) => a.goal.deadline)],
      worldwide: false,
    };
  });
}

function chartsFor(filter: ObservationFilter): Chart[] {
  return [...shipmentsCharts(filter), ...revenueCharts(filter), ...regionCharts(filter), ...goalCharts(filter)];
}

const PERIOD_LABEL = /\b(?:(?:Q[1-4]|H[12]) \d{4}|(?:\d{1,2} )?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4})\b/g;
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;

/** The numbers a text states, leaving out the digits of period labels such as "Q2 2017". */
function numbersIn(text: string): string[] {
  return text.replace(PERIOD_LABEL, ' ').match(NUMBER) ?? [];
}

/** Everything wrong with one takeaway, as readable lines (empty when it keeps every rule). */
function problemsOf(chart: Chart): string[] {
  const { takeaway, inView, filter } = chart;
  const { text, figures } = takeaway;
  const problems: string[] = [];
  const say = (what: string) => problems.push(`${chart.name} ${JSON.stringify(filter)}: ${what} — ${text}`);
  if (!text.trim()) say('empty text');
  for (const f of figures) if (!inView.has(f)) say(`states ${f.id}, which is not in view`);

  const citations = sourcesOf(index, figures).map(shortCitation);
  const stripped = citations.reduce((t, c) => t.split(c).join(' '), text);
  const allowed = new Set(figures.flatMap((f) => inView.get(f) ?? []).flatMap(numbersIn));
  const years = new Set([...chart.periods.map((k) => String(period(k).year)), String(filter.from), String(filter.to)]);
  for (const n of numbersIn(stripped)) {
    if (/^\d{4}$/.test(n) && years.has(n)) continue;
    if (!allowed.has(n)) say(`states ${n}, which no figure it lists is labelled with`);
  }
  const stated = new Set(numbersIn(stripped));
  for (const f of figures) {
    if (!(inView.get(f) ?? []).flatMap(numbersIn).some((n) => stated.has(n))) say(`lists ${f.id} without stating it`);
  }

  if (figures.some((f) => f.kind === 'derived') && !text.includes('derived')) say('states a derived figure without saying so');
  for (const f of figures.filter((o) => o.kind === 'target')) {
    if (!text.includes('target')) say(`states target ${f.id} without calling it a target`);
    if (!text.includes(`for ${periodLabel(f.period)}`)) say(`states target ${f.id} as if it happened`);
  }
  if (figures.length && !citations.some((c) => text.includes(c))) say('names none of its sources');
  // The note under the chart names the same runs: the two never disagree about what is missing.
  for (const gap of chart.gaps ?? []) if (!text.includes(gap)) say(`leaves out ${gap}, which its chart shades as without figures`);
  // With Worldwide alone chosen, worldwide figures are just what was asked for.
  if (chart.worldwide && narrowsRegions(filter) && !/worldwide/i.test(text)) say('does not say its figures are worldwide');
  return problems;
}

const YEARS = [null, 2012, 2014, 2015, 2017, 2018, 2020, 2023];
const REGIONS = [null, ['china'], ['india'], ['global'], []];
const SEGMENTS = [null, ['smartphones'], []];

/** Every filter state of the grid with the given start year. */
function filterGrid(from: number | null): ObservationFilter[] {
  const out: ObservationFilter[] = [];
  for (const to of YEARS) {
    if (from !== null && to !== null && from > to) continue;
    for (const regions of REGIONS) for (const segments of SEGMENTS) for (const derived of [true, false]) out.push({ from, to, regions, segments, derived });
  }
  return out;
}

const FAMILIES = { shipments: shipmentsCharts, revenue: revenueCharts, regions: regionCharts, goals: goalCharts };

const byName = (name: string, filter: ObservationFilter = NO_FILTER) => {
  const chart = chartsFor(filter).find((c) => c.name === name);
  if (!chart) throw new Error(`no chart ${name}`);
  return chart.takeaway;
};
const ids = (t: Takeaway) => t.figures.map((o) => o.id);

describe('takeaways for the bundled data, without filters', () => {
  it('shipments: the latest sold and shipped figures as two measures, the gap, and both targets as targets', () => {
    const t = byName('shipments/year');
    expect(t.text).toBe(
      'Smartphones: 61 million sold in 2014 and about 145.6 million shipped in 2023 (sales and shipments are different measures); ' +
        'the sources give no annual figures for 2015–2022; targets: 80–100 million sold for 2015 and 100 million shipped for 2018 ' +
        '(sources: CNBC on Q2 2017 shipments, Jul 2017; H1 2015 sales report, Jul 2015; 2023 annual results report, 2024).',
    );
    expect(ids(t)).toEqual(['sold-2014', 'shipments-2023', 'target-sold-2015', 'target-shipments-2018-cnbc']);
  });
  it('shipments by quarter: a derived quarter says so', () => {
    expect(byName('shipments/quarter').text).toBe(
      'Smartphone shipments rose from about 13.6 million (derived) in Q1 2017 to 23.16 million in Q2 2017 (source: CNBC on Q2 2017 shipments, Jul 2017).',
    );
  });
  it('revenue by segment: the total, the largest segment and its share, and "other" as the derived remainder', () => {
    const t = byName('segments/RMB');
    expect(t.text).toBe(
      '2023 revenue: RMB 271.0 bn; largest segment: Smartphones, RMB 157.5 bn, 58.1% of the total; ' +
        'other revenue is derived, as the remainder of the total (source: 2023 annual results report, 2024).',
    );
    expect(ids(t)).toEqual(['revenue-2023', 'segment-smartphones-2023']);
  });
  it('revenue by year: a "more than" figure is not called a rise, and only targets stated in RMB are in view', () => {
    expect(byName('revenue/RMB').text).toBe(
      'Revenue: more than RMB 100 bn in 2017 and RMB 271.0 bn in 2023; the sources give no annual figures for 2018–2022; ' +
        'target: RMB 100 bn for 2017 ' +
        "(sources: CNBC on Q2 2017 shipments, Jul 2017; Report on Lei Jun's 2018 letter, 2018; 2023 annual results report, 2024).",
    );
  });
  it('revenue by year in USD: the converted 2017 floor is as precise as the rate, so it does not read below its target', () => {
    expect(byName('revenue/USD').text).toMatch(/^Revenue: more than USD 14\.68 bn \(converted\) in 2017 and .*targets: .*USD 14\.68 bn for 2017/);
  });
  it('revenue by year in USD: the years before the first figure, after the 2015 target, are named as the chart shades them', () => {
    expect(byName('revenue/USD').text).toContain('the sources give no annual figures for 2015–2016 and 2018–2022;');
  });
  it('profit and R&D: each measure from its derived 2022 figure to 2023', () => {
    expect(byName('results/RMB').text).toBe(
      'Adjusted net profit rose from about RMB 8.5 bn (derived) in 2022 to RMB 19.3 bn in 2023; ' +
        'R&D expenses rose from about RMB 16.0 bn (derived) in 2022 to RMB 19.1 bn in 2023 (source: 2023 annual results report, 2024).',
    );
  });
  it('vendor rank: the latest rank per market, the years without ranks, and where a later rank is', () => {
    expect(byName('ranks/year').text).toBe(
      'Latest annual ranks: No. 3 worldwide in 2023 and No. 1 in Mainland China in 2014; the sources give no annual ranks for 2015–2016 and 2018–2020; ' +
        "the sources also rank Mainland China quarterly, up to Q1 2017 (sources: Report on Lei Jun's 2018 letter, 2018; 2023 annual results report, 2024).",
    );
    expect(byName('ranks/quarter').text).toContain('the sources also rank the world market annually, up to 2023; target: No. 1 in Mainland China for Q2 2020');
  });
  it('vendor rank: an annual rank is not left looking like the latest known when a quarterly one is later', () => {
    expect(byName('ranks/year', { ...NO_FILTER, regions: ['china'] }).text).toBe(
      "Latest annual rank: No. 1 in Mainland China in 2014; the sources also rank Mainland China quarterly, up to Q1 2017 (source: Report on Lei Jun's 2018 letter, 2018).",
    );
    // Up to 2016 the quarterly ranks are out of view, so there is nothing later to point to.
    expect(byName('ranks/year', { ...NO_FILTER, to: 2016 }).text).not.toMatch(/also rank/);
  });
  it('market share: the leader, Xiaomi, and the rivals without a stated share', () => {
    const t = byName('shares');
    expect(t.text).toBe(
      'Mainland China, Q1 2017: Huawei No. 1 with 20.0% and Xiaomi No. 5 with 9.0%; three rivals have no stated share (source: CNBC on Q2 2017 shipments, Jul 2017).',
    );
    expect(ids(t)).toEqual(['rank-china-2017q1-huawei', 'share-china-2017q1-huawei', 'rank-china-2017q1-xiaomi', 'share-china-2017q1-xiaomi']);
  });
  it('goals: met of those in view, how many cannot be judged, and the best-supported figure against its target', () => {
    const t = byName('goals/RMB');
    expect(t.text).toBe(
      'One of seven announced goals in view was met on the evidence in the sources; six cannot be judged. ' +
        'Best-supported figure: more than RMB 100 bn in 2017, over 100% of the RMB 100 bn target for 2017 ' +
        "(sources: CNBC on Q2 2017 shipments, Jul 2017; Report on Lei Jun's 2018 letter, 2018).",
    );
    expect(ids(t)).toEqual(['revenue-2017', 'target-revenue-2017-cnbc']);
  });
  it('goals in USD: the figure is compared with the target in the target’s currency, not in a mix', () => {
    const t = byName('goals/USD');
    expect(t.text).toContain('more than RMB 100 bn in 2017, over 100% of the RMB 100 bn target for 2017');
    expect(t.text).not.toMatch(/USD/);
  });
});

describe('takeaways under filters', () => {
  it('names the real reason a chart is empty', () => {
    // A target is not drawn alone, but said, with where it is set against what happened.
    expect(byName('shipments/year', { ...NO_FILTER, from: 2018, to: 2020 }).text).toBe(
      'No shipment or sales figures in 2018–2020: the sources give none for those years. Goal tracking sets the target of 100 million shipped for 2018 against what happened (source: CNBC on Q2 2017 shipments, Jul 2017).',
    );
    // With a region chosen, Goal tracking leaves that worldwide goal out, so the line does not send the reader there.
    expect(byName('shipments/year', { ...NO_FILTER, from: 2018, to: 2018, regions: ['china'] }).text).toBe(
      'Worldwide smartphone volumes; the sources give none by region. No shipment or sales figures in 2018: the sources give none for that year. The target of 100 million shipped for 2018 was set (source: CNBC on Q2 2017 shipments, Jul 2017).',
    );
    // The same for revenue: the 2015 sales goal, in the US dollars it was stated in.
    expect(byName('revenue/RMB', { ...NO_FILTER, from: 2015, to: 2015 }).text).toBe(
      'No annual revenue figures in 2015: the sources give none for that year. Goal tracking sets the target of USD 32 bn for 2015 against what happened (source: H1 2015 sales report, Jul 2015).',
    );
    expect(byName('shipments/year', { ...NO_FILTER, from: 2019, to: 2020 }).text).toBe(
      'No shipment or sales figures in 2019–2020: the sources give none for those years.',
    );
    expect(byName('shipments/quarter', { ...NO_FILTER, from: 2012, to: 2015 }).text).toBe(
      'No quarterly shipment or sales figures in 2012–2015: the sources give annual figures between 2012 and 2014 and half-year figures for H1 2015 instead.',
    );
    expect(byName('results/RMB', { ...NO_FILTER, from: 2022, to: 2022, derived: false }).text).toBe(
      'No annual profit or R&D figures in 2022: the only ones are derived, and derived figures are hidden.',
    );
    expect(byName('segments/RMB', { ...NO_FILTER, to: 2020 }).text).toBe(
      'No revenue breakdown by segment up to 2020: the sources give one only for other years.',
    );
    expect(byName('segments/RMB', { ...NO_FILTER, segments: [] }).text).toBe('No revenue breakdown by segment: no segment is selected.');
    expect(byName('ranks/year', { ...NO_FILTER, regions: ['india'] }).text).toBe(
      'No annual ranks for India: the sources give quarterly ranks between Q2 2017 and Q4 2017 instead.',
    );
  });
  it('says where volumes are that no chart draws: by month or day, or by region, as a loaded file may give them', () => {
    const raw = rawDataset();
    const figure = (id: string, period: string, region: string) => ({
      id,
      metric: 'smartphone_shipments',
      entity: 'xiaomi',
      region,
      period,
      value: 1,
      unit: 'million',
      kind: 'reported',
      sourceId: 'results-2023-report',
    });
    raw.observations = [figure('d1', '2019-03-01', 'global'), figure('d2', '2019-03-02', 'global'), figure('m1', '2019-04', 'china')];
    raw.goals = [];
    raw.events = [];
    const result = validateDataset(raw);
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 2)));
    const daily = indexDataset(result.dataset);
    expect(shipmentsTakeaway(daily, shipmentsData(daily, NO_FILTER, 'year', RMB), NO_FILTER).text).toBe(
      'No annual shipment or sales figures: 3 figures are given by region, by month or by day, which these charts do not draw; All figures lists them.',
    );
  });

  it('words a single goal as one', () => {
    expect(byName('goals/RMB', { ...NO_FILTER, from: 2020, to: 2020 }).text).toBe(
      'The one announced goal in view cannot be judged from the sources. It has no figure to compare with its target.',
    );
  });
  it('says worldwide figures are worldwide when a region is chosen', () => {
    expect(byName('shipments/half', { ...NO_FILTER, regions: ['china'] }).text).toBe(
      'Worldwide smartphone volumes; the sources give none by region. Smartphones sold: 34.7 million in H1 2015 (source: H1 2015 sales report, Jul 2015).',
    );
    expect(byName('revenue/RMB', { ...NO_FILTER, regions: ['india'], segments: ['smartphones'] }).text).toMatch(
      /^Worldwide totals for the whole group; the sources give none by region, and the segment filter does not narrow them\. Revenue: /,
    );
  });
  it('speaks of sales and shipments as different measures only when both are in view', () => {
    expect(byName('shipments/year', { ...NO_FILTER, to: 2014 }).text).toBe(
      'Smartphones sold rose from 7.2 million in 2012 to 61 million in 2014 (source: H1 2015 sales report, Jul 2015).',
    );
  });
  it('marks converted figures, and keeps the computed share of a converted total', () => {
    expect(byName('segments/USD').text).toContain(
      '2023 revenue: about USD 39.8 bn (converted); largest segment: Smartphones, about USD 23.1 bn (converted), 58.1%',
    );
  });
});

// One test per chart family and start year, so each stays small on a busy machine.
describe.each(Object.entries(FAMILIES))('%s takeaways over a grid of filters, through the real panel data functions', (_, chartsOf) => {
  it.each(YEARS.map((from) => ({ from })))('keep every rule from $from', ({ from }) => {
    const charts = filterGrid(from).flatMap(chartsOf);
    expect(charts.length).toBeGreaterThan(0);
    expect(charts.flatMap(problemsOf)).toEqual([]);
  });
});

describe('the grid', () => {
  it('reaches takeaways with figures, derived figures and targets, and empty ones', () => {
    const charts = filterGrid(null).flatMap(chartsFor);
    expect(charts.some((c) => c.takeaway.figures.length === 0)).toBe(true);
    expect(charts.some((c) => c.takeaway.figures.some((f) => f.kind === 'derived'))).toBe(true);
    expect(charts.some((c) => c.takeaway.figures.some((f) => f.kind === 'target'))).toBe(true);
  });
});

describe('movement', () => {
  const point = (value: number, qualifier?: 'approx' | 'moreThan' | 'nearly', upper?: number) =>
    ({ value, upper, shown: { value, upper, qualifier, unit: 'million' } }) as PlotPoint;
  it('calls a change a rise or a fall only when the hedges cannot undo it', () => {
    expect(movement(point(7.2), point(61))).toBe('rose');
    expect(movement(point(61), point(7.2))).toBe('fell');
    expect(movement(point(100, 'moreThan'), point(271))).toBeNull();
    expect(movement(point(100), point(101, 'approx'))).toBeNull();
    expect(movement(point(8.5, 'approx'), point(19.3))).toBe('rose');
    expect(movement(point(40, 'nearly'), point(30))).toBeNull();
    expect(movement(point(80, undefined, 100), point(90))).toBeNull();
  });
});

describe('charts a segment filter cannot narrow say so', () => {
  const internet: ObservationFilter = { ...NO_FILTER, segments: ['internet'] };
  it('ranks and shares are of the smartphone market', () => {
    const data = regionsData(index, internet, 'year', RMB);
    expect(rankTakeaway(index, data.ranks, internet).text).toMatch(/^Smartphone market ranks; the segment filter does not narrow them\. /);
    expect(shareTakeaway(index, data, internet).text).toMatch(/^Smartphone market shares; the segment filter does not narrow them\. /);
    // With smartphones among the segments chosen, they are in the filter: nothing to say.
    const phones = { ...NO_FILTER, segments: ['smartphones', 'internet'] };
    expect(rankTakeaway(index, regionsData(index, phones, 'year', RMB).ranks, phones).text).not.toContain('segment filter');
  });
  it('goals are never narrowed by segment', () => {
    const rows = goalProgressRows(index, ASSESSED, RMB);
    expect(goalsTakeaway(index, ASSESSED, rows, internet).text).toMatch(/^Announced goals; the segment filter does not narrow them\. /);
    expect(goalsTakeaway(index, ASSESSED, rows, NO_FILTER).text).not.toContain('segment filter');
  });
});
