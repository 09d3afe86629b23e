/**
 * Takeaways for the charts the region filter narrows (vendor rank, market share, goals), so
 * they name the markets in view instead of calling their figures worldwide.
 */
import { period, periodLabel } from '../data/period.ts';
import { capitalize, countWords } from './format.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { ObservationFilter } from './filters.ts';
import { describeEvidence, describeTarget } from './goal-words.ts';
import { countByStatus, noGoalsReason, type GoalAssessment, type GoalStatus } from './goals.ts';
import type { RankGranularity } from './panel-granularities.ts';
import { NO_MONEY, type ChartRow, type PlotPoint } from './plot.ts';
import { regionsData, TARGET_SERIES, type RankData, type RegionsData } from './regions.ts';
import {
  byPeriod,
  DERIVED_HIDDEN,
  elsewhereReason,
  emptyLine,
  figureText,
  figuresOf,
  gapsPhrase,
  granularityWord,
  isTarget,
  listWords,
  marketNoun,
  marketsPhrase,
  scopeNote,
  sentence,
  takeaway,
  targetsPhrase,
  whenOf,
  yearsRef,
  type Takeaway,
} from './takeaway-words.ts';

/** "worldwide" or "in Mainland China". */
export function marketName(index: DatasetIndex, region: string): string {
  return region === 'global' ? 'worldwide' : `in ${index.regionLabel.get(region) ?? region}`;
}

/**
 * Markets whose ranks at another granularity run past their latest rank on this chart, so an
 * annual rank is not taken for the latest known when a quarterly one is later:
 * "the sources also rank Mainland China quarterly, up to Q1 2017"; null when none do.
 */
function laterElsewherePhrase(index: DatasetIndex, ranks: RankData, filter: ObservationFilter, latest: readonly PlotPoint[]): string | null {
  const items = ranks.available
    .filter((g) => g !== ranks.granularity)
    .flatMap((g) => {
      const other = regionsData(index, filter, g, NO_MONEY).ranks.plotted.filter((p) => !isTarget(p));
      return latest.flatMap((here) => {
        const region = here.observation.region;
        const last = byPeriod(other.filter((p) => p.observation.region === region)).at(-1);
        if (!last || period(last.observation.period).end <= period(here.observation.period).end) return [];
        return [`${marketNoun(index, region)} ${RANKED[g]}, up to ${periodLabel(last.observation.period)}`];
      });
    });
  return items.length ? `the sources also rank ${listWords(items)}` : null;
}

const RANKED: Record<RankGranularity, string> = { year: 'annually', quarter: 'quarterly' };

/** Ranks and shares are of the smartphone market: a segment filter that leaves smartphones out cannot narrow them. */
function segmentNote(filter: ObservationFilter, what: string): string | null {
  return scopeNote({ ...filter, regions: null }, what, !filter.segments?.includes('smartphones'));
}

/** Goals are narrowed by region and years, never by segment. */
function goalsNote(filter: ObservationFilter): string | null {
  return scopeNote({ ...filter, regions: null }, 'announced goals', true);
}

