import { describe, expect, it } from 'vitest';
import { arityProblem, computeDerivation, derivationMatches, describeDerivation } from '../../src/data/derivation.ts';

const v = (value: number, period = '2023') => ({ value, period });

describe('derivation operations', () => {
  it('recovers an earlier level from a later level and its growth', () => {
    // Q1 2017 from Q2 2017 (23.16 m) and +70% quarter on quarter.
    expect(computeDerivation('priorFromGrowth', [v(23.16), v(70)])).toBeCloseTo(13.6235, 4);
  });
  it('computes growth in percent', () => {
    expect(computeDerivation('growthPct', [v(7.2), v(18.7)])).toBeCloseTo(159.72, 2);
    expect(computeDerivation('growthPct', [v(100), v(50)])).toBe(-50);
  });
  it('takes a remainder of a total after its parts', () => {
    expect(computeDerivation('remainder', [v(271), v(157.5), v(80.1), v(30.1)])).toBeCloseTo(3.3, 9);
  });
  it('sums, divides and takes a percentage', () => {
    expect(computeDerivation('sum', [v(123), v(14)])).toBe(137);
    expect(computeDerivation('ratio', [v(14.68), v(100)])).toBeCloseTo(0.1468, 9);
    expect(computeDerivation('percentOf', [v(20), v(145.6)])).toBeCloseTo(29.12, 9);
  });
  it('counts back years from the period of its input', () => {
    expect(computeDerivation('yearsBefore', [v(5, '2015')])).toBe(2010);
    expect(computeDerivation('yearsBefore', [v(7, '2017-Q4')])).toBe(2010);
  });

  it('checks how many inputs an operation takes', () => {
    expect(arityProblem('ratio', 2)).toBeNull();
    expect(arityProblem('ratio', 3)).toMatch(/takes 2 input/);
    expect(arityProblem('remainder', 5)).toBeNull();
    expect(arityProblem('remainder', 1)).toMatch(/at least 2/);
  });

  it('describes each formula in words from its input labels', () => {
    expect(describeDerivation('priorFromGrowth', ['Q2 level', 'growth'])).toBe('Q2 level ÷ (1 + growth)');
    expect(describeDerivation('remainder', ['total', 'a', 'b'])).toBe('total − a − b');
    expect(describeDerivation('sum', ['a', 'b', 'c'])).toBe('a + b + c');
    // Not "year of Company age (2015) − Company age (2015)", which read as a value minus itself.
    expect(describeDerivation('yearsBefore', ['Company age (2015)'])).toBe('Company age (2015): its year − its value');
  });
});

describe('rounding tolerance', () => {
  it('accepts a stored value equal to the computed one at its decimals', () => {
    expect(derivationMatches(13.62, 13.6235, 2)).toBe(true);
    expect(derivationMatches(6.8, 6.7687, 1)).toBe(true);
    expect(derivationMatches(137, 137, 0)).toBe(true);
  });
  it('rejects a stored value off by more than half a unit in the last place', () => {
    expect(derivationMatches(13.6, 13.6235, 2)).toBe(false);
    expect(derivationMatches(6.9, 6.7687, 1)).toBe(false);
    expect(derivationMatches(138, 137, 0)).toBe(false);
  });
});
