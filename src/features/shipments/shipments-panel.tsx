import { useMemo } from 'react';
import { PeriodChartBlock } from '../../components/charts/period-chart-block.tsx';
import { FactList } from '../../components/ui/fact-list.tsx';
import { Panel } from '../../components/ui/panel.tsx';
import { GranularityControl, OtherGranularities } from '../../components/ui/granularity-control.tsx';
import { SourceFooter, sourceNumbers } from '../../components/ui/source-footer.tsx';
import { PanelViewControls } from '../../components/panel-chrome/panel-view-controls.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { axisTick } from '../../domain/format.ts';
import { SHIPMENT_GRANULARITIES } from '../../domain/panel-granularities.ts';
import { shipmentSeriesOf, shipmentsShown } from '../../domain/shipments.ts';
import { SERIES_LABELS, shipmentSeries, volumesChartName } from './shipments-series.ts';
import { citation, pointSources } from '../../domain/sources.ts';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import { PANEL_TITLES } from '../../state/view-state.ts';
import { usePeriodAction } from '../../hooks/use-goal-link.ts';
import { useShipmentsData } from './use-shipments-data.ts';

export function ShipmentsPanel() {
  const index = useDatasetIndex();
  const data = useShipmentsData();
  const showTable = useShowsTable('shipments');
  const setGranularity = useViewStore((s) => s.setShipmentsGranularity);
  // The control shows the choice at once; the chart follows in a background render.
  const granularity = useViewStore((s) => s.shipmentsGranularity);
  const actionFor = usePeriodAction();
  const series = useMemo(() => shipmentSeries(data.series), [data.series]);
  const shown = shipmentsShown(data);
  const sources = pointSources(index, shown);

  return (
    <Panel
      id="shipments"
      title={PANEL_TITLES.shipments}
      subtitle="Smartphones shipped or sold, in millions. Shipments go to sales channels; they are not sales to consumers."
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
                (await import('../../domain/csv.ts')).pointsTable(
                  shown,
                  (p) => (data.facts.includes(p) ? 'Other shipment figures' : SERIES_LABELS[shipmentSeriesOf(p.observation)]),
                  index,
                ),
              sources: sources.map(citation),
            })}
          />
        </>
      }
      footer={<SourceFooter sources={sources} points={data.plotted} />}
      layout="split"
    >
      <PeriodChartBlock
        caption={volumesChartName(data.granularity)}
        takeaway={data.takeaway}
        rows={data.rows}
        series={series}
        plotted={data.plotted}
        gaps={data.gaps}
        granularity={data.granularity}
        yTick={axisTick('million')}
        showTable={showTable}
        seriesOf={(p) => SERIES_LABELS[shipmentSeriesOf(p.observation)]}
        actionFor={actionFor}
        truncated={data.truncated}
        empty={
          <>
            {data.takeaway}
            <OtherGranularities value={data.granularity} available={data.available} noun="figures" onChange={setGranularity} />
          </>
        }
      />
      <FactList title="Growth and other shipment figures" data={data} sourceNumber={sourceNumbers(sources)} />
    </Panel>
  );
}
