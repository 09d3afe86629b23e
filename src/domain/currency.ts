/**
 * Converts money only with an exchange rate a source states, and always says which one: the
 * sources give a single rate (2017), so a converted 2023 figure is an approximation the user
 * must be able to see.
 */
import type { Currency, Observation } from '../data/schema.ts';
import { period } from '../data/period.ts';

export interface StatedRate {
  usdPerRmb: number;
  period: string;
  observationId: string;
  sourceId: string;
}

/** The stated rate closest in time to the figure being converted. */
export function rateFor(rates: readonly StatedRate[], periodKey: string): StatedRate | null {
  if (rates.length === 0) return null;
  const mid = (k: string) => {
    const p = period(k);
    return (p.start + p.end) / 2;
  };
  const target = mid(periodKey);
  return rates.reduce((best, r) => (Math.abs(mid(r.period) - target) < Math.abs(mid(best.period) - target) ? r : best));
}

export interface MoneyValue {
  value: number;
  upper?: number;
  currency: Currency;
  /** Set when the value was converted; names the rate used. */
  convertedWith?: StatedRate;
}

/** Converts a money observation to `to`; null when no stated rate allows it. */
export function convertMoney(o: Pick<Observation, 'value' | 'upper' | 'currency' | 'period'>, to: Currency, rates: readonly StatedRate[]): MoneyValue | null {
  const from = o.currency;
  if (!from) return null;
  if (from === to) return { value: o.value, upper: o.upper, currency: to };
  const rate = rateFor(rates, o.period);
  if (!rate) return null;
  const factor = from === 'RMB' ? rate.usdPerRmb : 1 / rate.usdPerRmb;
  return {
    value: o.value * factor,
    upper: o.upper === undefined ? undefined : o.upper * factor,
    currency: to,
    convertedWith: rate,
  };
}

/**
 * How a converted figure is written: no more significant figures than the figure as stated
 * (USD 32 bn is two, so about RMB 220 bn, not 218.0), and no more than one decimal beyond it.
 * A floor stays a floor, rounded down. It is a bound, not a measurement, so it is exact as
 * stated and its conversion is as precise as the rate (`rateDigits` significant figures, at
 * most two decimals): "more than RMB 100 bn" at 0.1468 is more than USD 14.68 bn, never 14.7.
 */
export function convertedPrecision(
  stated: Pick<Observation, 'value' | 'decimals' | 'qualifier'>,
  converted: number,
  rateDigits?: number,
): { decimals: number; round: (n: number) => number } {
  // Without `decimals`, a figure is as precise as it is written (8.5 has one decimal).
  const statedDecimals = stated.decimals ?? String(stated.value).split('.')[1]?.length ?? 0;
  const cap = Math.max(1, statedDecimals);
  if (stated.value === 0 || converted === 0) return { decimals: cap, round: (n) => n };
  const magnitude = (n: number) => Math.floor(Math.log10(Math.abs(n))) + 1;
  const floor = stated.qualifier === 'moreThan';
  const bound = floor && rateDigits !== undefined;
  const significant = bound ? rateDigits : statedDecimals + magnitude(stated.value);
  const decimals = Math.min(bound ? 2 : cap, significant - magnitude(converted));
  // A floor rounds down; the tiny nudge keeps a float such as 146.99999 from flooring a step too low.
  if (decimals >= 0) {
    const scale = 10 ** decimals;
    return { decimals, round: floor ? (n) => Math.floor(n * scale + 1e-9) / scale : (n) => n };
  }
  const step = 10 ** -decimals;
  return { decimals: 0, round: (n) => (floor ? Math.floor(n / step + 1e-9) : Math.round(n / step)) * step };
}

/** Significant figures of a number as written: 0.1468 has four. */
function significantDigits(n: number): number {
  return String(Math.abs(n)).replace('.', '').replace(/^0+/, '').length;
}

/**
 * A money figure as written in the currency it was converted to: at its precision, hedged as
 * approximate unless the source already hedged it, and no longer carrying a derivation.
 */
export function convertedObservation(o: Observation, money: MoneyValue): Observation {
  const rate = money.convertedWith?.usdPerRmb;
  const { decimals, round } = convertedPrecision(o, money.value, rate === undefined ? undefined : significantDigits(rate));
  const upper = money.upper === undefined ? undefined : round(money.upper);
  return { ...o, value: round(money.value), upper, currency: money.currency, decimals, qualifier: o.qualifier ?? 'approx', derivation: undefined };
}

export function describeRate(rate: StatedRate): string {
  return `1 RMB = ${rate.usdPerRmb} USD (1 USD = ${(1 / rate.usdPerRmb).toFixed(2)} RMB), the rate implied by a ${period(rate.period).year} source`;
}
