import { useId } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame.tsx';
import { ChartLegend } from '../../components/charts/chart-legend.tsx';
import { PeriodBarChart } from '../../components/charts/period-bar-chart.tsx';
import { SlideLayout, type PanelSlideProps, type SlideFigure } from '../../components/ui/slide-layout.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { axisTick, formatValue } from '../../domain/format.ts';
import { periodLabel } from '../../data/period.ts';
import { isOutcome } from '../../domain/filters.ts';
import { sourceLine } from '../../domain/sources.ts';
import { gapsNote } from '../../domain/takeaway-words.ts';
import { notNarrowedNote } from '../../domain/headline.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { OtherGranularities } from '../../components/ui/granularity-control.tsx';
import { useViewStore } from '../../state/view-store.ts';
import { shipmentSeries, volumesChartName } from './shipments-series.ts';
import { useShipmentsData } from './use-shipments-data.ts';

export function ShipmentsSlide({ compact = false, kicker }: PanelSlideProps) {
  const takeawayId = useId();
  const index = useDatasetIndex();
  const data = useShipmentsData();
  const latest = data.plotted.filter((p) => isOutcome(p.observation)).at(-1);
  const target = data.plotted.filter((p) => p.observation.kind === 'target').at(-1);
  const unfiltered = notNarrowedNote(useDeferredFilter(), 'smartphones');
  const setGranularity = useViewStore((s) => s.setShipmentsGranularity);
  const figures: SlideFigure[] = [];
  if (latest)
    figures.push({
      label: `Latest, ${periodLabel(latest.observation.period)}`,
      value: formatValue(latest.shown),
      detail: latest.provenance.source,
      unfiltered,
    });
  if (target)
    figures.push({
      label: `Target for ${periodLabel(target.observation.period)}`,
      value: formatValue(target.shown),
      detail: target.provenance.source,
      unfiltered,
    });
  const series = shipmentSeries(data.series);
  return (
    <SlideLayout
      subtitleId={takeawayId}
      compact={compact}
      kicker={kicker}
      title="Smartphone shipments"
      // An empty chart's reason is said once, in its place.
      subtitle={data.rows.length ? data.takeaway : undefined}
      figures={figures}
      legend={data.rows.length ? <ChartLegend series={series} rows={data.rows} /> : null}
      gaps={gapsNote(data.gaps, data.granularity)}
      sources={sourceLine(
        index,
        data.plotted.map((p) => p.observation),
      )}
    >
      {data.rows.length ? (
        <ChartFrame describedBy={takeawayId} rows={data.rows} series={series}>
          {({ describedBy }) => (
            <PeriodBarChart
              rows={data.rows}
              series={series}
              gaps={data.gaps}
              yTick={axisTick('million')}
              height="100%"
              large={!compact}
              describedBy={describedBy}
              label={volumesChartName(data.granularity)}
            />
          )}
        </ChartFrame>
      ) : (
        <div className="slide__empty">
          <p>{data.takeaway}</p>
          <OtherGranularities value={data.granularity} available={data.available} noun="figures" onChange={setGranularity} />
        </div>
      )}
    </SlideLayout>
  );
}
