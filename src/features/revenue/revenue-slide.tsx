import { useId } from 'react';
import { CategoryBarChart } from '../../components/charts/category-bar-chart.tsx';
import { ChartFrame } from '../../components/charts/chart-frame.tsx';
import { ChartLegend } from '../../components/charts/chart-legend.tsx';
import { PeriodBarChart } from '../../components/charts/period-bar-chart.tsx';
import { SlideLayout, type PanelSlideProps, type SlideFigure } from '../../components/ui/slide-layout.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { describeRate } from '../../domain/currency.ts';
import { axisTick } from '../../domain/format.ts';
import { periodLabel } from '../../data/period.ts';
import { convertedWords, type PlotPoint } from '../../domain/plot.ts';
import { sourceLine } from '../../domain/sources.ts';
import { notNarrowedNote } from '../../domain/headline.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { annualSeries, SEGMENT_SERIES, segmentChartName, segmentColor, segmentLabelOf } from './revenue-series.ts';
import { useRevenueData } from './use-revenue-data.ts';

export function RevenueSlide({ compact = false, kicker }: PanelSlideProps) {
  const takeawayId = useId();
  const index = useDatasetIndex();
  const data = useRevenueData();
  const currency = data.currency;
  const segments = data.segments;
  const profit = data.resultsByYear.plotted.filter((p) => p.observation.metric === 'adjusted_net_profit').at(-1);
  // Both figures are worldwide totals of the whole group.
  const unfiltered = notNarrowedNote(useDeferredFilter(), 'group');
  const figure = (label: string, p: PlotPoint): SlideFigure => ({
    label,
    value: p.text,
    detail: p.convertedWith ? `${p.provenance.source}, ${convertedWords(p.convertedWith)}` : p.provenance.source,
    unfiltered,
  });
  const figures: SlideFigure[] = [];
  if (segments?.total) figures.push(figure(`Total revenue, ${periodLabel(segments.year)}`, segments.total));
  if (profit) figures.push(figure(`Adjusted net profit, ${periodLabel(profit.observation.period)}`, profit));
  const yearSeries = annualSeries(data.revenueByYear.series);
  const shown = segments ? [...segments.plotted, ...(segments.total ? [segments.total] : [])] : data.revenueByYear.plotted;
  const converted = [...new Set([...shown, ...(profit ? [profit] : [])].flatMap((p) => (p.convertedWith ? [p.convertedWith] : [])))];
  const note = converted.length ? `Converted at ${converted.map(describeRate).join('; ')}.` : undefined;
  return (
    <SlideLayout
      subtitleId={takeawayId}
      compact={compact}
      kicker={kicker}
      title={segments ? segmentChartName(segments.year) : 'Revenue by year'}
      subtitle={segments ? data.takeaways.segments : data.revenueByYear.rows.length ? data.takeaways.revenueByYear : undefined}
      figures={figures}
      // Segments are named on their axis: the legend has only the hatching of a derived remainder to explain.
      legend={segments ? <ChartLegend series={[]} rows={segments.rows} /> : <ChartLegend series={yearSeries} rows={data.revenueByYear.rows} />}
      note={note}
      sources={sourceLine(
        index,
        shown.map((p) => p.observation),
      )}
    >
      {segments ? (
        <ChartFrame describedBy={takeawayId} rows={segments.rows} series={[SEGMENT_SERIES]}>
          {({ describedBy }) => (
            <CategoryBarChart
              rows={segments.rows}
              series={SEGMENT_SERIES}
              colorOf={segmentColor}
              valueTick={axisTick('billion', currency)}
              labelOf={segmentLabelOf(segments.shares)}
              height="100%"
              large={!compact}
              describedBy={describedBy}
              label={segmentChartName(segments.year)}
            />
          )}
        </ChartFrame>
      ) : data.revenueByYear.rows.length ? (
        <ChartFrame describedBy={takeawayId} rows={data.revenueByYear.rows} series={yearSeries}>
          {({ describedBy }) => (
            <PeriodBarChart
              rows={data.revenueByYear.rows}
              series={yearSeries}
              gaps={data.revenueByYear.gaps}
              yTick={axisTick('billion', currency)}
              height="100%"
              large={!compact}
              describedBy={describedBy}
              label="Revenue by year"
            />
          )}
        </ChartFrame>
      ) : (
        <div className="slide__empty">
          <p>{data.takeaways.revenueByYear}</p>
        </div>
      )}
    </SlideLayout>
  );
}
