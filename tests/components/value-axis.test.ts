import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valueAxisMax } from '../../src/components/charts/value-axis.ts';

describe('valueAxisMax', () => {
  it('leaves room above the tallest bar, on a round top tick', () => {
    expect(valueAxisMax(271)).toBe(320);
    expect(valueAxisMax(145.6)).toBe(180);
    expect(valueAxisMax(19.3)).toBe(24);
    expect(valueAxisMax(7.2)).toBe(12);
  });

  it('always reaches at least 15% above the data, and never twice as high', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (max) => {
        const top = valueAxisMax(max);
        expect(top).toBeGreaterThanOrEqual(max * 1.15 * (1 - 1e-9));
        expect(top).toBeLessThan(max * 2);
      }),
    );
  });

  it('falls back to a unit axis when there is nothing to draw', () => {
    expect(valueAxisMax(0)).toBe(1);
    expect(valueAxisMax(Number.NaN)).toBe(1);
  });
});
