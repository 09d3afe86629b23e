import { useId } from 'react';
import { ChartFrame } from '../../components/charts/chart-frame.tsx';
import { ChartLegend } from '../../components/charts/chart-legend.tsx';
import { RankChart } from '../../components/charts/rank-chart.tsx';
import { SlideLayout, type PanelSlideProps, type SlideFigure } from '../../components/ui/slide-layout.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { GRANULARITY_LABELS, periodLabel } from '../../data/period.ts';
import type { PlotPoint } from '../../domain/plot.ts';
import { marketName } from '../../domain/regional-takeaways.ts';
import { regionsSlideLead } from '../../domain/regions.ts';
import { sourceLine } from '../../domain/sources.ts';
import { rankChartName, rankSeriesStyles, SHARE_DETAILS } from './regions-series.ts';
import { ShareChart } from './share-chart.tsx';
import { useRegionsData } from './use-regions-data.ts';
import { gapsNote } from '../../domain/takeaway-words.ts';
import { notNarrowedNote } from '../../domain/headline.ts';
import { useDeferredFilter } from '../../hooks/use-deferred-view.ts';
import { OtherGranularities } from '../../components/ui/granularity-control.tsx';
import { useViewStore } from '../../state/view-store.ts';

export function RegionsSlide({ compact = false, kicker }: PanelSlideProps) {
  const takeawayId = useId();
  const index = useDatasetIndex();
  const data = useRegionsData();
  const { ranks } = data;
  const { share, rank: latestRank } = regionsSlideLead(data);
  const countries = data.facts.find((p) => p.observation.metric === 'countries_present');
  const series = rankSeriesStyles(ranks.series, (id) => index.regionLabel.get(id) ?? id, ranks.plotted);
  const filter = useDeferredFilter();
  const setGranularity = useViewStore((s) => s.setRanksGranularity);
  const figures: SlideFigure[] = [];
  if (latestRank)
    figures.push({
      label: `${GRANULARITY_LABELS[ranks.granularity]} rank ${marketName(index, latestRank.observation.region)}, ${periodLabel(latestRank.observation.period)}`,
      value: latestRank.text,
      detail: latestRank.provenance.source,
      // A smartphone rank in the market it names: the region filter chose it; a segment filter cannot.
      unfiltered: notNarrowedNote({ regions: null, segments: filter.segments }, 'smartphones'),
    });
  if (countries)
    figures.push({
      label: `Countries, ${periodLabel(countries.observation.period)}`,
      value: countries.text,
      detail: countries.provenance.source,
      unfiltered: notNarrowedNote(filter, 'worldwide'),
    });
  // The sources of the chart and of the key figures beside it.
  const sources = (shown: readonly PlotPoint[]) =>
    sourceLine(
      index,
      [...shown, ...(latestRank ? [latestRank] : []), ...(countries ? [countries] : [])].map((p) => p.observation),
    );
  if (share)
    return (
      <SlideLayout
        subtitleId={takeawayId}
        compact={compact}
        kicker={kicker}
        title={`Market share, ${share.title}`}
        subtitle={data.takeaways.share}
        figures={figures}
        sources={sources(share.plotted)}
      >
        <ChartFrame describedBy={takeawayId} rows={share.rows} series={SHARE_DETAILS}>
          {({ describedBy }) => <ShareChart snapshot={share} height="100%" large={!compact} describedBy={describedBy} />}
        </ChartFrame>
      </SlideLayout>
    );
  return (
    <SlideLayout
      subtitleId={takeawayId}
      compact={compact}
      kicker={kicker}
      title="Where Xiaomi ranks"
      subtitle={ranks.rows.length ? data.takeaways.ranks : undefined}
      figures={figures}
      legend={ranks.rows.length ? <ChartLegend series={series} rows={ranks.rows} /> : null}
      gaps={gapsNote(ranks.gaps, ranks.granularity, 'rank')}
      sources={sources(ranks.plotted)}
    >
      {ranks.rows.length ? (
        <ChartFrame describedBy={takeawayId} rows={ranks.rows} series={series}>
          {({ describedBy }) => (
            <RankChart
              rows={ranks.rows}
              series={series}
              worstRank={ranks.worstRank}
              height="100%"
              large={!compact}
              describedBy={describedBy}
              label={rankChartName(ranks.granularity)}
            />
          )}
        </ChartFrame>
      ) : (
        <div className="slide__empty">
          <p>{data.takeaways.ranks}</p>
          <OtherGranularities value={ranks.granularity} available={ranks.available} noun="ranks" onChange={setGranularity} />
        </div>
      )}
    </SlideLayout>
  );
}
