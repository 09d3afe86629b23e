import { describe, expect, it } from 'vitest';
import { axisTick, displayDecimals, formatValue, naturalDecimals } from '../../src/domain/format.ts';

describe('formatValue', () => {
  it('keeps the precision the source printed', () => {
    expect(formatValue({ value: 271, decimals: 1, unit: 'billion', currency: 'RMB' })).toBe('RMB 271.0 bn');
    expect(formatValue({ value: 9, decimals: 1, unit: 'percent' })).toBe('9.0%');
    expect(formatValue({ value: 23.16, unit: 'million' }, { countNoun: 'smartphones' })).toBe('23.16 million smartphones');
  });
  it('uses a derived value’s own decimals', () => {
    expect(formatValue({ value: 16, unit: 'billion', currency: 'RMB', derivation: { decimals: 1 } })).toBe('RMB 16.0 bn');
  });
  it('says when a figure is approximate or a bound', () => {
    expect(formatValue({ value: 145.6, qualifier: 'approx', unit: 'million' })).toBe('about 145.6 million');
    expect(formatValue({ value: 100, qualifier: 'moreThan', unit: 'billion', currency: 'RMB' })).toBe('more than RMB 100 bn');
    expect(formatValue({ value: 40, qualifier: 'nearly', unit: 'percent' }, { signed: true })).toBe('nearly +40%');
  });
  it('uses symbols in short chart labels, and leaves the currency to the axis', () => {
    expect(formatValue({ value: 145.6, qualifier: 'approx', unit: 'million' }, { short: true })).toBe('≈145.6m');
    expect(formatValue({ value: 100, qualifier: 'moreThan', unit: 'billion', currency: 'RMB' }, { short: true })).toBe('>100bn');
  });
  it('writes ranges, ranks, growth and counts', () => {
    expect(formatValue({ value: 80, upper: 100, unit: 'million' }, { countNoun: 'smartphones' })).toBe('80–100 million smartphones');
    expect(formatValue({ value: 2, upper: 4, unit: 'rank' })).toBe('No. 2–4');
    expect(formatValue({ value: 70, unit: 'percent' }, { signed: true })).toBe('+70%');
    expect(formatValue({ value: -6.3, unit: 'percent' }, { signed: true })).toBe('-6.3%');
    expect(formatValue({ value: 2895, unit: 'count' }, { countNoun: 'patents' })).toBe('2,895 patents');
    expect(formatValue({ value: 2010, unit: 'year' })).toBe('2010');
    expect(formatValue({ value: 1, unit: 'years' })).toBe('1 year');
    expect(formatValue({ value: 0.1468, unit: 'USD per RMB' })).toBe('0.1468 USD per RMB');
  });
});

describe('decimals', () => {
  it('reads the decimals a number is written with, ignoring floating-point noise', () => {
    expect(naturalDecimals(61)).toBe(0);
    expect(naturalDecimals(23.16)).toBe(2);
    expect(naturalDecimals(0.1 + 0.2)).toBe(1);
    expect(naturalDecimals(Math.PI)).toBe(6);
  });
  it('prefers stated decimals, then the derivation’s, then the widest of value and upper', () => {
    expect(displayDecimals({ value: 271, decimals: 1 })).toBe(1);
    expect(displayDecimals({ value: 8.5, derivation: { decimals: 2 } })).toBe(2);
    expect(displayDecimals({ value: 80, upper: 100.5 })).toBe(1);
  });
});

describe('axisTick', () => {
  it('labels axes compactly by unit', () => {
    expect(axisTick('million')(40)).toBe('40m');
    expect(axisTick('billion', 'USD')(20)).toBe('USD 20bn');
    expect(axisTick('percent')(25)).toBe('25%');
    expect(axisTick('rank')(3)).toBe('No. 3');
  });
});
