/**
 * How a source is cited: publisher, headline and date, saying plainly when the article itself
 * did not print one of them rather than filling the gap with a guess.
 */
import type { Observation, Source } from '../data/schema.ts';
import { metricLabel, type DatasetIndex } from './dataset-index.ts';
import { comparePeriods, periodLabel } from '../data/period.ts';
import { countOf, countWords, formatNumber } from './format.ts';
import type { GoalAssessment } from './goals.ts';
import type { PlotPoint } from './plot.ts';

export function sourceDate(source: Source): string {
  const label = periodLabel(source.date);
  if (source.dateBasis === 'loaded') return `loaded ${label}`;
  return source.dateBasis === 'inferred' ? `${label} (date inferred)` : label;
}

export function sourcePublisher(source: Source): string {
  if (source.publisher) return source.publisher;
  return source.author ? `Publisher not named (author: ${source.author})` : 'Publisher not named';
}

/** A headline as cited: in quotes when the article prints it, else in brackets as our own description. */
export function citedHeadline(headline: string, ours: boolean): string {
  return ours ? `[untitled; our description: ${headline}]` : `“${headline}”`;
}

export function sourceHeadline(source: Source): string {
  return citedHeadline(source.headline, source.headlineBasis === 'descriptive');
}

/** One-line citation: "CNBC, “Flagging Chinese…”, Jul 2017 (date inferred)". */
export function citation(source: Source): string {
  return `${sourcePublisher(source)}, ${sourceHeadline(source)}, ${sourceDate(source)}`;
}

/** Short form for chart footers and table cells. */
export function shortCitation(source: Source): string {
  return `${source.shortTitle}, ${source.dateBasis === 'loaded' ? sourceDate(source) : periodLabel(source.date)}`;
}

/** Distinct sources behind a set of figures, in dataset order. */
export function sourcesOf(index: DatasetIndex, observations: readonly Observation[]): Source[] {
  const ids = new Set(observations.map((o) => o.sourceId));
  return index.dataset.sources.filter((s) => ids.has(s.id));
}

/**
 * Distinct sources behind plotted figures, in dataset order: a figure converted to another
 * currency brings the source that states its rate, as well as its own.
 */
export function pointSources(index: DatasetIndex, points: readonly PlotPoint[]): Source[] {
  const ids = new Set(points.flatMap((p) => (p.convertedWith ? [p.observation.sourceId, p.convertedWith.sourceId] : [p.observation.sourceId])));
  return index.dataset.sources.filter((s) => ids.has(s.id));
}

/** "CNBC on Q2 2017 shipments, Jul 2017; …": the sources of some figures, for a slide or image footer. */
export function sourceLine(index: DatasetIndex, observations: readonly Observation[]): string {
  // Empty when no figure is shown: an empty slide's takeaway names the sources of what it says.
  return sourcesOf(index, observations).map(shortCitation).join('; ');
}

export interface SourceContribution {
  metric: string;
  periods: string[];
}

/** What one source contributes: how many figures, grouped by what they measure, with their periods. */
export function sourceContributions(index: DatasetIndex, sourceId: string): { figures: number; metrics: SourceContribution[] } {
  const byMetric = new Map<string, Set<string>>();
  let figures = 0;
  for (const o of index.dataset.observations) {
    if (o.sourceId !== sourceId) continue;
    figures += 1;
    const label = metricLabel(index, o.metric);
    const what = o.kind === 'target' ? `${label} (target)` : o.kind === 'derived' ? `${label} (derived)` : label;
    byMetric.set(what, (byMetric.get(what) ?? new Set()).add(o.period));
  }
  return { figures, metrics: [...byMetric.entries()].map(([metric, periods]) => ({ metric, periods: [...periods].sort(comparePeriods).map(periodLabel) })) };
}

/** The years the dataset's figures cover ("2012–2023"), or null when it has none. */
export function figureSpan(index: DatasetIndex): string | null {
  const years = index.figureYears;
  if (!years) return null;
  return years.first === years.last ? String(years.first) : `${years.first}–${years.last}`;
}

/**
 * How many articles the figures cite, in words: "five published articles"; for data the reader loaded, whose sources are whatever the file
 * names, "one source named in the data you loaded".
 */
export function articleCount(index: DatasetIndex, loaded = false): string {
  const n = index.figureSources;
  return loaded ? `${countWords(n)} source${n === 1 ? '' : 's'} named in the data you loaded` : `${countWords(n)} published article${n === 1 ? '' : 's'}`;
}

/**
 * What a dataset's figures cover, in words, from the dataset itself: "2012–2023, from five
 * published articles"; null for a dataset without figures.
 */
export function coverageLine(index: DatasetIndex, loaded = false): string | null {
  const span = figureSpan(index);
  return span ? `${span}, from ${articleCount(index, loaded)}` : null;
}

/**
 * How many sources the dataset lists, and how many of them its figures cite when that is fewer
 * (a loaded file keeps the bundled list): "5 sources." or "6 sources, 1 of them cited by the figures."
 */
export function sourcesSummary(index: DatasetIndex): string {
  const n = index.dataset.sources.length;
  const listed = countOf(n, 'source');
  return index.figureSources < n ? `${listed}, ${formatNumber(index.figureSources, 0)} of them cited by the figures.` : `${listed}.`;
}

/** The articles behind the goals in view: each goal's own statement and the figure it is judged by. */
export function goalSources(index: DatasetIndex, goals: readonly GoalAssessment[]): Source[] {
  const ids = new Set(goals.flatMap((a) => [...a.goal.sourceIds, ...(a.evidence ? [a.evidence.sourceId] : [])]));
  return index.dataset.sources.filter((s) => ids.has(s.id));
}
