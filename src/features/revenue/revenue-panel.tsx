import { useCallback, useMemo } from 'react';
import { CategoryBarChart } from '../../components/charts/category-bar-chart.tsx';
import { DataTable } from '../../components/charts/data-table.tsx';
import { PeriodChartBlock } from '../../components/charts/period-chart-block.tsx';
import type { SeriesStyle } from '../../components/charts/series-style.ts';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { FactList } from '../../components/ui/fact-list.tsx';
import { Panel } from '../../components/ui/panel.tsx';
import { SourceFooter } from '../../components/ui/source-footer.tsx';
import { PanelViewControls } from '../../components/panel-chrome/panel-view-controls.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { describeRate } from '../../domain/currency.ts';
import { axisTick } from '../../domain/format.ts';
import { period, periodLabel } from '../../data/period.ts';
import { annualMoneySeriesOf, type AnnualChart } from '../../domain/revenue.ts';
import type { ChartRow } from '../../domain/plot.ts';
import { ANNUAL_STYLES, SEGMENT_COLORS, SEGMENT_SERIES } from './revenue-series.ts';
import { citation, sourcesOf } from '../../domain/sources.ts';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import { PANEL_TITLES } from '../../state/view-state.ts';
import { useRevenueData } from './use-revenue-data.ts';

const segmentColor = (row: ChartRow) => SEGMENT_COLORS[row.key] ?? 'purple';

export function RevenuePanel() {
  const index = useDatasetIndex();
  const data = useRevenueData();
  // From the (deferred) panel data, so axes and figures always change together.
  const currency = data.currency;
  const showTable = useShowsTable('revenue');
  const selectYear = useViewStore((s) => s.selectYear);
  const setSegments = useViewStore((s) => s.setSegments);
  const segments = data.segments;
  const shown = [...(segments?.plotted ?? []), ...data.revenueByYear.plotted, ...data.resultsByYear.plotted, ...data.facts];
  const onSelectYear = useCallback((key: string) => selectYear(period(key).year), [selectYear]);
  const onSelectSegment = useCallback((segment: string) => setSegments([segment]), [setSegments]);
  const revenueSeries = useMemo(() => data.revenueByYear.series.map((id) => ({ id, ...ANNUAL_STYLES[id] })), [data.revenueByYear.series]);
  const resultsSeries = useMemo(() => data.resultsByYear.series.map((id) => ({ id, ...ANNUAL_STYLES[id] })), [data.resultsByYear.series]);
  const shares = segments?.shares;
  const segmentLabel = useCallback(
    (row: ChartRow) => [row.points.value?.short, shares?.[row.key] ? `(${shares[row.key]})` : ''].filter(Boolean).join(' '),
    [shares],
  );
  const annualBlock = (title: string, chart: AnnualChart, series: SeriesStyle[]) => (
    <div className="subchart">
      <h3 className="subchart__title">{title}</h3>
      <PeriodChartBlock
        caption={title}
        rows={chart.rows}
        series={series}
        plotted={chart.plotted}
        gaps={chart.gaps}
        yTick={axisTick('billion', currency)}
        showTable={showTable}
        seriesOf={(p) => ANNUAL_STYLES[annualMoneySeriesOf(p.observation) ?? 'revenue'].label}
        empty={`No ${title.toLowerCase()} figures in the selected years.`}
        onSelect={onSelectYear}
        truncated={chart.truncated}
      />
    </div>
  );
  const rateNote = data.ratesUsed.length
    ? `Converted to ${currency} at ${data.ratesUsed.map(describeRate).join('; ')}. Real rates moved over the years, so converted figures are approximate.`
    : data.unconvertible
      ? `No exchange rate is stated in the data, so ${data.unconvertible} money figure(s) cannot be shown in ${currency}.`
      : undefined;

  return (
    <Panel
      id="revenue"
      title={PANEL_TITLES.revenue}
      subtitle={`Group revenue by business segment and annual results, in ${currency} billions.`}
      actions={
        <PanelViewControls
          panel="revenue"
          getExport={() => ({
            table: async () =>
              (await import('../../domain/csv.ts')).pointsTable(shown, (p) => {
                if (segments?.plotted.includes(p)) return 'Revenue by segment';
                if (data.facts.includes(p)) return 'Other money figures';
                return ANNUAL_STYLES[annualMoneySeriesOf(p.observation) ?? 'revenue'].label;
              }),
            sources: sourcesOf(
              index,
              shown.map((p) => p.observation),
            ).map(citation),
          })}
        />
      }
      footer={
        <SourceFooter
          sources={sourcesOf(
            index,
            shown.map((p) => p.observation),
          )}
          extra={rateNote}
          points={shown}
        />
      }
    >
      <div className="subchart">
        <h3 className="subchart__title">
          {segments ? `Revenue by segment, ${periodLabel(segments.year)}` : 'Revenue by segment'}
          {segments?.total ? <span className="subchart__total"> · total {segments.total.text}</span> : null}
        </h3>
        {!segments ? (
          <EmptyState>No segment breakdown in the selected years or segments. The sources break revenue down for 2023 only.</EmptyState>
        ) : showTable ? (
          <DataTable caption={`Revenue by segment, ${periodLabel(segments.year)}`} points={segments.plotted} />
        ) : (
          <figure className="chart">
            <div className="chart-scroll">
              <CategoryBarChart
                rows={segments.rows}
                series={SEGMENT_SERIES}
                colorOf={segmentColor}
                valueTick={axisTick('billion', currency)}
                labelOf={segmentLabel}
                onSelect={onSelectSegment}
              />
            </div>
            <figcaption className="chart__note">
              Shares of the total, in brackets, are computed from the stated figures. “Other” is derived: total revenue minus the three named segments. Click a
              segment to filter the page to it.
            </figcaption>
          </figure>
        )}
      </div>
      {annualBlock('Revenue by year', data.revenueByYear, revenueSeries)}
      {annualBlock('Adjusted net profit and R&D spending by year', data.resultsByYear, resultsSeries)}
      <FactList title="Growth rates and other money figures" points={data.facts} total={data.factTotal} />
    </Panel>
  );
}
