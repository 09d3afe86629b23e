import { useLayoutEffect, useRef } from 'react';
import type { ChartRow } from '../../domain/plot.ts';
import { colorVar, type SeriesStyle } from './series-style.ts';

export interface ChartLegendProps {
  series: readonly SeriesStyle[];
  /** The chart's rows: derived (hatched) values and event flags among them are explained too. */
  rows?: readonly ChartRow[];
  /** Makes value series buttons (cross-filtering); receives the series id. */
  onSelect?: (seriesId: string) => void;
  selectLabel?: (series: SeriesStyle) => string;
}

/** HTML legend: swatches, marker shapes and line styles spelled out, so the chart never relies on colour alone. */
export function ChartLegend({ series, rows = [], onSelect, selectLabel }: ChartLegendProps) {
  const list = useRef<HTMLUListElement>(null);
  const chose = useRef(false);
  // The button chosen may leave the legend (the page now shows that series alone): the keyboard
  // then stays on the legend rather than falling back to the top of the page.
  useLayoutEffect(() => {
    if (!chose.current) return;
    const active = document.activeElement;
    if (active === null || active === document.body) list.current?.focus();
    if (!list.current?.contains(active)) chose.current = false;
  });
  const showsDerived = rows.some((r) => Object.values(r.points).some((p) => p?.observation.kind === 'derived'));
  const showsEvents = rows.some((r) => r.events?.length);
  if (!series.length && !showsDerived && !showsEvents) return null;
  return (
    <ul className="chart-legend" aria-label="Legend" ref={list} tabIndex={-1}>
      {series.map((s) => {
        // A target is a dashed box on a bar chart, and a hollow marker where the chart draws markers.
        const hollow = s.role === 'target' && s.marker !== undefined;
        const swatch = (
          <span
            className={`swatch swatch--${s.role}${s.marker ? ` swatch--${s.marker}` : ''}${hollow ? ' swatch--hollow' : ''}`}
            style={{ ['--swatch' as string]: colorVar(s.color) }}
            aria-hidden="true"
          />
        );
        return (
          <li key={s.id}>
            {onSelect && s.role === 'value' ? (
              <button
                type="button"
                className="chart-legend__button"
                onClick={() => {
                  chose.current = true;
                  onSelect(s.id);
                }}
                aria-label={selectLabel?.(s)}
              >
                {swatch}
                {s.label}
              </button>
            ) : (
              <>
                {swatch}
                {s.label}
                {s.role === 'target' ? (hollow ? ' (hollow)' : ' (dashed)') : ''}
              </>
            )}
          </li>
        );
      })}
      {showsEvents ? (
        <li>
          <span className="swatch swatch--event" aria-hidden="true" />
          Event (point at the period for details)
        </li>
      ) : null}
      {showsDerived ? (
        <li>
          <span className="swatch swatch--derived" aria-hidden="true" />
          Derived (hatched or hollow): computed from stated figures
        </li>
      ) : null}
    </ul>
  );
}
