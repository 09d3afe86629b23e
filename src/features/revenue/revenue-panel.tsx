import { useMemo } from 'react';
import { CategoryBarChart } from '../../components/charts/category-bar-chart.tsx';
import { ChartFrame, type MarkAction } from '../../components/charts/chart-frame.tsx';
import { DataTable } from '../../components/charts/data-table.tsx';
import { PeriodChartBlock } from '../../components/charts/period-chart-block.tsx';
import type { SeriesStyle } from '../../components/charts/series-style.ts';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { FactList } from '../../components/ui/fact-list.tsx';
import { Panel } from '../../components/ui/panel.tsx';
import { SourceFooter, sourceNumbers } from '../../components/ui/source-footer.tsx';
import { PanelViewControls } from '../../components/panel-chrome/panel-view-controls.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { usePeriodAction } from '../../hooks/use-goal-link.ts';
import { axisTick } from '../../domain/format.ts';
import { annualMoneySeriesOf, conversionWords, foreignTargetsWords, revenueShown, type AnnualChart } from '../../domain/revenue.ts';
import type { ChartRow } from '../../domain/plot.ts';
import { ANNUAL_STYLES, annualSeries, SEGMENT_SERIES, segmentChartName, segmentColor, segmentLabelOf } from './revenue-series.ts';
import { citation, pointSources } from '../../domain/sources.ts';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import { PANEL_TITLES } from '../../state/view-state.ts';
import { useRevenueData } from './use-revenue-data.ts';

export function RevenuePanel() {
  const index = useDatasetIndex();
  const data = useRevenueData();
  // From the (deferred) panel data, so axes and figures always change together.
  const currency = data.currency;
  const showTable = useShowsTable('revenue');
  const setSegments = useViewStore((s) => s.setSegments);
  const patch = useViewStore((s) => s.patch);
  const yearAction = usePeriodAction();
  const segments = data.segments;
  const shown = revenueShown(data);
  const sources = pointSources(index, shown);
  const revenueSeries = useMemo(() => annualSeries(data.revenueByYear.series), [data.revenueByYear.series]);
  const resultsSeries = useMemo(() => annualSeries(data.resultsByYear.series), [data.resultsByYear.series]);
  const shares = segments?.shares;
  const segmentLabel = useMemo(() => segmentLabelOf(shares ?? {}), [shares]);
  const segmentAction = (row: ChartRow): MarkAction => ({ label: `Filter the page to ${row.label}`, run: () => setSegments([row.key]) });
  const annualBlock = (title: string, chart: AnnualChart, series: SeriesStyle[], takeaway: string) => (
    <div className="subchart">
      <h3 className="subchart__title">{title}</h3>
      <PeriodChartBlock
        caption={title}
        takeaway={takeaway}
        rows={chart.rows}
        series={series}
        plotted={chart.plotted}
        gaps={chart.gaps}
        granularity="year"
        yTick={axisTick('billion', currency)}
        showTable={showTable}
        seriesOf={(p) => ANNUAL_STYLES[annualMoneySeriesOf(p.observation) ?? 'revenue'].label}
        empty={takeaway}
        actionFor={yearAction}
        truncated={chart.truncated}
        height={260}
      />
    </div>
  );
  const conversion = conversionWords(data);
  const targets = foreignTargetsWords(data);
  const rateNote =
    conversion || targets ? (
      <>
        {conversion}
        {targets ? (
          <>
            {` ${targets.text} `}
            {/* One button that changes its words, so it keeps keyboard focus when pressed. */}
            <button type="button" className="button button--small" onClick={() => patch({ convertTargets: targets.convert })}>
              {targets.button}
            </button>
          </>
        ) : null}
      </>
    ) : undefined;
  const segmentTitle = segmentChartName(segments?.year ?? null);

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
              (await import('../../domain/csv.ts')).pointsTable(
                shown,
                (p) => {
                  if (segments?.plotted.includes(p)) return 'Revenue by segment';
                  if (data.facts.includes(p)) return 'Other money figures';
                  return ANNUAL_STYLES[annualMoneySeriesOf(p.observation) ?? 'revenue'].label;
                },
                index,
              ),
            sources: sources.map(citation),
          })}
        />
      }
      footer={<SourceFooter sources={sources} extra={rateNote} points={shown} />}
      layout="columns"
    >
      <div className="subchart">
        <h3 className="subchart__title">
          {segmentTitle}
          {segments?.total ? <span className="subchart__total"> · total {segments.total.text}</span> : null}
        </h3>
        {!segments ? (
          <EmptyState>{data.takeaways.segments}</EmptyState>
        ) : showTable ? (
          <>
            <p className="chart__takeaway">{data.takeaways.segments}</p>
            <DataTable caption={segmentTitle} points={segments.plotted} />
          </>
        ) : (
          <ChartFrame
            takeaway={data.takeaways.segments}
            rows={segments.rows}
            series={[SEGMENT_SERIES]}
            actionFor={segmentAction}
            caption={
              <p className="chart__note">
                Shares of the total, in brackets, are computed from the stated figures.
                {segments.plotted.some((p) => p.observation.segment === 'other' && p.observation.kind === 'derived')
                  ? ' “Other” is derived: total revenue minus the three named segments.'
                  : null}
              </p>
            }
          >
            {({ describedBy }) => (
              <CategoryBarChart
                rows={segments.rows}
                series={SEGMENT_SERIES}
                colorOf={segmentColor}
                valueTick={axisTick('billion', currency)}
                labelOf={segmentLabel}
                valueAxis={false}
                describedBy={describedBy}
                label={segmentTitle}
              />
            )}
          </ChartFrame>
        )}
      </div>
      {annualBlock('Revenue by year', data.revenueByYear, revenueSeries, data.takeaways.revenueByYear)}
      {annualBlock('Adjusted net profit and R&D spending by year', data.resultsByYear, resultsSeries, data.takeaways.resultsByYear)}
      <FactList title="Growth rates and other money figures" data={data} sourceNumber={sourceNumbers(sources)} />
    </Panel>
  );
}
