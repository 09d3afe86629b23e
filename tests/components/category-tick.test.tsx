import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CategoryTick, labelledPeriods, periodAxisLabels, type LabelSpan, type PeriodAxisLabels } from '../../src/components/charts/category-tick.tsx';
import type { ChartRow } from '../../src/domain/plot.ts';

/** `n` years from 1981, each with a figure unless `empty` says otherwise. */
const years = (n: number, empty: (i: number) => boolean = () => false): ChartRow[] =>
  Array.from({ length: n }, (_, i) => ({ key: String(1981 + i), label: String(1981 + i), values: { s: empty(i) ? null : i }, points: {} }));

/**
 * The labels an axis `width` px long draws for `rows`, with recharts' tick positions: bands
 * (a bar chart) or points between `padding` at either end (a line chart).
 */
function labels(rows: ChartRow[], width: number, fontSize = 12, on: PeriodAxisLabels['on'] = 'bands', padding = 0): { text: string; x: number }[] {
  const step = on === 'bands' ? width / rows.length : (width - 2 * padding) / (rows.length - 1);
  const first = on === 'bands' ? step / 2 : padding;
  const { container } = render(
    <svg>
      {rows.map((r, index) => (
        <CategoryTick
          key={r.key}
          x={first + index * step}
          y={0}
          payload={{ value: r.label, index }}
          index={index}
          width={width}
          padding={{ left: padding, right: padding }}
          visibleTicksCount={rows.length}
          labels={periodAxisLabels(rows, ['s'], on)}
          fontSize={fontSize}
        />
      ))}
    </svg>,
  );
  return [...container.querySelectorAll('g')].map((g) => ({
    text: g.textContent ?? '',
    x: Number(/translate\(([\d.]+)/.exec(g.getAttribute('transform')!)![1]),
  }));
}

/** Space between neighbouring labels, in px, with each label about 0.62 em wide per character. */
const clearance = (shown: { text: string; x: number }[], fontSize = 12) =>
  Math.min(...shown.slice(1).map((l, i) => l.x - shown[i]!.x - (fontSize * 0.62 * (l.text.length + shown[i]!.text.length)) / 2));

describe('CategoryTick', () => {
  it('labels every period when there is room', () => {
    expect(labels(years(12), 600).map((l) => l.text)).toEqual(years(12).map((r) => r.label));
  });

  it('on a crowded axis labels evenly spaced periods, always the latest, never closer than a label is wide', () => {
    const shown = labels(years(50), 500);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.at(-1)!.text).toBe('2030');
    const gaps = shown.slice(1).map((l, i) => Number(l.text) - Number(shown[i]!.text));
    expect(new Set(gaps).size).toBe(1);
    expect(clearance(shown)).toBeGreaterThanOrEqual(4);
  });

  it('on a crowded axis with few figures labels the years that have them', () => {
    // Shipments on a phone: 2012–2023 with figures for 2012–2014 and 2023 only, every 2nd label fits.
    const rows = years(12, (i) => i > 2 && i < 11).map((r, i) => ({ ...r, key: String(2012 + i), label: String(2012 + i) }));
    const shown = labels(rows, 300).map((l) => l.text);
    expect(shown).toEqual(['2012', '2014', '2017', '2019', '2021', '2023']);
  });

  it('labels a slot for a run of empty years on two lines, before single years without figures', () => {
    // Revenue by year from 2012 on a phone: the run 2012–2014, years with events 2015–2018, the run 2019–2022.
    const run = (first: number, last: number): ChartRow => ({
      key: String(first),
      label: `${first}–${last}`,
      through: String(last),
      values: { s: null },
      points: {},
    });
    const year = (y: number, v: number | null): ChartRow => ({ key: String(y), label: String(y), values: { s: v }, points: {} });
    const rows = [run(2012, 2014), year(2015, null), year(2016, null), year(2017, 100), year(2018, null), run(2019, 2022), year(2023, 271)];
    const { container } = render(
      <svg>
        <CategoryTick
          x={20}
          y={0}
          payload={{ value: rows[0]!.label, index: 0 }}
          index={0}
          width={140}
          visibleTicksCount={7}
          labels={periodAxisLabels(rows, ['s'], 'bands')}
          fontSize={12}
        />
      </svg>,
    );
    expect([...container.querySelectorAll('tspan')].map((t) => t.textContent)).toEqual(['2012–', '2014']);
    expect(labels(rows, 140).map((l) => l.text)).toEqual(['2012–2014', '2017', '2023']);
  });

  it('on a crowded quarterly axis labels the latest quarter of each labelled year', () => {
    const quarters: ChartRow[] = Array.from({ length: 80 }, (_, i) => {
      const key = `${2011 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
      return { key, label: `Q${(i % 4) + 1} ${2011 + Math.floor(i / 4)}`, values: { s: i }, points: {} };
    });
    const shown = labels(quarters, 500);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.every((label) => label.text.startsWith('Q4 '))).toBe(true);
    expect(shown.at(-1)!.text).toBe('Q4 2030');
    expect(clearance(shown)).toBeGreaterThanOrEqual(4);
  });

  it('on a quarterly axis under two years long labels as many quarters as fit, not only one of each year', () => {
    const quarters: ChartRow[] = Array.from({ length: 7 }, (_, i) => {
      const key = `${2017 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
      return { key, label: `Q${(i % 4) + 1} ${2017 + Math.floor(i / 4)}`, values: { s: i }, points: {} };
    });
    // About 25 px between points, where a label and its gap take 60: every third quarter, where
    // keeping to the calendar (every fourth) would leave two labels.
    const shown = labels(quarters, 200, 12, 'points', 24);
    expect(shown.map((l) => l.text)).toEqual(['Q1 2017', 'Q4 2017', 'Q3 2018']);
    expect(clearance(shown)).toBeGreaterThanOrEqual(4);
  });

  it('moves a first label that would reach past the start of the plot to start with it, clear of the next', () => {
    // 49 years on 980 px at slide size: every 4th labelled, from 2029 back to 1981, whose band is 20 px wide.
    const shown = labels(years(49), 980, 22);
    expect(shown.at(-1)!.text).toBe('2029');
    expect(shown[0]!.text).toBe('1981');
    expect(shown[0]!.x - (22 * 0.62 * 4) / 2).toBeCloseTo(0, 6);
    expect(clearance(shown, 22)).toBeGreaterThanOrEqual(4);
  });

  it('leaves that first label out when, moved, it would run into the next', () => {
    // 31 years on 992 px: every 2nd labelled, 32 px apart; 1981 moved right would touch 1983.
    const shown = labels(years(31), 992, 22);
    expect(shown[0]!.text).toBe('1983');
    expect(shown[0]!.x - (22 * 0.62 * 4) / 2).toBeGreaterThanOrEqual(0);
  });

  it('keeps a first year with figures labelled, moved, and leaves out the empty years it would run into', () => {
    // A slide on a phone from 2014: figures for 2014 and 2023 only, slide type on 230 px.
    const rows = years(10, (i) => i > 0 && i < 9).map((r, i) => ({ ...r, key: String(2014 + i), label: String(2014 + i) }));
    const shown = labels(rows, 230, 22);
    expect(shown[0]!.text).toBe('2014');
    expect(shown.at(-1)!.text).toBe('2023');
    expect(shown[0]!.x - (22 * 0.62 * 4) / 2).toBeGreaterThanOrEqual(0);
    expect(clearance(shown, 22)).toBeGreaterThanOrEqual(4);
  });

  it('thins each label by its own width: the years with figures keep theirs, though the run beside the latest has no room for its label', () => {
    // The Shipments slide on a 360 px phone: 2012–2018, the run 2019–2022, then 2023, at 14 px on
    // 243 px. Sized as wide as "2019–", every year was thinned as one and 2012 lost its label.
    const rows: ChartRow[] = [
      ...[2012, 2013, 2014, 2015, 2016, 2017, 2018].map((y) => ({ key: String(y), label: String(y), values: { s: y <= 2014 ? y : null }, points: {} })),
      { key: '2019', label: '2019–2022', through: '2022', values: { s: null }, points: {} },
      { key: '2023', label: '2023', values: { s: 2023 }, points: {} },
    ];
    const shown = labels(rows, 243, 14);
    expect(shown.map((l) => l.text)).toEqual(['2012', '2014', '2016', '2018', '2023']);
    expect(clearance(shown, 14)).toBeGreaterThanOrEqual(4);
  });

  it('leaves more out for slide type, keeping the labels clear of each other', () => {
    const large = labels(years(50), 1400, 22);
    expect(large.length).toBeLessThan(labels(years(50), 1400, 12).length);
    expect(clearance(large, 22)).toBeGreaterThanOrEqual(4);
  });

  it('on a line chart, counts the room between points inside the axis padding', () => {
    // 41 points between 24 px of padding at either end of 560 px: 12.8 px apart.
    const shown = labels(years(41), 560, 12, 'points', 24);
    expect(clearance(shown)).toBeGreaterThanOrEqual(4);
    expect(shown.at(-1)!.text).toBe('2021');
    // Labels every other point would not fit, so at most every third is labelled.
    expect(Number(shown.at(-1)!.text) - Number(shown.at(-2)!.text)).toBeGreaterThanOrEqual(3);
  });

  it('sets a period without figures in muted italics', () => {
    const { container } = render(
      <svg>
        <CategoryTick
          payload={{ value: '1984', index: 3 }}
          index={3}
          width={600}
          visibleTicksCount={12}
          labels={periodAxisLabels(
            years(12, (i) => i === 3),
            ['s'],
            'bands',
          )}
          fontSize={12}
        />
      </svg>,
    );
    expect(container.querySelector('text')).toHaveClass('tick--empty');
  });
});

describe('labelledPeriods', () => {
  const sorted = (set: Set<number>) => [...set].sort((a, b) => a - b);
  /** `n` labels `width` px wide, centred `spacing` px apart. */
  const evenSpans = (n: number, width: number, spacing: number): LabelSpan[] =>
    Array.from({ length: n }, (_, i) => [i * spacing - width / 2, i * spacing + width / 2] as const);

  it('takes every few periods back from the latest, as many as stay clear of each other, when all have figures', () => {
    // 12 px labels 10 px apart need 20 px with their gap: every 2nd.
    expect(sorted(labelledPeriods(Array(7).fill(true), evenSpans(7, 12, 10)))).toEqual([0, 2, 4, 6]);
  });

  it('takes the periods with figures first, then fills between them', () => {
    const filled = [true, false, false, false, false, false, false, false, false, true];
    expect(sorted(labelledPeriods(filled, evenSpans(10, 22, 10)))).toEqual([0, 3, 6, 9]);
  });

  it('keeps to a calendar step where one is given, though more labels would fit', () => {
    expect(sorted(labelledPeriods(Array(9).fill(true), evenSpans(9, 12, 10), 4))).toEqual([0, 4, 8]);
  });

  it('fits a narrow label where a wide one would not', () => {
    // Labels centred 35 px apart: a 24 px one clears both neighbours, a 36 px one does not.
    const narrow: LabelSpan[] = [
      [-12, 12],
      [23, 47],
      [58, 82],
    ];
    const wide: LabelSpan[] = [narrow[0]!, [17, 53], narrow[2]!];
    expect(sorted(labelledPeriods([true, false, true], narrow))).toEqual([0, 1, 2]);
    expect(sorted(labelledPeriods([true, false, true], wide))).toEqual([0, 2]);
  });

  it('labels a target’s period before a run of empty years beside it, which the target would be read as part of', () => {
    // Quarterly ranks on a 390 px phone: Q1–Q4 2017 with figures, Q1 2018 without, the run Q2 2018–Q1 2020, then Q2 2020 with only a target.
    const filled = [true, true, true, true, false, false, false];
    const runs = [null, null, null, null, null, ['Q2 2018–', 'Q1 2020'], null];
    const marked = [true, true, true, true, false, false, true];
    expect(sorted(labelledPeriods(filled, evenSpans(7, 50, 39), 1, runs, marked))).toEqual([1, 3, 6]);
    // Before: the run took the label, and the target beside it read as its.
    expect(sorted(labelledPeriods(filled, evenSpans(7, 50, 39), 1, runs))).toEqual([1, 3, 5]);
  });

  it('of two clashing labels keeps the period with figures, whichever it is', () => {
    // The first label moved right to start with the plot runs into the second; the third clears both.
    const spans: LabelSpan[] = [
      [0, 20],
      [15, 27],
      [40, 52],
    ];
    expect(sorted(labelledPeriods([false, true, true], spans))).toEqual([1, 2]);
    expect(sorted(labelledPeriods([true, false, true], spans))).toEqual([0, 2]);
  });
});
