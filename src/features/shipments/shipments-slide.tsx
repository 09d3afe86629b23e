import { PeriodBarChart } from '../../components/charts/period-bar-chart.tsx';
import { SlideLayout, type SlideFigure } from '../../components/ui/slide-layout.tsx';
import { useDatasetIndex } from '../../data/use-dataset.ts';
import { axisTick, formatValue } from '../../domain/format.ts';
import { GRANULARITY_LABELS, periodLabel } from '../../data/period.ts';
import { sourceLine } from '../../domain/sources.ts';
import { SHIPMENT_STYLES, SERIES_LABELS } from './shipments-series.ts';
import { useShipmentsView } from './use-shipments-view.ts';

export function ShipmentsSlide() {
  const index = useDatasetIndex();
  const view = useShipmentsView();
  const values = view.plotted.filter((p) => p.observation.kind !== 'target');
  const latest = values.at(-1);
  const target = view.plotted.filter((p) => p.observation.kind === 'target').at(-1);
  const figures: SlideFigure[] = [];
  if (latest) figures.push({ label: `Latest, ${periodLabel(latest.observation.period)}`, value: formatValue(latest.shown), detail: latest.provenance.source });
  if (target)
    figures.push({ label: `Target for ${periodLabel(target.observation.period)}`, value: formatValue(target.shown), detail: target.provenance.source });
  const series = view.series.map((id) => ({ id, label: SERIES_LABELS[id], ...SHIPMENT_STYLES[id] }));
  return (
    <SlideLayout
      title="Smartphone shipments"
      subtitle={`${GRANULARITY_LABELS[view.granularity]} volumes in millions of units. Sales are shown where the sources report sales.`}
      figures={figures}
      note={view.gaps.length ? `No figure in the sources for ${view.gaps.map((g) => g.text).join(', ')}.` : undefined}
      sources={sourceLine(
        index,
        view.plotted.map((p) => p.observation),
      )}
    >
      {view.rows.length ? (
        <PeriodBarChart rows={view.rows} series={series} gaps={view.gaps} yTick={axisTick('million')} height="100%" large />
      ) : (
        <p className="slide__empty">No shipment figures in the selected years.</p>
      )}
    </SlideLayout>
  );
}
