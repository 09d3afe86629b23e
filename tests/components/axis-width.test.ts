import { describe, expect, it } from 'vitest';
import { axisWidth, calendarStep, numericAxisWidth, textWidth, tickLabelStep } from '../../src/components/charts/axis-width.ts';
import { axisTick } from '../../src/domain/format.ts';

describe('tickLabelStep', () => {
  it('labels every tick while the labels fit between them', () => {
    // Twelve years across 600 px: 50 px apart, a four-digit year is about 30 px at 12 px type.
    expect(tickLabelStep(50, textWidth(4, 12))).toBe(1);
  });

  it('labels every so many ticks on a crowded axis, so neighbouring labels keep a gap', () => {
    const size = textWidth(4, 12);
    for (const spacing of [3, 7.5, 10, 19, 37]) {
      const step = tickLabelStep(spacing, size);
      // Labels drawn step ticks apart clear each other, and one step fewer would not.
      expect(step * spacing).toBeGreaterThanOrEqual(size + 4);
      if (step > 1) expect((step - 1) * spacing).toBeLessThan(size + 8);
    }
  });

  it('needs more room for larger type (slides)', () => {
    expect(tickLabelStep(20, textWidth(7, 22))).toBeGreaterThan(tickLabelStep(20, textWidth(7, 12)));
  });

  it('labels every tick when the axis has not been measured yet', () => {
    expect(tickLabelStep(0, 30)).toBe(1);
    expect(tickLabelStep(Number.NaN, 30)).toBe(1);
  });
});

describe('axisWidth', () => {
  it('fits the longest label with padding', () => {
    expect(axisWidth(['1', 'RMB 280bn'], 12)).toBe(Math.ceil(textWidth(9, 12) + 14));
  });
});

describe('calendarStep', () => {
  it('keeps a step between years as it is', () => {
    expect([1, 2, 3, 7].map((step) => calendarStep(step, 1))).toEqual([1, 2, 3, 7]);
  });

  it('labels the same quarter or month each time: a divisor of a year, or whole years', () => {
    expect([1, 2, 3, 4, 5, 9].map((step) => calendarStep(step, 4))).toEqual([1, 2, 4, 4, 8, 12]);
    expect([2, 5, 7, 13].map((step) => calendarStep(step, 12))).toEqual([2, 6, 12, 24]);
    expect(calendarStep(3, 2)).toBe(4);
  });
});

describe('numericAxisWidth', () => {
  it('makes room for the longest label the axis draws, decimals included', () => {
    // A USD profit axis to 3.6 bn labels 0.9, 1.8, 2.7 and 3.6: "USD 3.6bn" is nine characters.
    const format = axisTick('billion', 'USD');
    expect(format(2.7)).toBe('USD 2.7bn');
    expect(numericAxisWidth(3.6, format, 12)).toBeGreaterThanOrEqual(axisWidth(['USD 2.7bn'], 12));
  });
});
