import { describe, expect, it } from 'vitest';
import type { PlotPoint } from '../../src/domain/plot.ts';
import { movement } from '../../src/domain/takeaway-words.ts';

describe('movement', () => {
  const point = (value: number, qualifier?: 'approx' | 'moreThan' | 'nearly', upper?: number) =>
    ({ value, upper, shown: { value, upper, qualifier, unit: 'million' } }) as PlotPoint;
  it('calls a change a rise or a fall only when the hedges cannot undo it', () => {
    expect(movement(point(7.2), point(61))).toBe('rose');
    expect(movement(point(61), point(7.2))).toBe('fell');
    expect(movement(point(100, 'moreThan'), point(271))).toBeNull();
    expect(movement(point(100), point(101, 'approx'))).toBeNull();
    expect(movement(point(8.5, 'approx'), point(19.3))).toBe('rose');
    expect(movement(point(40, 'nearly'), point(30))).toBeNull();
    expect(movement(point(80, undefined, 100), point(90))).toBeNull();
  });
});
