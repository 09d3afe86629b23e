import { describe, expect, it } from 'vitest';
import { horizontalGridLines, noGridLines, verticalGridLines } from '../../src/components/charts/grid-lines.ts';

type Props = Parameters<typeof horizontalGridLines>[0];
const axis = (ticks: number[] | undefined, map: (v: number) => number | undefined, niceTicks?: number[]) =>
  ({ ticks, niceTicks, scale: { map } }) as unknown as Props['yAxis'];

describe('grid lines', () => {
  it('are drawn where the value axis puts its ticks', () => {
    const yAxis = axis([0, 50, 100], (v) => 200 - v * 2);
    expect(horizontalGridLines({ yAxis } as Props, false)).toEqual([200, 100, 0]);
    expect(verticalGridLines({ xAxis: yAxis } as unknown as Parameters<typeof verticalGridLines>[0], false)).toEqual([200, 100, 0]);
  });

  it('fall back to the axis’ nice ticks and skip values the scale cannot place', () => {
    const yAxis = axis(undefined, (v) => (v > 10 ? undefined : v === 5 ? Number.NaN : v * 10), [0, 5, 10, 20]);
    expect(horizontalGridLines({ yAxis } as Props, false)).toEqual([0, 100]);
  });

  it('are none before the axis has a scale, and none in the direction a chart leaves bare', () => {
    expect(horizontalGridLines({ yAxis: undefined } as unknown as Props, false)).toEqual([]);
    expect(noGridLines()).toEqual([]);
  });
});
