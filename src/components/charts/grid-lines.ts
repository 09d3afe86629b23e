import type { CartesianGridProps } from 'recharts';

type Generator = NonNullable<CartesianGridProps['horizontalCoordinatesGenerator']>;
type Axis = Parameters<Generator>[0]['yAxis'];

/**
 * Grid lines at a value axis' ticks, placed with the axis' own scale. recharts' default
 * generators recompute the ticks without the axes' interval={0}, and so measure every tick
 * label in the DOM (a forced layout per label) on each render of each chart.
 */
function linesAt(axis: Axis): number[] {
  const scale = axis?.scale;
  if (!scale) return [];
  return (axis.ticks ?? axis.niceTicks ?? []).flatMap((value) => {
    const at = scale.map(value);
    return at === undefined || !Number.isFinite(at) ? [] : [at];
  });
}

/** Horizontal lines at the value (y) axis' ticks. */
export const horizontalGridLines: Generator = ({ yAxis }) => linesAt(yAxis);

/** Vertical lines at the value (x) axis' ticks, for horizontal bar charts. */
export const verticalGridLines: NonNullable<CartesianGridProps['verticalCoordinatesGenerator']> = ({ xAxis }) => linesAt(xAxis);

/** For the direction a chart draws no grid lines in: nothing to compute. */
export const noGridLines = (): number[] => [];