/** Vendor rank: the latest rank per market in view (first and latest for a single market), gaps, and a rank target as a target. */
export function rankTakeaway(index: DatasetIndex, ranks: RankData, filter: ObservationFilter): Takeaway {
  const gran = granularityWord(ranks.granularity);
  if (ranks.plotted.length === 0) {
    const others = ranks.available
      .filter((g) => g !== ranks.granularity)
      .map((g) => ({ granularity: g, points: regionsData(index, filter, g, NO_MONEY).ranks.plotted.filter((p) => !isTarget(p)) }));
    const wouldShow = (f: ObservationFilter) => regionsData(index, f, ranks.granularity, NO_MONEY).ranks.plotted.length > 0;
    const reason =
      filter.regions?.length === 0
        ? 'no market is selected'
        : !filter.derived && wouldShow({ ...filter, derived: true })
          ? DERIVED_HIDDEN
          : elsewhereReason('ranks', others);
    return takeaway(segmentNote(filter, 'smartphone market ranks'), emptyLine(`${gran} ranks${marketsPhrase(index, filter)}`, filter, reason), []);
  }
  const markets = ranks.series.filter((s) => s !== TARGET_SERIES);
  const values = ranks.plotted.filter((p) => !isTarget(p));
  const pointsOf = (region: string) => byPeriod(values.filter((p) => p.observation.region === region));
  const latest = markets.map((m) => pointsOf(m).at(-1)).filter((p): p is PlotPoint => p !== undefined);
  let lead: { text: string; stated: PlotPoint[] };
  const only = markets.length === 1 ? pointsOf(markets[0] ?? '') : [];
  const [first] = only;
  const last = only.at(-1);
  if (first && last && first !== last) {
    lead = {
      text: `${figureText(first)} ${marketName(index, first.observation.region)} ${whenOf(first)} and ${figureText(last)} ${whenOf(last)}`,
      stated: [first, last],
    };
  } else {
    lead = {
      text: `latest ${gran} ${latest.length === 1 ? 'rank' : 'ranks'}: ${listWords(latest.map((p) => `${figureText(p)} ${marketName(index, p.observation.region)} ${whenOf(p)}`))}`,
      stated: latest,
    };
  }
  const targets = ranks.plotted.filter(isTarget);
  const figures = figuresOf([...lead.stated, ...targets]);
  const text = sentence(
    index,
    [
      lead.text,
      gapsPhrase(ranks.gaps, ranks.granularity, 'ranks'),
      laterElsewherePhrase(index, ranks, filter, latest),
      targetsPhrase(targets, (p) => `${figureText(p)} ${marketName(index, p.observation.region)}`),
      ranks.hiddenSeries ? `${countWords(ranks.hiddenSeries)} more ${ranks.hiddenSeries === 1 ? 'market is' : 'markets are'} not drawn` : null,
    ],
    figures,
  );
  return takeaway(segmentNote(filter, 'smartphone market ranks'), text, figures);
}

/** "Huawei No. 1 with 20.0%", "Apple No. 2–4 (share not stated)". */
function standing(row: ChartRow): { text: string; stated: PlotPoint[] } {
  const { share, rank } = row.points;
  const stated = [rank, share].filter((p): p is PlotPoint => p !== undefined);
  const parts = [row.label, rank ? figureText(rank) : null, share ? `with ${figureText(share)}` : '(share not stated)'];
  return { text: parts.filter(Boolean).join(' '), stated };
}

/** Market-share snapshot: the leader and its share, Xiaomi's share and rank, and how many rivals have no stated share. */
export function shareTakeaway(index: DatasetIndex, data: RegionsData, filter: ObservationFilter): Takeaway {
  const snapshot = data.shares[0];
  if (!snapshot) {
    const wouldShow = (f: ObservationFilter) => regionsData(index, f, 'year', NO_MONEY).shares.length > 0;
    const reason =
      filter.regions?.length === 0
        ? 'no market is selected'
        : filter.regions && wouldShow({ ...filter, regions: null })
          ? `the sources give them for other markets${yearsRef(filter) ? ` in ${yearsRef(filter)}` : ''}`
          : null;
    return takeaway(segmentNote(filter, 'smartphone market shares'), emptyLine(`market shares${marketsPhrase(index, filter)}`, filter, reason), []);
  }
  const rows = snapshot.rows;
  const isFirst = (r: ChartRow) => r.points.rank?.value === 1 && r.points.rank.upper === undefined;
  const leader = rows.find(isFirst) ?? rows.filter((r) => r.points.share).sort((a, b) => (b.points.share?.value ?? 0) - (a.points.share?.value ?? 0))[0];
  const xiaomi = rows.find((r) => r.key === 'xiaomi');
  const shown = [leader, xiaomi].filter((r, i, all): r is ChartRow => r !== undefined && all.indexOf(r) === i).map(standing);
  const unstated = rows.filter((r) => r.key !== 'xiaomi' && !r.points.share).length;
  const figures = figuresOf(shown.flatMap((s) => s.stated));
  const text = sentence(
    index,
    [
      `${snapshot.title}: ${listWords(shown.map((s) => s.text))}`,
      xiaomi ? null : 'Xiaomi is not listed',
      unstated ? `${countWords(unstated)} ${unstated === 1 ? 'rival has' : 'rivals have'} no stated share` : null,
      data.shareTotal > 1 ? `the latest of ${countWords(data.shareTotal)} snapshots in the selected years` : null,
    ],
    figures,
  );
  return takeaway(segmentNote(filter, 'smartphone market shares'), text, figures);
}

