import { describe, expect, it } from 'vitest';
import { comparePeriods, dateToYearFraction, elapsedShare, overlapsYears, parsePeriod, periodLabel, periodsBetween, yearOf } from '../../src/data/period.ts';

describe('parsePeriod', () => {
  it.each([
    ['2017', 'year', 2017],
    ['2015-H1', 'half', 2015],
    ['2017-Q2', 'quarter', 2017],
    ['2017-07', 'month', 2017],
    ['2017-07-08', 'date', 2017],
    ['2024-02-29', 'date', 2024],
  ])('reads %s as a %s of %i', (key, granularity, year) => {
    expect(parsePeriod(key)).toMatchObject({ key, granularity, year });
  });

  it.each([
    '',
    '17',
    '2017-Q5',
    '2017-H3',
    '2017-13',
    '2017-00',
    '2023-02-29',
    '2017-02-30',
    '2017-7',
    'Q2 2017',
    '2017-Q2 ',
    '1899',
    '12017',
    '__proto__',
    '2017-Q2-01',
  ])('rejects %j', (key) => {
    expect(parsePeriod(key)).toBeNull();
  });

  it('places periods on one time scale', () => {
    expect(parsePeriod('2017-Q2')).toMatchObject({ start: 2017.25, end: 2017.5 });
    expect(parsePeriod('2015-H1')).toMatchObject({ start: 2015, end: 2015.5 });
    const day = parsePeriod('2017-07-08')!;
    expect(day.start).toBeGreaterThan(2017.5);
    expect(day.end - day.start).toBeCloseTo(1 / 365);
  });
});

describe('periodLabel', () => {
  it.each([
    ['2017', '2017'],
    ['2015-H1', 'H1 2015'],
    ['2017-Q2', 'Q2 2017'],
    ['2017-07', 'Jul 2017'],
    ['2023-12-28', '28 Dec 2023'],
  ])('%s -> %s', (key, label) => expect(periodLabel(key)).toBe(label));

  it('leaves an unparseable key as it is', () => expect(periodLabel('soon')).toBe('soon'));
});

describe('comparePeriods', () => {
  it('sorts chronologically, a longer period before a shorter one starting the same day', () => {
    const keys = ['2017-Q2', '2017', '2016', '2017-07-08', '2017-H1', '2017-Q1', '2017-07'];
    expect([...keys].sort(comparePeriods)).toEqual(['2016', '2017', '2017-H1', '2017-Q1', '2017-Q2', '2017-07', '2017-07-08']);
  });
});

describe('periodsBetween', () => {
  it('lists every year, keeping missing ones as gaps', () => {
    expect(periodsBetween('2012', '2016')).toEqual(['2012', '2013', '2014', '2015', '2016']);
  });
  it('crosses year boundaries for quarters and halves', () => {
    expect(periodsBetween('2017-Q3', '2018-Q2')).toEqual(['2017-Q3', '2017-Q4', '2018-Q1', '2018-Q2']);
    expect(periodsBetween('2015-H2', '2016-H2')).toEqual(['2015-H2', '2016-H1', '2016-H2']);
  });
  it('crosses month and day boundaries', () => {
    expect(periodsBetween('2017-11', '2018-01')).toEqual(['2017-11', '2017-12', '2018-01']);
    expect(periodsBetween('2024-02-28', '2024-03-01')).toEqual(['2024-02-28', '2024-02-29', '2024-03-01']);
  });
  it('returns one period when first equals last, none when reversed', () => {
    expect(periodsBetween('2017', '2017')).toEqual(['2017']);
    expect(periodsBetween('2018', '2017')).toEqual([]);
  });
  it('refuses to mix granularities', () => {
    expect(() => periodsBetween('2017', '2017-Q4')).toThrow(/different granularities/);
  });
});

describe('overlapsYears', () => {
  it('includes a period that overlaps the inclusive year range', () => {
    expect(overlapsYears('2017-Q4', 2017, 2017)).toBe(true);
    expect(overlapsYears('2017', 2012, 2017)).toBe(true);
    expect(overlapsYears('2017', 2018, null)).toBe(false);
    expect(overlapsYears('2017', null, 2016)).toBe(false);
    expect(overlapsYears('2017-12-31', 2017, 2017)).toBe(true);
    expect(overlapsYears('2017', null, null)).toBe(true);
  });
});

describe('periods and dates on one scale', () => {
  it('gives the share of a period elapsed when a sub-period ends', () => {
    expect(elapsedShare('2015-H1', '2015')).toBe(0.5);
    expect(elapsedShare('2017-Q1', '2017')).toBe(0.25);
    expect(elapsedShare('2016', '2017')).toBe(0);
  });

  it('maps a date onto the period scale', () => {
    expect(dateToYearFraction(new Date(Date.UTC(2017, 0, 1)))).toBe(2017);
    expect(dateToYearFraction(new Date(Date.UTC(2017, 6, 1)))).toBe(2017.5);
    // 2 July: a thirty-first of July into the second half.
    expect(dateToYearFraction(new Date(Date.UTC(2017, 6, 2)))).toBeCloseTo(2017.5 + 1 / 31 / 12, 9);
  });

  it('puts a day inside the half, quarter and month of the calendar', () => {
    const within = (day: string, outer: string) => {
      const [d, o] = [parsePeriod(day)!, parsePeriod(outer)!];
      return d.start >= o.start && d.end <= o.end;
    };
    // 1 July 2015 (Xiaomi's first-half sales announcement) belongs to H2, not H1.
    expect(within('2015-07-01', '2015-H2')).toBe(true);
    expect(within('2015-07-01', '2015-H1')).toBe(false);
    expect(within('2015-06-30', '2015-H1')).toBe(true);
    expect(within('2017-03-31', '2017-Q1')).toBe(true);
    expect(within('2017-04-01', '2017-Q2')).toBe(true);
    expect(within('2016-02-29', '2016-02')).toBe(true);
    expect(within('2016-12-31', '2016')).toBe(true);
  });
});

describe('yearOf', () => {
  it('reads the year every period key starts with, as parsing it would', () => {
    for (const key of ['2017', '2017-H2', '2017-Q3', '2017-07', '2017-07-08', '1900', '2199-12-31']) {
      expect(yearOf(key)).toBe(parsePeriod(key)!.year);
    }
  });
  it('is NaN when the key does not open with four digits', () => {
    for (const key of ['', '201', 'x017', '20a7-Q1', ' 2017']) expect(yearOf(key)).toBeNaN();
  });
});
