import type { TooltipContentProps } from 'recharts';
import type { ChartRow } from '../../domain/plot.ts';
import { PointDetails } from './point-details.tsx';
import type { SeriesStyle } from './series-style.ts';

/** Tooltip listing every series' figure in the hovered or keyboard-focused category, with its provenance. */
export function ChartTooltip({ active, payload, series }: Partial<TooltipContentProps> & { series: readonly SeriesStyle[] }) {
  const row = payload?.[0]?.payload as ChartRow | undefined;
  if (!active || !row) return null;
  const shown = series.filter((s) => row.points[s.id]);
  return (
    <div className="chart-tooltip" data-row={row.key}>
      <div className="chart-tooltip__title">{row.label}</div>
      {shown.length === 0 ? <div className="muted">No figure in the sources</div> : null}
      {shown.map((s) => {
        const point = row.points[s.id];
        return point ? <PointDetails key={s.id} label={s.label} point={point} /> : null;
      })}
      {row.events?.length ? (
        <div className="chart-tooltip__events">
          <div className="point-details__series">Events</div>
          <ul>
            {row.events.map((e) => (
              <li key={e.id}>
                <strong>{e.date}</strong> {e.title} <span className="muted">({e.source})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
