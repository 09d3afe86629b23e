import { useContext } from 'react';
import { Tooltip, usePlotArea, type TooltipContentProps } from 'recharts';
import { countOf } from '../../domain/format.ts';
import type { ChartRow } from '../../domain/plot.ts';
import { PageActions } from './page-actions.ts';
import { PointDetails } from './point-details.tsx';
import type { SeriesStyle } from './series-style.ts';

/**
 * Events a tooltip lists before it points to the timeline: a period with five of them made a
 * tooltip taller than a phone's screen.
 */
const TOOLTIP_EVENTS = 2;

/** Tooltip listing every series' figure in the hovered or keyboard-focused category, with its provenance. */
export function ChartTooltip({
  active,
  payload,
  label,
  series,
  rows,
}: Partial<TooltipContentProps> & { series: readonly SeriesStyle[]; rows?: readonly ChartRow[] }) {
  // A period with no figure has no payload: recharts still names it, so it is found by its label.
  const row = (payload?.[0]?.payload as ChartRow | undefined) ?? rows?.find((r) => r.label === label);
  if (!active || !row) return null;
  const shown = series.filter((s) => row.points[s.id]);
  return (
    <div className="chart-tooltip" data-row={row.key}>
      <div className="chart-tooltip__title">{row.label}</div>
      {shown.length === 0 ? <div className="muted">No figure in the sources</div> : null}
      {shown.map((s) => {
        const point = row.points[s.id];
        return point ? <PointDetails key={s.id} label={s.label} point={point} brief /> : null;
      })}
      <RowEvents row={row} />
    </div>
  );
}

/**
 * The tooltip of a bar chart, whose rows are bands across its width (periods) or down its height
 * (categories): set off from the row it describes by half a band, so that the row's bars and
 * their labels stay in view beside it.
 */
export function BandTooltip({ series, rows, bands }: { series: readonly SeriesStyle[]; rows: readonly ChartRow[]; bands: 'across' | 'down' }) {
  const plot = usePlotArea();
  const halfBand = plot && rows.length ? (bands === 'across' ? plot.width : plot.height) / rows.length / 2 : 0;
  return (
    <Tooltip
      content={<ChartTooltip series={series} rows={rows} />}
      offset={Math.round(halfBand) + 8}
      filterNull={false}
      cursor={{ fill: 'var(--surface-2)' }}
      isAnimationActive={false}
    />
  );
}

/** The events of a chart period, the first few and a pointer to the timeline: in a tooltip, and in what a tap shows. */
export function RowEvents({ row }: { row: ChartRow }) {
  // Only the page has the Timeline to point to; a slide or an embedded panel says how many more.
  const onPage = useContext(PageActions);
  if (!row.events?.length) return null;
  return (
    <div className="chart-tooltip__events">
      <div className="point-details__series">Events</div>
      <ul>
        {row.events.slice(0, TOOLTIP_EVENTS).map((e) => (
          <li key={e.id}>
            <strong>{e.date}</strong> {e.title} <span className="muted">({e.source})</span>
          </li>
        ))}
      </ul>
      {row.events.length > TOOLTIP_EVENTS ? (
        <div className="muted">
          {countOf(row.events.length - TOOLTIP_EVENTS, 'more event')} in {row.label}
          {onPage ? ': see the Timeline below the panels' : ''}.
        </div>
      ) : null}
    </div>
  );
}
