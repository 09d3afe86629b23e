import { describe, expect, it } from 'vitest';
import { labelWidth, slideLabelScale } from '../../src/components/charts/bar-label.tsx';

describe('slide label sizes', () => {
  it('follows the slide type, clamp(13px, 1.25vw, 24px), against the page’s 12px', () => {
    // 24px from 1920 px wide up; 13px on a phone, upright or on its side (844 px); in between, 1.25vw.
    expect(slideLabelScale(2560)).toBeCloseTo(2.1);
    expect(slideLabelScale(1920)).toBeCloseTo(2.1);
    expect(slideLabelScale(1280)).toBeCloseTo((2.1 * 16) / 24);
    expect(slideLabelScale(844)).toBeCloseTo((2.1 * 13) / 24);
    expect(slideLabelScale(390)).toBeCloseTo((2.1 * 13) / 24);
  });

  it('lets a label that fits at phone size be written where the largest size would not fit', () => {
    // "≈145.6m" over a 2023 column about 57 px wide with its neighbours' room (a phone on its side).
    const room = 57 / 0.56;
    expect(labelWidth('≈145.6m', slideLabelScale(1920))).toBeGreaterThan(room);
    expect(labelWidth('≈145.6m', slideLabelScale(844))).toBeLessThanOrEqual(room);
  });
});
