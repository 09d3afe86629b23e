import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTick, countOf, displayDecimals, formatNumber, formatValue, joinSome, naturalDecimals } from '../../src/domain/format.ts';

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

describe('formatNumber', () => {
  it('rounds the number as written, half away from zero, and groups thousands', () => {
    expect(formatNumber(1.005, 2)).toBe('1.01');
    expect(formatNumber(0.145, 2)).toBe('0.15');
    expect(formatNumber(-2.5, 0)).toBe('-3');
    expect(formatNumber(9.96, 1)).toBe('10.0');
    expect(formatNumber(999999.5, 0)).toBe('1,000,000');
    expect(formatNumber(1234567.891, 2)).toBe('1,234,567.89');
    expect(formatNumber(23.16)).toBe('23.16');
    expect(formatNumber(-6.3, 1)).toBe('-6.3');
  });

  it('never writes an exponent or float noise, however large or awkward the number', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e21, max: 1e21, noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 6 }), (v, decimals) => {
        const text = formatNumber(v, decimals);
        expect(text).toMatch(decimals ? new RegExp(`^-?\\d{1,3}(,\\d{3})*\\.\\d{${decimals}}$`) : /^-?\d{1,3}(,\d{3})*$/);
      }),
      { numRuns: 2000 },
    );
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

describe('countOf', () => {
  it('groups thousands and makes the noun plural unless the count is one', () => {
    expect(countOf(1, 'figure')).toBe('1 figure');
    expect(countOf(0, 'figure')).toBe('0 figures');
    expect(countOf(100_000, 'figure')).toBe('100,000 figures');
  });
});

describe('joinSome', () => {
  it('names up to three items, then counts the rest, and never hides a single one behind "1 more"', () => {
    const items = (n: number) => Array.from({ length: n }, (_, i) => `S${i + 1} (${i + 1} million)`);
    expect(joinSome(items(3))).toBe('S1 (1 million); S2 (2 million); S3 (3 million)');
    expect(joinSome(items(4))).toBe('S1 (1 million); S2 (2 million); S3 (3 million); S4 (4 million)');
    expect(joinSome(items(16_700))).toBe('S1 (1 million); S2 (2 million); S3 (3 million) and 16,697 more');
  });
});
