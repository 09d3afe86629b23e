import type { MarkerShape } from './series-style.ts';

/** Each shape as a path around its centre; one <path> keeps the marker cheap to ship and draw. */
const SHAPES: Record<MarkerShape, string> = {
  square: 'm-5-5h10v10h-10z',
  circle: 'm-5.5 0a5.5 5.5 0 1 0 11 0a5.5 5.5 0 1 0-11 0',
  triangle: 'm0-6l6 11h-12z',
  diamond: 'm0-7l7 7-7 7-7-7z',
};

/**
 * A series' marker shape, the cue that tells series apart without their colour (the legend shows
 * the same shapes). `scale` shrinks it where points stand closer than a marker is wide; its
 * outline stays 2 px wide, in the chart's units, so an exported image scales it with the rest.
 */
export function SeriesMarker({
  cx,
  cy,
  shape,
  color,
  hollow,
  scale = 1,
}: {
  cx: number;
  cy: number;
  shape: MarkerShape;
  color: string;
  hollow: boolean;
  scale?: number;
}) {
  return (
    <path
      d={scale === 1 ? `M${cx} ${cy}${SHAPES[shape]}` : `M0 0${SHAPES[shape]}`}
      transform={scale === 1 ? undefined : `translate(${cx} ${cy}) scale(${scale})`}
      fill={hollow ? 'var(--surface)' : color}
      stroke={color}
      strokeWidth={2 / scale}
      className="series-marker"
      data-shape={shape}
    />
  );
}
