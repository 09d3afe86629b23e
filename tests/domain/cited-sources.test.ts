import { describe, expect, it } from 'vitest';
import { citedSources, type CitedView } from '../../src/domain/cited-sources.ts';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { assessGoals, goalsInView } from '../../src/domain/goals.ts';
import { NO_MONEY } from '../../src/domain/plot.ts';
import { bundledIndex } from '../helpers/dataset.ts';

const index = bundledIndex();
const goals = assessGoals(index, new Date('2026-12-01'));

/** The ids of the articles a citation of this view names. */
function ids(filter: Partial<typeof NO_FILTER>, rest: Partial<Omit<CitedView, 'filter' | 'goals'>> = {}) {
  const f = { ...NO_FILTER, ...filter };
  return citedSources(index, {
    filter: f,
    display: NO_MONEY,
    shipmentsGranularity: 'year',
    ranksGranularity: 'year',
    convertTargets: false,
    focus: null,
    ...rest,
    goals: goalsInView(goals, f),
  }).map((s) => s.id);
}

describe('citedSources', () => {
  it('cites every source once for the whole page, in the dataset order', () => {
    expect(ids({})).toEqual(index.dataset.sources.map((s) => s.id));
  });

  it('cites only the articles behind the figures the filters keep', () => {
    expect(ids({ from: 2021, to: 2023 })).toEqual(['results-2023-report']);
    expect(ids({ from: 2012, to: 2013 })).toEqual(['h1-2015-sales-report']);
    // 2016 is drawn in no panel, yet All figures lists its patents and supply figures.
    expect(ids({ from: 2016, to: 2016 })).toEqual(['cnbc-2017-q2', 'q2-2017-shipments-report']);
  });

  it('cites the articles of one panel when the view focuses it, with its key figures', () => {
    // The goals due in 2015 (80 to 100 million phones) were stated in the H1 2015 sales report;
    // 2015 has no key figure.
    expect(ids({ from: 2015, to: 2015 }, { focus: 'goals' })).toEqual(['h1-2015-sales-report']);
    expect(ids({ from: 2021, to: 2023 }, { focus: 'shipments' })).toEqual(['results-2023-report']);
    expect(ids({ from: 2021, to: 2023 }, { focus: 'regions' })).toEqual(['results-2023-report']);
    // Shipments from 2012 to 2014 are all in the H1 2015 sales report; the countries Xiaomi
    // sells in, a key figure over the panel, are in the report on Lei Jun's 2018 letter.
    expect(ids({ from: 2012, to: 2017 }, { focus: 'shipments' })).toContain('lei-jun-2018-letter');
  });

  it('cites the worldwide figures a region filter cannot narrow, which stay on screen', () => {
    // Shipments under Mainland China still draws worldwide sales and shipments, and their targets;
    // over it, the key figures (the countries Xiaomi sells in among them) are worldwide too.
    expect(ids({ regions: ['china'] }, { focus: 'shipments' })).toEqual(['cnbc-2017-q2', 'lei-jun-2018-letter', 'h1-2015-sales-report', 'results-2023-report']);
    // The key figures are worldwide totals: India's page cites the 2023 results behind them.
    expect(ids({ regions: ['india'], from: 2023, to: 2023 })).toEqual(['results-2023-report']);
  });

  it('cites the article that states the rate behind money converted to USD', () => {
    const usd = { display: { currency: 'USD' as const, rates: index.rates }, focus: 'revenue' as const };
    expect(ids({ from: 2023, to: 2023 }, { focus: 'revenue' })).toEqual(['results-2023-report']);
    expect(ids({ from: 2023, to: 2023 }, usd)).toEqual(['q2-2017-shipments-report', 'results-2023-report']);
  });

  it('cites no goal article when the regions leave Goal tracking without goals', () => {
    // No announced goal concerns India, so the Goal tracking panel lists no goal and no source.
    expect(goalsInView(goals, { ...NO_FILTER, regions: ['india'] })).toEqual([]);
    // The key figures above it, worldwide totals, still cite theirs.
    expect(ids({ regions: ['india'] }, { focus: 'goals' })).toEqual(['lei-jun-2018-letter', 'results-2023-report']);
  });

  it("cites the article of the figure a goal is judged by, with the goal's own", () => {
    const judged = goals.filter((a) => a.evidence && !a.goal.sourceIds.includes(a.evidence.sourceId));
    expect(judged.length).toBeGreaterThan(0);
    const cited = ids({}, { focus: 'goals' });
    for (const a of judged) expect(cited).toContain(a.evidence!.sourceId);
  });
});
