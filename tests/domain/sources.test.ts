import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/data/safe-url.ts';
import { coverageLine, figureSpan, sourcesInView, sourcesSummary } from '../../src/domain/sources.ts';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { assessGoals, goalsInView } from '../../src/domain/goals.ts';
import { goal, makeIndex, obs } from '../helpers/build-dataset.ts';
import { bundledIndex } from '../helpers/dataset.ts';

describe('safeHttpUrl', () => {
  it('keeps absolute http and https addresses, normalised', () => {
    expect(safeHttpUrl('https://example.org/a b')).toBe('https://example.org/a%20b');
    expect(safeHttpUrl('http://example.org')).toBe('http://example.org/');
  });
  it.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(1)'],
    [' javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox'],
    ['file:///etc/passwd'],
    ['//example.org/no-scheme'],
    ['/relative/path'],
    ['not a url'],
    [''],
    [`https://example.org/${'x'.repeat(2001)}`],
  ])('refuses %j', (raw) => {
    expect(safeHttpUrl(raw)).toBeNull();
  });
  it('refuses what is not a string', () => {
    expect(safeHttpUrl(undefined)).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});

describe('coverageLine', () => {
  it('says what the bundled dataset covers: the years of its figures and its five articles', () => {
    expect(coverageLine(bundledIndex())).toBe('2012–2023, from five published articles');
  });

  it("reads the years from the figures alone: a goal's later deadline widens the year controls, not this", () => {
    const index = makeIndex(
      [obs({ metric: 'units', period: '2019-Q3', value: 1 }), obs({ metric: 'units', period: '2021', value: 2 })],
      [goal({ metric: 'units', deadline: '2030', targetObservationIds: [] })],
    );
    expect(index.lastYear).toBe(2030);
    expect(figureSpan(index)).toBe('2019–2021');
  });

  it('names one year once, counts only the articles the figures cite (one in the singular), and says nothing of a file without figures', () => {
    const one = makeIndex([obs({ metric: 'units', period: '2020-H1', value: 1 })]);
    expect(coverageLine(one)).toBe('2020, from one published article');
    expect(coverageLine(makeIndex([]))).toBeNull();
    // Data the reader loaded names its own sources, which need not be published articles.
    expect(coverageLine(one, true)).toBe('2020, from one source named in the data you loaded');
  });
});

describe('sourcesSummary', () => {
  it('counts the sources listed, and names how many the figures cite only when that is fewer', () => {
    expect(sourcesSummary(bundledIndex())).toBe('5 sources.');
    expect(sourcesSummary(makeIndex([]))).toBe('1 source, 0 of them cited by the figures.');
  });
});

describe('sourcesInView', () => {
  const index = bundledIndex();
  const goals = assessGoals(index, new Date('2026-12-01'));
  const ids = (filter: Partial<typeof NO_FILTER>, panel: string | null = null) => {
    const f = { ...NO_FILTER, ...filter };
    return sourcesInView(index, f, goalsInView(goals, f), panel).map((s) => s.id);
  };

  it('cites every source once for the whole page, in the dataset order', () => {
    expect(ids({})).toEqual(index.dataset.sources.map((s) => s.id));
  });

  it('cites only the articles behind the figures the filters keep', () => {
    expect(ids({ from: 2021, to: 2023 })).toEqual(['results-2023-report']);
    expect(ids({ from: 2012, to: 2013 })).toEqual(['h1-2015-sales-report']);
    expect(ids({ from: 2016, to: 2016 })).toEqual(['cnbc-2017-q2', 'q2-2017-shipments-report']);
  });

  it('cites the articles of one panel when the view focuses it', () => {
    // The goals due in 2015 (80 to 100 million phones) were stated in the H1 2015 sales report.
    expect(ids({ from: 2015, to: 2015 }, 'goals')).toEqual(['h1-2015-sales-report']);
    expect(ids({ from: 2021, to: 2023 }, 'shipments')).toEqual(['results-2023-report']);
    expect(ids({ from: 2021, to: 2023 }, 'regions')).toEqual(['results-2023-report']);
  });

  it('cites no goal article when the regions leave Goal tracking without goals', () => {
    // No announced goal concerns India, so the Goal tracking panel lists no goal and no source.
    expect(goalsInView(goals, { ...NO_FILTER, regions: ['india'] })).toEqual([]);
    expect(ids({ regions: ['india'] }, 'goals')).toEqual([]);
  });

  it("cites the article of the figure a goal is judged by, with the goal's own", () => {
    const judged = goals.filter((a) => a.evidence && !a.goal.sourceIds.includes(a.evidence.sourceId));
    expect(judged.length).toBeGreaterThan(0);
    const cited = ids({}, 'goals');
    for (const a of judged) expect(cited).toContain(a.evidence!.sourceId);
  });
});
