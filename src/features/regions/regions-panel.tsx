import { useContext, useMemo } from 'react';
import { ChartLegend } from '../../components/charts/chart-legend.tsx';
import { DataTable } from '../../components/charts/data-table.tsx';
import { RankChart } from '../../components/charts/rank-chart.tsx';
import { TruncationNote } from '../../components/charts/truncation-note.tsx';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import { FactList } from '../../components/ui/fact-list.tsx';
import { Panel } from '../../components/ui/panel.tsx';
import { GranularityControl, OtherGranularities } from '../../components/ui/granularity-control.tsx';
import { SourceFooter, sourceNumbers } from '../../components/ui/source-footer.tsx';
import { ChartFrame } from '../../components/charts/chart-frame.tsx';
import { PageActions } from '../../components/charts/page-actions.ts';
import { usePeriodAction } from '../../hooks/use-goal-link.ts';
import { PanelViewControls } from '../../components/panel-chrome/panel-view-controls.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { formatNumber } from '../../domain/format.ts';
import { GRANULARITY_LABELS } from '../../data/period.ts';
import { RANK_GRANULARITIES } from '../../domain/panel-granularities.ts';
import { rankChartName, rankSeriesStyles, SHARE_DETAILS } from './regions-series.ts';
import { ShareChart } from './share-chart.tsx';
import { citation, pointSources } from '../../domain/sources.ts';
import { useShowsTable, useViewStore } from '../../state/view-store.ts';
import { PANEL_TITLES } from '../../state/view-state.ts';
import { useRegionsData } from './use-regions-data.ts';
import { gapsNote } from '../../domain/takeaway-words.ts';
import { regionsShown, TARGET_SERIES } from '../../domain/regions.ts';
import type { PlotPoint } from '../../domain/plot.ts';

export function RegionsPanel() {
  const index = useDatasetIndex();
  const data = useRegionsData();
  const showTable = useShowsTable('regions');
  const setGranularity = useViewStore((s) => s.setRanksGranularity);
  const granularity = useViewStore((s) => s.ranksGranularity);
  const setRegions = useViewStore((s) => s.setRegions);
  const { ranks } = data;
  const series = useMemo(() => rankSeriesStyles(ranks.series, (id) => index.regionLabel.get(id) ?? id, ranks.plotted), [ranks.series, ranks.plotted, index]);
  // The market a rank is for, as the chart's legend names it: "Worldwide", "Mainland China", "Target rank, Mainland China".
  const marketOf = (p: PlotPoint) =>
    series.find((x) => x.id === (p.observation.kind === 'target' ? TARGET_SERIES : p.observation.region))?.label ?? p.observation.region;
  const rankAction = usePeriodAction();
  // A market in the legend filters the page to it, where there is another to leave out (and a page to filter).
  const pickMarket = useContext(PageActions) && series.filter((s) => s.role === 'value').length > 1 ? (region: string) => setRegions([region]) : undefined;
  const label = GRANULARITY_LABELS[ranks.granularity].toLowerCase();
  const shown = regionsShown(data);
  const sources = pointSources(index, shown);

  return (
    <Panel
      id="regions"
      title={PANEL_TITLES.regions}
      subtitle="Xiaomi's rank among smartphone makers, market by market, with market shares and footprint."
      actions={
        <>
          <GranularityControl
            label="Rank period length"
            value={granularity}
            options={RANK_GRANULARITIES}
            available={ranks.available}
            onChange={setGranularity}
          />
          <PanelViewControls
            panel="regions"
            getExport={() => ({
              table: async () =>
                (await import('../../domain/csv.ts')).pointsTable(
                  shown,
                  (p) =>
                    ranks.plotted.includes(p) ? `Rank: ${marketOf(p)}` : data.facts.includes(p) ? 'Footprint and regional figures' : 'Market share and rank',
                  index,
                ),
              sources: sources.map(citation),
            })}
          />
        </>
      }
      footer={<SourceFooter sources={sources} points={shown} />}
      layout="split"
    >
      <div className="subchart">
        <h3 className="subchart__title">Smartphone vendor rank ({label})</h3>
        {ranks.rows.length === 0 ? (
          <EmptyState>
            {data.takeaways.ranks}
            <OtherGranularities value={ranks.granularity} available={ranks.available} noun="ranks" onChange={setGranularity} />
          </EmptyState>
        ) : showTable ? (
          <>
            <p className="chart__takeaway">{data.takeaways.ranks}</p>
            <DataTable caption={rankChartName(ranks.granularity)} points={ranks.plotted} seriesOf={marketOf} />
          </>
        ) : (
          <ChartFrame
            takeaway={data.takeaways.ranks}
            rows={ranks.rows}
            series={series}
            actionFor={rankAction}
            legend={<ChartLegend series={series} rows={ranks.rows} onSelect={pickMarket} selectLabel={(s) => `Filter the page to ${s.label}`} />}
            caption={
              <>
                {ranks.gaps.length ? <p className="chart__gaps">{gapsNote(ranks.gaps, ranks.granularity, 'rank')}</p> : null}
                <TruncationNote truncated={ranks.truncated} />
                {ranks.hiddenSeries ? (
                  <p className="chart__gaps" role="note">
                    {ranks.hiddenSeries} more market{ranks.hiddenSeries > 1 ? 's have' : ' has'} ranks; pick them under Regions to see them.
                  </p>
                ) : null}
                {pickMarket ? <p className="chart__hint">A market in the legend filters the page to that region.</p> : null}
              </>
            }
          >
            {({ describedBy }) => (
              <RankChart rows={ranks.rows} series={series} worstRank={ranks.worstRank} describedBy={describedBy} label={rankChartName(ranks.granularity)} />
            )}
          </ChartFrame>
        )}
      </div>
      {data.shares.map((snapshot) => (
        <div className="subchart" key={`${snapshot.region}-${snapshot.period}`}>
          <h3 className="subchart__title">Market share, {snapshot.title}</h3>
          {data.shareTotal > 1 ? (
            <p className="muted small">The latest of {formatNumber(data.shareTotal, 0)} market-share snapshots in range; the others are in All figures.</p>
          ) : null}
          {showTable ? (
            <>
              <p className="chart__takeaway">{data.takeaways.share}</p>
              <DataTable caption={`Market share and rank, ${snapshot.title}`} points={snapshot.plotted} />
            </>
          ) : (
            <ChartFrame takeaway={data.takeaways.share} rows={snapshot.rows} series={SHARE_DETAILS}>
              {({ describedBy }) => <ShareChart snapshot={snapshot} describedBy={describedBy} />}
            </ChartFrame>
          )}
        </div>
      ))}
      <FactList title="Footprint and regional figures" data={data} sourceNumber={sourceNumbers(sources)} />
    </Panel>
  );
}
