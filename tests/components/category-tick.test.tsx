import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CategoryTick } from '../../src/components/charts/category-tick.tsx';
import type { ChartRow } from '../../src/domain/plot.ts';

const years = (n: number): ChartRow[] =>
  Array.from({ length: n }, (_, i) => ({ key: String(1981 + i), label: String(1981 + i), values: { s: i % 7 === 3 ? null : i }, points: {} }));

/** The labels an axis `width` px long draws for `rows`, as recharts lays its ticks out. */
function labels(rows: ChartRow[], width: number, fontSize = 12): string[] {
  const { container } = render(
    <svg>
      {rows.map((r, index) => (
        <CategoryTick
          key={r.key}
          x={(index + 0.5) * (width / rows.length)}
          y={0}
          payload={{ value: r.label, index }}
          width={width}
          visibleTicksCount={rows.length}
          rows={rows}
          seriesIds={['s']}
          fontSize={fontSize}
        />
      ))}
    </svg>,
  );
  return [...container.querySelectorAll('text')].map((t) => t.textContent ?? '');
}

describe('CategoryTick', () => {
  it('labels every period when there is room', () => {
    expect(labels(years(12), 600)).toEqual(years(12).map((r) => r.label));
  });

  it('on a crowded axis labels evenly spaced periods, always the latest, never closer than a label is wide', () => {
    const rows = years(50);
    const shown = labels(rows, 500);
    expect(shown.length).toBeLessThan(20);
    expect(shown.length).toBeGreaterThan(5);
    expect(shown.at(-1)).toBe('2030');
    const gaps = shown.slice(1).map((y, i) => Number(y) - Number(shown[i]));
    expect(new Set(gaps).size).toBe(1);
    // Each label is about 30 px at 12 px type; ticks are 10 px apart.
    expect(gaps[0]! * 10).toBeGreaterThanOrEqual(30);
  });

  it('on a crowded quarterly axis labels the latest quarter of each labelled year', () => {
    const quarters: ChartRow[] = Array.from({ length: 80 }, (_, i) => {
      const key = `${2011 + Math.floor(i / 4)}-Q${(i % 4) + 1}`;
      return { key, label: `Q${(i % 4) + 1} ${2011 + Math.floor(i / 4)}`, values: { s: i }, points: {} };
    });
    const shown = labels(quarters, 500);
    expect(shown.length).toBeGreaterThan(3);
    expect(shown.every((label) => label.startsWith('Q4 '))).toBe(true);
    expect(shown.at(-1)).toBe('Q4 2030');
  });

  it('leaves more out for slide type', () => {
    expect(labels(years(50), 1400, 22).length).toBeLessThan(labels(years(50), 1400, 12).length);
  });

  it('sets a period without figures in muted italics', () => {
    const { container } = render(
      <svg>
        <CategoryTick payload={{ value: '1984', index: 3 }} width={600} visibleTicksCount={12} rows={years(12)} seriesIds={['s']} fontSize={12} />
      </svg>,
    );
    expect(container.querySelector('text')).toHaveClass('tick--empty');
  });
});
