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

  it('does not jump to the next step when the headroom lands exactly on a round one', () => {
    // 4 / 1.15: the rough step is 1 in exact arithmetic and 1.0000000000000002 in floating point.
    expect(valueAxisMax(4 / 1.15)).toBe(4);
  });

  // The worst case is a rough step just over 1, which rounds (as recharts rounds it) to 2:
  // twice the step, on top of the 15% headroom.
  it('always reaches at least 15% above the data, and never more than 2.3 times as high', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-3, max: 1e9, noNaN: true }), (max) => {
        const top = valueAxisMax(max);
        expect(top).toBeGreaterThanOrEqual(max * 1.15 * (1 - 1e-9));
        expect(top).toBeLessThanOrEqual(max * 2.3 * (1 + 1e-9));
      }),
      { numRuns: 5000 },
    );
  });

  it('falls back to a unit axis when there is nothing to draw', () => {
    expect(valueAxisMax(0)).toBe(1);
    expect(valueAxisMax(Number.NaN)).toBe(1);
  });
});
