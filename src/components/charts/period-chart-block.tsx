import type { ReactNode } from 'react';
import type { Granularity } from '../../data/period.ts';
import type { Truncation } from '../../domain/limits.ts';
import type { ChartRow, GapRun, PlotPoint } from '../../domain/plot.ts';
import { gapsNote } from '../../domain/takeaway-words.ts';
import { TruncationNote } from './truncation-note.tsx';
import { EmptyState } from '../ui/empty-state.tsx';
import { ChartFrame, type MarkAction } from './chart-frame.tsx';
import { ChartLegend } from './chart-legend.tsx';
import { DataTable } from './data-table.tsx';
import { PeriodBarChart } from './period-bar-chart.tsx';
import type { SeriesStyle } from './series-style.ts';

export interface PeriodChartBlockProps {
  /** Names the chart and its table. */
  caption: string;
  /** One sentence on what the chart shows (see ChartFrame). */
  takeaway?: string;
  rows: readonly ChartRow[];
  series: readonly SeriesStyle[];
  plotted: readonly PlotPoint[];
  gaps: readonly GapRun[];
  /** The periods the rows stand for, named in the note on gaps. */
  granularity: Granularity;
  yTick: (value: number) => string;
  showTable: boolean;
  /** Names the series of a figure in the table twin. */
  seriesOf: (point: PlotPoint) => string;
  /** Said instead of an empty axis when the filters leave nothing to draw. */
  empty: ReactNode;
  /** What choosing a period does (filter the page to its year). */
  actionFor?: (row: ChartRow) => MarkAction | null;
  /** Set when only the latest periods fit on the chart. */
  truncated?: Truncation | null;
  /** Any CSS height; by default the height charts.css gives for the screen. */
  height?: number | string;
}

/** A period bar chart with its takeaway, legend and gap note, or its table twin, or an empty-state message. */
export function PeriodChartBlock({
  caption,
  takeaway,
  rows,
  series,
  plotted,
  gaps,
  granularity,
  yTick,
  showTable,
  seriesOf,
  empty,
  actionFor,
  truncated,
  height = 'var(--period-chart-height)',
}: PeriodChartBlockProps) {
  if (rows.length === 0) return <EmptyState>{empty}</EmptyState>;
  if (showTable)
    // One block, as the chart is: in a panel split in two, the table takes the chart's column.
    return (
      <div className="chart-table">
        {takeaway ? <p className="chart__takeaway">{takeaway}</p> : null}
        <DataTable caption={caption} points={plotted} seriesOf={seriesOf} />
      </div>
    );
  return (
    <ChartFrame
      takeaway={takeaway}
      rows={rows}
      series={series}
      actionFor={actionFor}
      legend={<ChartLegend series={series} rows={rows} />}
      caption={
        <>
          {gaps.length ? <p className="chart__gaps">{gapsNote(gaps, granularity)}</p> : null}
          <TruncationNote truncated={truncated} />
        </>
      }
    >
      {({ describedBy }) => <PeriodBarChart rows={rows} series={series} gaps={gaps} yTick={yTick} height={height} describedBy={describedBy} label={caption} />}
    </ChartFrame>
  );
}
