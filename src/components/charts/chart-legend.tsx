import { colorVar, type SeriesStyle } from './series-style.ts';

export interface ChartLegendProps {
  series: readonly SeriesStyle[];
  /** Whether any derived (hatched) value is on the chart, to explain the hatching. */
  showsDerived?: boolean;
}

/** HTML legend: swatches, marker shapes and line styles spelled out, so the chart never relies on colour alone. */
export function ChartLegend({ series, showsDerived }: ChartLegendProps) {
  return (
    <ul className="chart-legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.id}>
          <span className={`swatch swatch--${s.role}${s.marker ? ` swatch--${s.marker}` : ''}`} style={{ ['--swatch' as string]: colorVar(s.color) }} aria-hidden="true" />
          {s.label}
          {s.role === 'target' ? ' (dashed)' : ''}
        </li>
      ))}
      {showsDerived ? (
        <li>
          <span className="swatch swatch--derived" aria-hidden="true" />
          Derived (hatched or hollow): computed from stated figures
        </li>
      ) : null}
    </ul>
  );
}
