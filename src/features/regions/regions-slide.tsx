import { ChartLegend } from '../../components/charts/chart-legend.tsx';
import { RankChart } from '../../components/charts/rank-chart.tsx';
import { SlideLayout, type SlideFigure } from '../../components/ui/slide-layout.tsx';
import { useDatasetIndex } from '../../hooks/use-dataset-index.ts';
import { periodLabel } from '../../data/period.ts';
import { isOutcome } from '../../domain/filters.ts';
import { sourceLine } from '../../domain/sources.ts';
import { rankSeriesStyles } from './regions-series.ts';
import { useRegionsData } from './use-regions-data.ts';
import { gapsNote } from '../../domain/takeaway-words.ts';

export function RegionsSlide({ compact = false }: { compact?: boolean }) {
  const index = useDatasetIndex();
  const data = useRegionsData();
  const { ranks } = data;
  const latestGlobal = ranks.plotted.filter((p) => p.observation.region === 'global' && isOutcome(p.observation)).at(-1);
  const countries = data.facts.find((p) => p.observation.metric === 'countries_present');
  const series = rankSeriesStyles(ranks.series, (id) => index.regionLabel.get(id) ?? id);
  const figures: SlideFigure[] = [];
  if (latestGlobal)
    figures.push({
      label: `Worldwide rank, ${periodLabel(latestGlobal.observation.period)}`,
      value: latestGlobal.text,
      detail: latestGlobal.provenance.source,
    });
  if (countries) figures.push({ label: `Countries, ${periodLabel(countries.observation.period)}`, value: countries.text, detail: countries.provenance.source });
  return (
    <SlideLayout
      compact={compact}
      title="Where Xiaomi ranks"
      subtitle={data.takeaways.ranks}
      figures={figures}
      legend={ranks.rows.length ? <ChartLegend series={series} rows={ranks.rows} /> : null}
      note={gapsNote(ranks.gaps, ranks.granularity, 'rank') ?? undefined}
      sources={sourceLine(
        index,
        [...ranks.plotted, ...(countries ? [countries] : [])].map((p) => p.observation),
      )}
    >
      {ranks.rows.length ? (
        <RankChart rows={ranks.rows} series={series} worstRank={ranks.worstRank} height="100%" large={!compact} />
      ) : (
        <p className="slide__empty">No ranks for the selected years and regions.</p>
      )}
    </SlideLayout>
  );
}
