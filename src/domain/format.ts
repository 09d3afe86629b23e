/**
 * One way to write a figure everywhere (chart labels, tables, tooltips, exports), keeping the
 * source's precision and its hedges ("about", "more than", "nearly") so a rounded or bounded
 * figure is never presented as exact.
 */
import type { Currency, Observation, Qualifier, Unit } from '../data/schema.ts';

export interface FormattableValue {
  value: number;
  upper?: number;
  qualifier?: Qualifier;
  unit: Unit;
  currency?: Currency;
  decimals?: number;
  derivation?: { decimals: number };
}

/**
 * One formatter per number of decimals (0 to 6, all the precision a figure may carry): grouped
 * thousands, rounded half away from zero from the number as written (1.005 is 1.01).
 */
const FIXED = Array.from(
  { length: 7 },
  (_, decimals) => new Intl.NumberFormat('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals, roundingMode: 'halfExpand' }),
);

/** The text with its first letter in upper case, to open a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function fixed(value: number, decimals: number): string {
  return FIXED[Math.min(6, Math.max(0, Math.round(decimals)))]!.format(value);
}

/** Decimals a number is written with (23.16 -> 2, 61 -> 0), capped to keep float noise out. */
export function naturalDecimals(value: number): number {
  if (!Number.isFinite(value)) return 0;
  for (let d = 0; d < 6; d++) {
    if (Math.abs(Math.round(value * 10 ** d) - value * 10 ** d) < 1e-6) return d;
  }
  return 6;
}

export function displayDecimals(v: Pick<FormattableValue, 'value' | 'upper' | 'decimals' | 'derivation'>): number {
  return v.decimals ?? v.derivation?.decimals ?? Math.max(naturalDecimals(v.value), v.upper === undefined ? 0 : naturalDecimals(v.upper));
}

export function formatNumber(value: number, decimals = naturalDecimals(value)): string {
  if (!Number.isFinite(value)) return String(value);
  return fixed(value, decimals);
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** A count in words ("three"): digits in a takeaway are kept for figures and periods. */
export function countWords(n: number): string {
  return COUNT_WORDS[n] ?? formatNumber(n, 0);
}

/** A count and its noun, thousands grouped, the noun plural unless the count is one: "1 figure", "100,000 figures". */
export function countOf(n: number, noun: string): string {
  return `${formatNumber(n, 0)} ${noun}${n === 1 ? '' : 's'}`;
}

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  approx: 'about',
  moreThan: 'more than',
  nearly: 'nearly',
};

/** Short symbol for tight spaces such as bar labels. */
const QUALIFIER_SYMBOL: Record<Qualifier, string> = { approx: '≈', moreThan: '>', nearly: '<' };

function magnitude(v: FormattableValue, decimals: number, signed: boolean): string {
  const fmt = (n: number) => (signed && n > 0 ? '+' : '') + formatNumber(n, decimals);
  return v.upper !== undefined && v.upper !== v.value ? `${fmt(v.value)}–${fmt(v.upper)}` : fmt(v.value);
}

/**
 * Full text of a value: "23.16 million smartphones", "RMB 271.0 bn", "+70%", "No. 2–4".
 * `signed` puts a + on positive percentages (growth rates).
 */
export function formatValue(v: FormattableValue, options: { countNoun?: string; signed?: boolean; short?: boolean } = {}): string {
  const decimals = displayDecimals(v);
  const prefix = v.qualifier ? (options.short ? QUALIFIER_SYMBOL[v.qualifier] : `${QUALIFIER_WORDS[v.qualifier]} `) : '';
  const n = magnitude(v, decimals, Boolean(options.signed));
  const noun = options.countNoun && !options.short ? ` ${options.countNoun}` : '';
  switch (v.unit) {
    case 'million':
      return options.short ? `${prefix}${n}m` : `${prefix}${n} million${noun}`;
    case 'billion':
      // Short labels sit on a chart whose axis names the currency.
      return options.short ? `${prefix}${n}bn` : `${prefix}${v.currency ? `${v.currency} ` : ''}${n} bn`;
    case 'percent':
      return `${prefix}${n}%`;
    case 'rank':
      return `${prefix}No. ${n}`;
    case 'count':
      return `${prefix}${n}${noun}`;
    case 'years':
      return `${prefix}${n} ${v.value === 1 && v.upper === undefined ? 'year' : 'years'}`;
    case 'year':
      return `${prefix}${formatNumber(v.value, 0).replace(/,/g, '')}`;
    case 'characters':
      return `${prefix}${n} characters`;
    case 'USD per RMB':
      return `${prefix}${n} USD per RMB`;
  }
}

export function formatObservation(o: Observation, countNoun?: string): string {
  const signed = o.unit === 'percent' && /growth/.test(o.metric);
  return formatValue(o, { countNoun, signed });
}

/** Axis tick text for a unit, kept short: the same function for the same unit, so memoized charts stay put. */
export function axisTick(unit: Unit, currency?: Currency): (value: number) => string {
  return unit === 'billion' ? MONEY_TICKS[currency ?? 'none'] : (TICKS[unit] ?? plainTick);
}

const plainTick = (n: number) => formatNumber(n);
const TICKS: Partial<Record<Unit, (value: number) => string>> = {
  million: (n) => `${formatNumber(n)}m`,
  percent: (n) => `${formatNumber(n)}%`,
  rank: (n) => `No. ${n}`,
};
const moneyTick = (currency: string) => (n: number) => `${currency} ${formatNumber(n)}bn`.trim();
const MONEY_TICKS: Record<Currency | 'none', (value: number) => string> = { RMB: moneyTick('RMB'), USD: moneyTick('USD'), none: moneyTick('') };

/**
 * Items joined by "; ", the first `shown` of them and then how many more: a file that gives one
 * figure from 16,000 sources keeps a note of one line. Never "and 1 more": that one is shown.
 */
export function joinSome(items: readonly string[], shown = 3): string {
  const rest = items.length - shown;
  return rest > 1 ? `${items.slice(0, shown).join('; ')} and ${formatNumber(rest, 0)} more` : items.join('; ');
}
