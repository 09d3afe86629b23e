import { describe, expect, it } from 'vitest';
import { haloStops } from '../../src/components/charts/halo-paint.tsx';

describe('haloStops', () => {
  it('turns to the shading at each run’s edges and back, in order across the plot', () => {
    // A plot from x = 50 to 450; shaded runs at 250–350 and 100–150 (given out of order).
    const stops = haloStops(
      [
        { x0: 250, x1: 350 },
        { x0: 100, x1: 150 },
      ],
      50,
      400,
    );
    expect(stops).toEqual([
      { offset: 0.125, onGap: false },
      { offset: 0.125, onGap: true },
      { offset: 0.25, onGap: true },
      { offset: 0.25, onGap: false },
      { offset: 0.5, onGap: false },
      { offset: 0.5, onGap: true },
      { offset: 0.75, onGap: true },
      { offset: 0.75, onGap: false },
    ]);
  });

  it('keeps a run that overshoots the plot by a rounding error inside it', () => {
    expect(haloStops([{ x0: 300, x1: 450.4 }], 50, 400).map((s) => s.offset)).toEqual([0.625, 0.625, 1, 1]);
  });

  it('is the background alone without runs, or before the chart has a width', () => {
    expect(haloStops([], 0, 400)).toEqual([]);
    expect(haloStops([{ x0: 0, x1: 10 }], 0, 0)).toEqual([]);
  });
});
