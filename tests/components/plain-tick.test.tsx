import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlainTick } from '../../src/components/charts/plain-tick.tsx';

const tick = (props: Parameters<typeof PlainTick>[0]) => render(<svg>{PlainTick(props)}</svg>).container.querySelector('text');

describe('PlainTick', () => {
  it('writes the formatted value on one line, however long, at recharts’ anchor', () => {
    const text = tick({ x: 40, y: 10, textAnchor: 'end', payload: { value: 280 }, tickFormatter: (v: never) => `RMB ${v}bn` });
    expect(text).toHaveTextContent('RMB 280bn');
    expect(text?.querySelectorAll('tspan')).toHaveLength(0);
    expect(text).toHaveAttribute('text-anchor', 'end');
    expect(text).toHaveAttribute('dy', '0.355em');
  });

  it('keeps the first and last labels of an edge-aligned axis inside the chart', () => {
    const at = (index: number) =>
      tick({ textAnchor: 'middle', verticalAnchor: 'start', payload: { value: index }, index, visibleTicksCount: 3, edgeAligned: true })?.getAttribute(
        'text-anchor',
      );
    expect([at(0), at(1), at(2)]).toEqual(['start', 'middle', 'end']);
  });

  it('on a crowded vertical axis labels every so many ticks from the first, so lines never touch', () => {
    // Twenty ranks on a 220 px axis: 11 px apart, less than a 12 px line.
    const labelled = Array.from({ length: 20 }, (_, index) =>
      tick({ payload: { value: index + 1 }, index, visibleTicksCount: 20, height: 220, fontSize: 12, fitHeight: true }),
    ).flatMap((t, index) => (t ? [index + 1] : []));
    expect(labelled[0]).toBe(1);
    const step = labelled[1]! - labelled[0]!;
    expect(step * 11).toBeGreaterThanOrEqual(12 * 1.2);
    expect(labelled).toEqual(Array.from({ length: labelled.length }, (_, i) => 1 + i * step));
    // With room, every tick is labelled.
    expect(tick({ payload: { value: 2 }, index: 1, visibleTicksCount: 5, height: 220, fontSize: 12, fitHeight: true })).not.toBeNull();
  });

  it('draws nothing without a tick', () => {
    expect(tick({})).toBeNull();
  });
});
