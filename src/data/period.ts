/**
 * Periods are written as compact strings in the dataset and the URL ("2017", "2017-H1",
 * "2017-Q2", "2017-07", "2017-07-08") so they stay readable and sortable; this module is
 * the only place that understands them.
 */

export type Granularity = 'year' | 'half' | 'quarter' | 'month' | 'date';

export interface Period {
  key: string;
  granularity: Granularity;
  year: number;
  /** First and last day covered, as fractional years, so periods of any size can be compared. */
  start: number;
  end: number;
  /** Half (1-2), quarter (1-4), month (1-12) or day of month, depending on granularity. */
  index: number;
  month?: number;
}

const PATTERN = /^(\d{4})(?:-(?:H([12])|Q([1-4])|(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?))?$/;
const MIN_YEAR = 1900;
const MAX_YEAR = 2200;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Where a day starts, in years: on the months' scale that halves, quarters and months use (a
 * month is a twelfth of a year whatever its length), so 1 July starts H2 and 30 June ends H1.
 * By day of year instead, 1 July 2015 fell at 0.496, inside H1.
 */
function dayStart(year: number, month: number, day: number): number {
  return year + (month - 1 + (day - 1) / daysInMonth(year, month)) / 12;
}

const cache = new Map<string, Period | null>();

/** Parses a period key; null when it is not a real period (e.g. "2017-Q5", "2023-02-30"). */
export function parsePeriod(key: string): Period | null {
  if (typeof key !== 'string' || key.length > 10) return null;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const result = parseUncached(key);
  if (cache.size > 5_000) cache.clear();
  cache.set(key, result);
  return result;
}

function parseUncached(key: string): Period | null {
  const m = PATTERN.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  const [, , half, quarter, month, day] = m;
  if (half) {
    const h = Number(half);
    return { key, granularity: 'half', year, index: h, start: year + (h - 1) / 2, end: year + h / 2 };
  }
  if (quarter) {
    const q = Number(quarter);
    return { key, granularity: 'quarter', year, index: q, start: year + (q - 1) / 4, end: year + q / 4 };
  }
  if (month && day) {
    const mo = Number(month);
    const d = Number(day);
    if (d > daysInMonth(year, mo)) return null;
    const start = dayStart(year, mo, d);
    return { key, granularity: 'date', year, index: d, month: mo, start, end: start + 1 / (12 * daysInMonth(year, mo)) };
  }
  if (month) {
    const mo = Number(month);
    return { key, granularity: 'month', year, index: mo, month: mo, start: year + (mo - 1) / 12, end: year + mo / 12 };
  }
  return { key, granularity: 'year', year, index: 1, start: year, end: year + 1 };
}

/**
 * The year a period key starts with, read from its first four digits without parsing the key
 * (for passes over every observation); NaN if they are not digits.
 */
export function yearOf(key: string): number {
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = key.charCodeAt(i) - 48;
    if (!(digit >= 0 && digit <= 9)) return NaN;
    year = year * 10 + digit;
  }
  return year;
}

export function isPeriodKey(key: string): boolean {
  return parsePeriod(key) !== null;
}

/** Like parsePeriod, for keys already validated by the schema. */
export function period(key: string): Period {
  const p = parsePeriod(key);
  if (!p) throw new Error(`Not a period: ${JSON.stringify(key)}`);
  return p;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Human label: "2017", "H1 2015", "Q2 2017", "Jul 2017", "8 Jul 2017". */
export function periodLabel(key: string): string {
  const p = parsePeriod(key);
  if (!p) return key;
  switch (p.granularity) {
    case 'year':
      return String(p.year);
    case 'half':
      return `H${p.index} ${p.year}`;
    case 'quarter':
      return `Q${p.index} ${p.year}`;
    case 'month':
      return `${MONTHS[p.index - 1]} ${p.year}`;
    case 'date':
      return `${p.index} ${MONTHS[(p.month ?? 1) - 1]} ${p.year}`;
  }
}

export const GRANULARITY_LABELS: Record<Granularity, string> = {
  year: 'Annual',
  half: 'Half-year',
  quarter: 'Quarterly',
  month: 'Monthly',
  date: 'Single date',
};

/** Chronological order; a longer period sorts before a shorter one starting on the same day. */
export function comparePeriods(a: string, b: string): number {
  const pa = period(a);
  const pb = period(b);
  return pa.start - pb.start || pb.end - pa.end;
}

/** True when the period lies (at least partly) inside the inclusive year range. */
export function overlapsYears(key: string, fromYear: number | null, toYear: number | null): boolean {
  const p = period(key);
  if (fromYear !== null && p.end <= fromYear) return false;
  if (toYear !== null && p.start >= toYear + 1) return false;
  return true;
}

/** Every period of one granularity from first to last inclusive, so charts can show gaps. */
export function periodsBetween(first: string, last: string): string[] {
  const a = period(first);
  const b = period(last);
  if (a.granularity !== b.granularity) {
    throw new Error(`Cannot list periods between ${first} and ${last}: different granularities`);
  }
  const out: string[] = [];
  let cur: Period | null = a;
  while (cur && cur.start <= b.start && out.length < 10_000) {
    out.push(cur.key);
    cur = nextPeriod(cur);
  }
  return out;
}

/** The first and last period of a year at a granularity ("2018-Q1", "2018-Q4"); null for single dates. */
export function periodsOfYear(year: number, granularity: Granularity): [string, string] | null {
  switch (granularity) {
    case 'year':
      return [String(year), String(year)];
    case 'half':
      return [`${year}-H1`, `${year}-H2`];
    case 'quarter':
      return [`${year}-Q1`, `${year}-Q4`];
    case 'month':
      return [`${year}-01`, `${year}-12`];
    case 'date':
      return null;
  }
}

/** 7 → "07": a month or day as ISO dates write it. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function nextPeriod(p: Period): Period | null {
  switch (p.granularity) {
    case 'year':
      return parsePeriod(String(p.year + 1));
    case 'half':
      return parsePeriod(p.index === 2 ? `${p.year + 1}-H1` : `${p.year}-H2`);
    case 'quarter':
      return parsePeriod(p.index === 4 ? `${p.year + 1}-Q1` : `${p.year}-Q${p.index + 1}`);
    case 'month':
      return parsePeriod(p.index === 12 ? `${p.year + 1}-01` : `${p.year}-${pad(p.index + 1)}`);
    case 'date': {
      const d = new Date(Date.UTC(p.year, (p.month ?? 1) - 1, p.index + 1));
      return parsePeriod(`${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`);
    }
  }
}

const PERIODS_PER_YEAR: Record<Granularity, number> = { year: 1, half: 2, quarter: 4, month: 12, date: 1 };

/** How many periods like `key` make a year ("2017-Q2": 4); dates vary, and count as one, like years and non-periods. */
export function periodsPerYear(key: string): number {
  return PERIODS_PER_YEAR[parsePeriod(key)?.granularity ?? 'year'];
}

/** The fraction of `outer` that has elapsed when `inner` ends (H1 of a year -> 0.5). */
export function elapsedShare(inner: string, outer: string): number {
  const i = period(inner);
  const o = period(outer);
  const share = (i.end - o.start) / (o.end - o.start);
  return Math.min(1, Math.max(0, share));
}

/** Fractional-year position of a calendar date, on the same scale as Period.start/end. */
export function dateToYearFraction(date: Date): number {
  return dayStart(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}