/** Which progress figure rests on the firmest ground: a full-period figure before part of a period, a settled verdict before an open one. */
const BASIS_ORDER: Record<string, number> = { 'deadline-figure': 0, 'reached-in-window': 1, 'latest-in-window': 2, pace: 3 };

function strength(a: GoalAssessment): number {
  return (BASIS_ORDER[a.basis.kind] ?? 9) * 2 + (a.status === 'unknown' ? 1 : 0);
}

const ONE_GOAL: Record<GoalStatus, string> = {
  met: 'was met on the evidence in the sources',
  missed: 'was missed on the evidence in the sources',
  'on-track': 'is on track on the evidence in the sources',
  behind: 'is behind on the evidence in the sources',
  unknown: 'cannot be judged from the sources',
};

/** "One of seven announced goals in view was met on the evidence in the sources; six cannot be judged". */
function goalCounts(assessments: readonly GoalAssessment[]): string {
  const [only] = assessments;
  if (only && assessments.length === 1) return `The one announced goal in view ${ONE_GOAL[only.status]}`;
  const counts = countByStatus(assessments);
  const others = [
    counts.missed ? `${countWords(counts.missed)} missed` : null,
    counts['on-track'] ? `${countWords(counts['on-track'])} on track` : null,
    counts.behind ? `${countWords(counts.behind)} behind` : null,
  ].filter((c): c is string => c !== null);
  const met = `${capitalize(counts.met ? countWords(counts.met) : 'none')} of ${countWords(assessments.length)} announced goals in view ${counts.met > 1 ? 'were' : 'was'} met on the evidence in the sources`;
  return [`${met}${others.length ? `, ${listWords(others)}` : ''}`, counts.unknown ? `${countWords(counts.unknown)} cannot be judged` : null]
    .filter(Boolean)
    .join('; ');
}

/** Goal progress: how many goals in view were met, how many cannot be judged, and the best-supported progress figure. */
export function goalsTakeaway(index: DatasetIndex, assessments: readonly GoalAssessment[], rows: readonly ChartRow[], filter: ObservationFilter): Takeaway {
  if (assessments.length === 0) return takeaway(null, `${noGoalsReason(filter, index.dataset.goals)}.`, []);
  const summary = `${goalCounts(assessments)}.`;

  const candidates = assessments
    .map((a) => ({ a, point: rows.find((r) => r.key === a.goal.id)?.points.progress }))
    .filter((c): c is { a: GoalAssessment; point: PlotPoint } => c.point !== undefined && c.a.evidence !== null && c.a.target !== null);
  const best = [...candidates].sort((x, y) => strength(x.a) - strength(y.a))[0];
  if (!best?.a.target)
    return takeaway(goalsNote(filter), `${summary} ${assessments.length === 1 ? 'It has no figure' : 'None has a figure'} to compare with its target.`, []);
  const { a, point } = best;
  const target = best.a.target;
  // The chart's label without its "by H1 2015": the sentence names the figure's period itself.
  const progress = point.short.split(' by ')[0];
  // Progress is measured against a range target's low end (goals.ts).
  const of = `${target.upper !== undefined ? 'the low end of ' : ''}the ${describeTarget(index, a)} target for ${periodLabel(a.goal.deadline)}`;
  const figures = [point.observation, target];
  // Figure and target in one currency: the target's, in which the goal list states both.
  const figure = point.shown.currency && point.shown.currency !== target.currency ? describeEvidence(index, a) : figureText(point);
  const detail = sentence(index, [`best-supported figure: ${figure} ${whenOf(point)}, ${progress} of ${of}`], figures);
  return takeaway(goalsNote(filter), `${summary} ${detail}`, figures);
}
