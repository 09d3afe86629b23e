import { describe, expect, it } from 'vitest';
import { pairLabelPlace, shownColumnLabels, type ColumnGeometry, type LabelColumn } from '../../src/components/charts/column-labels.ts';

// Shipments on a 390 px phone: 30 px periods, 16.8 px columns, 12 px labels 6 px above them.
const PHONE: ColumnGeometry = { slot: 30, bar: 16.8, from: -50, to: 300, lift: 6, font: 12, dash: 6 };
const column = (top: number | null, width: number | null, over: Partial<LabelColumn> = {}): LabelColumn => ({ top, reach: null, width, room: 30, ...over });

describe('which value labels a chart of columns shows', () => {
  it('shows a label wider than its period where its neighbour stands clear below it, and not one that would run into a taller column', () => {
    // 2012 "7.2m" (9.4 px high), 2013 "18.7m" (24.5 px) and 2014 "61m" (80 px): the first two are wider than their 30 px.
    expect(shownColumnLabels([column(9.4, 30.4), column(24.5, 38), column(80, 22.8)], PHONE)).toEqual([true, false, true]);
  });

  it('shows both where the periods are wide enough to pass their neighbours (430 px)', () => {
    const wider = { ...PHONE, slot: 34, bar: 19 };
    expect(shownColumnLabels([column(10.5, 30.4, { room: 34 }), column(27.2, 38, { room: 34 }), column(88.7, 22.8, { room: 34 })], wider)).toEqual([
      true,
      true,
      true,
    ]);
  });

  it('keeps every label that fits its own room, whatever is beside it', () => {
    expect(shownColumnLabels([column(50, 30), column(50, 30), column(50, 30)], PHONE)).toEqual([true, true, true]);
  });

  it('does not draw two labels over each other: the one decided first keeps its place', () => {
    expect(shownColumnLabels([column(5, 20), column(50, 40), column(50, 40)], PHONE)).toEqual([true, true, false]);
  });

  it('never reaches into a period without a column, where a target or the words for a gap may stand', () => {
    expect(shownColumnLabels([column(2, 10), column(10, 38), column(null, null)], PHONE)).toEqual([true, false, false]);
    // The same label beside a low column instead is shown.
    expect(shownColumnLabels([column(2, 10), column(10, 38), column(2, 10)], PHONE)).toEqual([true, true, true]);
  });

  it('clears a target dash over a neighbouring column, which runs past its sides', () => {
    expect(shownColumnLabels([column(2, 10), column(10, 38), column(2, 10, { reach: 20 })], PHONE)).toEqual([true, false, true]);
  });

  it('does not run over the value axis left of the first period', () => {
    expect(shownColumnLabels([column(10, 44), column(2, 20)], PHONE)).toEqual([false, true]);
  });
});

describe('which value labels two bars side by side show', () => {
  // Adjusted net profit and R&D at 1280 px: 49 px bars, 16 px beside each pair; 2022's R&D "≈16.0bn" (53.2 px estimated) over profit's "≈8.5bn".
  const PAGE = { lift: 6, font: 12 };
  const pair = { top: 126, width: 53.2, neighbour: 67, bar: 49, beside: 16 };

  it('shows a label as wide as its bar, wherever it stands', () => {
    expect(pairLabelPlace({ ...pair, width: 45.6, top: 10, neighbour: 150, beside: 0 }, PAGE)).toBe(0);
  });

  it('lets a wider label reach over the lower bar beside it and into the space beside the pair', () => {
    expect(pairLabelPlace(pair, PAGE)).toBe(0);
    expect(pairLabelPlace({ ...pair, neighbour: null }, PAGE)).toBe(0);
  });

  it('moves outward where centred it would run into the taller bar beside it, or the label over that bar', () => {
    // The lower bar's label of the pair: under the other bar's top.
    expect(pairLabelPlace({ ...pair, top: 67, neighbour: 126 }, PAGE)).toBeCloseTo((53.2 * 1.1 - 49) / 2);
    // Tops 10 px apart: clear of the bar, but not of the label standing over it.
    expect(pairLabelPlace({ ...pair, neighbour: 116 }, PAGE)).toBeGreaterThan(0);
    // A 390 px phone: 19.3bn and 19.1bn over 44 px bars, 14 px beside the pair; at 360 px the bars are 38 px, too narrow.
    expect(pairLabelPlace({ top: 120, width: 45.6, neighbour: 119, bar: 44, beside: 14 }, PAGE)).toBeGreaterThan(0);
    expect(pairLabelPlace({ top: 120, width: 45.6, neighbour: 119, bar: 38, beside: 12.5 }, PAGE)).toBe(null);
  });

  it('not where it would reach further than the space beside the pair, towards the next period’s label', () => {
    expect(pairLabelPlace({ ...pair, beside: 6 }, PAGE)).toBe(null);
    expect(pairLabelPlace({ ...pair, width: 80 }, PAGE)).toBe(null);
    expect(pairLabelPlace({ ...pair, top: 67, neighbour: 126, beside: 10 }, PAGE)).toBe(null);
  });
});
