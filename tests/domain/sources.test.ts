import { describe, expect, it } from 'vitest';
import { safeHttpUrl } from '../../src/data/safe-url.ts';
import { coverageLine, figureSpan, sourcesSummary } from '../../src/domain/sources.ts';
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
