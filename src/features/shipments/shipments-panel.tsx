import { useCallback, useMemo } from 'react';
import { PeriodChartBlock } from '../../components/charts/period-chart-block.tsx';
import type { SeriesStyle } from '../../components/charts/series-style.ts';
import { FactList } from '../../components/ui/fact-list.tsx';
import { Panel } from '../../components/ui/panel.tsx';
import { GranularityControl } from '../../components/ui/granularity-control.tsx';
import { SourceFooter } from '../../components/ui/source-footer.tsx';
import { PanelViewControls } from '../../components/panel-chrome/panel-view-controls.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { axisTick } from '../../domain/format.ts';
import { GRANULARITY_LABELS, period } from '../../data/period.ts';
import { SHIPMENT_GRANULARITIES } from '../../domain/panel-granularities.ts';
import { shipmentSeriesOf } from '../../domain/shipments.ts';
import { SERIES_LABELS, SHIPMENT_STYLES } from './shipments-series.ts';
import { citation, sourcesOf } from '../../domain/sources.ts';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import { PANEL_TITLES } from '../../state/view-state.ts';
import { useShipmentsData } from './use-shipments-data.ts';

export function ShipmentsPanel() {
  const index = useDatasetIndex();
  const data = useShipmentsData();
  const showTable = useShowsTable('shipments');
  const setGranularity = useViewStore((s) => s.setShipmentsGranularity);
  // The control shows the choice at once; the chart follows in a background render.
  const granularity = useViewStore((s) => s.shipmentsGranularity);
  const selectYear = useViewStore((s) => s.selectYear);
  const series: SeriesStyle[] = useMemo(() => data.series.map((id) => ({ id, label: SERIES_LABELS[id], ...SHIPMENT_STYLES[id] })), [data.series]);
  const onSelect = useCallback((key: string) => selectYear(period(key).year), [selectYear]);
  const label = GRANULARITY_LABELS[data.granularity].toLowerCase();

  return (
    <Panel
      id="shipments"
      title={PANEL_TITLES.shipments}
      subtitle="Smartphones shipped or sold, in millions. Shipments go to sales channels and are not consumer sales."
      actions={
        <>
          <GranularityControl
            label="Shipments period length"
            value={granularity}
            options={SHIPMENT_GRANULARITIES}
            available={data.available}
            onChange={setGranularity}
          />
          <PanelViewControls
            panel="shipments"
            getExport={() => ({
              table: async () =>
                (await import('../../domain/csv.ts')).pointsTable([...data.plotted, ...data.facts], (p) =>
                  data.facts.includes(p) ? 'Other shipment figures' : SERIES_LABELS[shipmentSeriesOf(p.observation)],
                ),
              sources: sourcesOf(
                index,
                [...data.plotted, ...data.facts].map((p) => p.observation),
              ).map(citation),
            })}
          />
        </>
      }
      footer={
        <SourceFooter
          sources={sourcesOf(
            index,
            [...data.plotted, ...data.facts].map((p) => p.observation),
          )}
          points={data.plotted}
        />
      }
    >
      <PeriodChartBlock
        caption={`Smartphone volumes, ${label}`}
        rows={data.rows}
        series={series}
        plotted={data.plotted}
        gaps={data.gaps}
        yTick={axisTick('million')}
        showTable={showTable}
        seriesOf={(p) => SERIES_LABELS[shipmentSeriesOf(p.observation)]}
        onSelect={onSelect}
        truncated={data.truncated}
        empty={`No ${label} shipment or sales figures in the selected years.${data.available.length ? ` Figures exist at: ${data.available.map((g) => GRANULARITY_LABELS[g]).join(', ')}.` : ''}`}
      />
      <FactList title="Growth and other shipment figures" points={data.facts} total={data.factTotal} />
    </Panel>
  );
}
