import type { ReactNode } from 'react';
import type { Truncation } from '../../domain/limits.ts';
import type { ChartRow, GapRun, PlotPoint } from '../../domain/plot.ts';
import { TruncationNote } from './truncation-note.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { DataTable } from './data-table.tsx';
import { PeriodBarChart } from './period-bar-chart.tsx';
import type { SeriesStyle } from './series-style.ts';

export interface PeriodChartBlockProps {
  caption: string;
  rows: readonly ChartRow[];
  series: readonly SeriesStyle[];
  plotted: readonly PlotPoint[];
  gaps: readonly GapRun[];
  yTick: (value: number) => string;
  showTable: boolean;
  /** Names the series of a figure in the table twin. */
  seriesOf: (point: PlotPoint) => string;
  /** Said instead of an empty axis when the filters leave nothing to draw. */
  empty: ReactNode;
  onSelect?: (key: string) => void;
  /** Set when only the latest periods fit on the chart. */
  truncated?: Truncation | null;
}

const HEIGHT = 300;

/** A period bar chart with its legend and gap note, or its table twin, or an empty-state message. */
export function PeriodChartBlock({ caption, rows, series, plotted, gaps, yTick, showTable, seriesOf, empty, onSelect, truncated }: PeriodChartBlockProps) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  if (showTable) return <DataTable caption={caption} points={plotted} seriesOf={seriesOf} />;
  return (
    <figure className="chart">
      <div className="chart-scroll">
        <PeriodBarChart rows={rows} series={series} gaps={gaps} yTick={yTick} onSelect={onSelect} height={HEIGHT} />
      </div>
      <figcaption>
        <ChartLegend series={series} showsDerived={plotted.some((p) => p.observation.kind === 'derived')} showsEvents={rows.some((r) => r.events?.length)} />
        {gaps.length ? <p className="chart__gaps">No figure in the sources for {gaps.map((g) => g.text).join(', ')}.</p> : null}
        <TruncationNote truncated={truncated} />
        {onSelect ? <p className="chart__hint">Click a period to filter the page to its year.</p> : null}
      </figcaption>
    </figure>
  );
}
