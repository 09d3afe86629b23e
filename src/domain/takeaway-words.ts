/**
 * The shared grammar of chart takeaways: a figure is written exactly as its chart labels it
 * (with its hedge, and "derived" or "converted" beside it), counts are words so that every digit
 * in a takeaway is a figure or a period, and the sources of the figures close the line.
 */
import type { Observation } from '../data/schema.ts';
import { comparePeriods, GRANULARITY_LABELS, periodLabel, type Granularity } from '../data/period.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { narrowsRegions, type ObservationFilter } from './filters.ts';
import { capitalize, countWords, formatValue } from './format.ts';
import type { GapRun, PlotPoint } from './plot.ts';
import { shortCitation, sourcesOf } from './sources.ts';

/** What a takeaway says, and the figures it states (so it can be checked against the chart). */
export interface Takeaway {
  /** One plain sentence, or two short ones. */
  text: string;
  /** Exactly the observations whose numbers the text states, in the order it states them. */
  figures: Observation[];
}

/** "a", "a and b", "a, b and c" ("a, b or c" with `or`); null items are left out. */
export function listWords(items: readonly (string | null)[], conjunction: 'and' | 'or' = 'and'): string {
  const words = items.filter((w): w is string => w !== null);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/**
 * A figure as its chart labels it, without the unit's noun: "about 145.6 million", "RMB 3.3 bn
 * (derived)", "about USD 39.8 bn (converted)" (at a rate a source states; the panel names it).
 */
export function figureText(p: PlotPoint): string {
  const marks = [p.observation.kind === 'derived' ? 'derived' : null, p.convertedWith ? 'converted' : null].filter(Boolean);
  return `${formatValue(p.shown)}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

/** "in 2023", "in Q2 2017". */
export function whenOf(p: PlotPoint): string {
  return `in ${periodLabel(p.observation.period)}`;
}

export function byPeriod(points: readonly PlotPoint[]): PlotPoint[] {
  return [...points].sort((a, b) => comparePeriods(a.observation.period, b.observation.period));
}

/** The selected years as a phrase ("in 2016", "in 2016–2019", "from 2016 on"); null when no range is set. */
function yearsPhrase(filter: Pick<ObservationFilter, 'from' | 'to'>): string | null {
  const { from, to } = filter;
  if (from !== null && to !== null) return from === to ? `in ${from}` : `in ${from}–${to}`;
  if (from !== null) return `from ${from} on`;
  if (to !== null) return `up to ${to}`;
  return null;
}

/** How a clause refers back to the selected years: "that year", "those years"; null when no range is set. */
export function yearsRef(filter: Pick<ObservationFilter, 'from' | 'to'>): string | null {
  if (filter.from === null && filter.to === null) return null;
  return filter.from !== null && filter.from === filter.to ? 'that year' : 'those years';
}

/** Whether a point is a target (drawn apart, and never stated as something that happened). */
export const isTarget = (p: PlotPoint) => p.observation.kind === 'target';

/** "No annual revenue figures in 2016: <reason>." */
export function emptyLine(what: string, filter: ObservationFilter, reason: string | null): string {
  const years = yearsPhrase(filter);
  const ref = yearsRef(filter);
  return `No ${what}${years ? ` ${years}` : ''}: ${reason ?? `the sources give none${ref ? ` for ${ref}` : ''}`}.`;
}

/** "between Q2 2017 and Q4 2017", "for H1 2015": the periods a set of figures spans (at least one). */
function spanOf(points: readonly [PlotPoint, ...PlotPoint[]]): string {
  const sorted = byPeriod(points);
  const [first, last] = [sorted[0], sorted.at(-1)].map((p) => (p ? periodLabel(p.observation.period) : ''));
  return first === last ? `for ${first}` : `between ${first} and ${last}`;
}

/**
 * Why a chart at one granularity is empty when others have figures, and where those are:
 * "the sources give quarterly ranks between Q2 2017 and Q4 2017 instead"; null when none has.
 */
export function elsewhereReason(noun: string, others: readonly { granularity: Granularity; points: readonly PlotPoint[] }[]): string | null {
  const items = others.flatMap(({ granularity, points }) => {
    const [first, ...rest] = points;
    return first ? [`${granularityWord(granularity)} ${noun} ${spanOf([first, ...rest])}`] : [];
  });
  return items.length ? `the sources give ${listWords(items)} instead` : null;
}

/** The reason a chart is empty when hiding derived figures emptied it. */
export const DERIVED_HIDDEN = 'the only ones are derived, and derived figures are hidden';

/** "annual", "half-year", "quarterly". */
export function granularityWord(g: Granularity): string {
  return GRANULARITY_LABELS[g].toLowerCase();
}

/** " (source: …)" or " (sources: …; …)", naming the articles behind the figures stated. */
function sourcesClause(index: DatasetIndex, figures: readonly Observation[]): string {
  const sources = sourcesOf(index, figures);
  if (sources.length === 0) return '';
  return ` (${sources.length === 1 ? 'source' : 'sources'}: ${sources.map(shortCitation).join('; ')})`;
}

export type Movement = 'rose' | 'fell' | null;

/** Relative slack of an "about" figure: a change smaller than this is not called a rise or a fall. */
const APPROX_SLACK = 0.05;

/** The values a figure may stand for, given its range and its hedge. */
function bounds(p: PlotPoint): [number, number] {
  const low = p.value;
  const high = p.upper ?? p.value;
  switch (p.shown.qualifier) {
    case 'moreThan':
      return [low, Infinity];
    case 'nearly':
      return [-Infinity, high];
    case 'approx':
      return [low - Math.abs(low) * APPROX_SLACK, high + Math.abs(high) * APPROX_SLACK];
    default:
      return [low, high];
  }
}

/** Whether a figure certainly rose or fell from `a` to `b`; null when the hedges leave it open. */
export function movement(a: PlotPoint, b: PlotPoint): Movement {
  const [aLow, aHigh] = bounds(a);
  const [bLow, bHigh] = bounds(b);
  if (bLow > aHigh) return 'rose';
  if (bHigh < aLow) return 'fell';
  return null;
}

/**
 * One measure over time: "Revenue rose from X in 2017 to Y in 2023" when the change is certain,
 * "Revenue: X in 2017 and Y in 2023" when the hedges leave it open, "Revenue: X in 2023" alone.
 */
export function seriesPhrase(label: string, points: readonly PlotPoint[]): { text: string; stated: PlotPoint[] } {
  const sorted = byPeriod(points);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last) return { text: '', stated: [] };
  if (first === last) return { text: `${label}: ${figureText(last)} ${whenOf(last)}`, stated: [last] };
  const moved = movement(first, last);
  const text = moved
    ? `${label} ${moved} from ${figureText(first)} ${whenOf(first)} to ${figureText(last)} ${whenOf(last)}`
    : `${label}: ${figureText(first)} ${whenOf(first)} and ${figureText(last)} ${whenOf(last)}`;
  return { text, stated: [first, last] };
}

/**
 * "the sources give no annual figures for 2015–2022", or null without gaps. The chart's
 * granularity is named: the sources may well give a half-year or quarter inside the gap.
 */
export function gapsPhrase(gaps: readonly GapRun[], granularity: Granularity, noun = 'figures'): string | null {
  return gaps.length ? `the sources give no ${granularityWord(granularity)} ${noun} for ${listWords(gaps.map((g) => g.text))}` : null;
}

/** The note under a chart with gaps: "No annual figure in the sources for 2015–2022.", or null. */
export function gapsNote(gaps: readonly GapRun[], granularity: Granularity, noun = 'figure'): string | null {
  return gaps.length ? `No ${granularityWord(granularity)} ${noun} in the sources for ${gaps.map((g) => g.text).join(', ')}.` : null;
}

/** "target: 100 million shipped for 2018" / "targets: … and …". */
export function targetsPhrase(targets: readonly PlotPoint[], describe: (p: PlotPoint) => string): string | null {
  if (targets.length === 0) return null;
  return `${targets.length === 1 ? 'target' : 'targets'}: ${targetsList(targets, describe)}`;
}

/** "80–100 million sold for 2015 and 100 million shipped for 2018": each target with the period it is for. */
export function targetsList(targets: readonly PlotPoint[], describe: (p: PlotPoint) => string): string {
  return listWords(byPeriod(targets).map((p) => `${describe(p)} for ${periodLabel(p.observation.period)}`));
}

/**
 * The sentence after an empty chart's reason that names the worldwide targets it cannot draw,
 * having no figure to set them against. Goal tracking holds the goals behind them unless a
 * region filter leaves them out there.
 */
export function unchartedTargetsLine(
  index: DatasetIndex,
  filter: ObservationFilter,
  targets: readonly PlotPoint[],
  describe: (p: PlotPoint) => string,
): string {
  const which = `${targets.length === 1 ? 'target' : 'targets'} of ${targetsList(targets, describe)}`;
  const inGoals = filter.regions === null || filter.regions.includes('global');
  return sentence(
    index,
    [inGoals ? `Goal tracking sets the ${which} against what happened` : `the ${which} ${targets.length === 1 ? 'was' : 'were'} set`],
    figuresOf(targets),
  );
}

/**
 * What the region and segment filters cannot do to a chart, so a filter never seems to narrow
 * figures it leaves untouched: a chart of worldwide totals passes the filter as set, a chart
 * the region filter does narrow passes it without regions. null when neither applies.
 */
export function scopeNote(filter: ObservationFilter, what: string, segmentsIgnored: boolean): string | null {
  const byRegion = narrowsRegions(filter);
  const bySegment = segmentsIgnored && filter.segments !== null;
  if (byRegion) return `Worldwide ${what}; the sources give none by region${bySegment ? ', and the segment filter does not narrow them' : ''}.`;
  if (bySegment) return `${capitalize(what)}; the segment filter does not narrow them.`;
  return null;
}

/** "the world market", "Mainland China". */
export function marketNoun(index: DatasetIndex, region: string): string {
  return region === 'global' ? 'the world market' : (index.regionLabel.get(region) ?? region);
}

/** " for Mainland China and India" for the region filter; '' when none is set. */
export function marketsPhrase(index: DatasetIndex, filter: Pick<ObservationFilter, 'regions'>): string {
  const names = (filter.regions ?? []).map((r) => marketNoun(index, r));
  return names.length ? ` for ${listWords(names)}` : '';
}

/**
 * What a panel's list of other figures (growth rates, counts) says when the filters leave none
 * of it, so the list never vanishes without a word: "None for India: nine are for other markets
 * or worldwide." `countUnder` asks the panel's own data function how many figures the list
 * would hold under another filter. A filter the list does not depend on (segments, for the
 * shipment and regional lists) is never named. null when the list has figures, or when no
 * filter is to blame.
 */
export function emptyFactsNote(index: DatasetIndex, filter: ObservationFilter, shown: number, countUnder: (f: ObservationFilter) => number): string | null {
  if (shown > 0) return null;
  const any: ObservationFilter = { from: null, to: null, regions: null, segments: null, derived: true };
  const dependsOn = (key: 'regions' | 'segments') => countUnder({ ...any, [key]: [] }) < countUnder(any);
  const f: ObservationFilter = {
    ...filter,
    regions: dependsOn('regions') ? filter.regions : null,
    segments: dependsOn('segments') ? filter.segments : null,
  };
  if (f.regions?.length === 0) return 'None: no market is selected.';
  if (f.segments?.length === 0) return 'None: no segment is selected.';
  const ref = yearsRef(f);
  const inYears = ref ? ` in ${ref}` : '';
  const loosened = [
    f.regions !== null ? { f: { ...f, regions: null }, where: `for other markets${f.regions.includes('global') ? '' : ' or worldwide'}${inYears}` } : null,
    f.segments !== null ? { f: { ...f, segments: null }, where: `for other segments${inYears}` } : null,
    ref ? { f: { ...f, from: null, to: null }, where: 'in other years' } : null,
    ref && (f.regions !== null || f.segments !== null)
      ? {
          f: { ...f, regions: null, segments: null, from: null, to: null },
          where: `in other ${listWords(['years', f.regions !== null ? 'markets' : null, f.segments !== null ? 'segments' : null], 'or')}`,
        }
      : null,
  ];
  let reason: string | null = !f.derived && countUnder({ ...f, derived: true }) > 0 ? DERIVED_HIDDEN : null;
  for (const option of reason === null ? loosened : []) {
    const n = option ? countUnder(option.f) : 0;
    if (option && n > 0) {
      reason = `${countWords(n)} ${n === 1 ? 'is' : 'are'} ${option.where}`;
      break;
    }
  }
  if (reason === null) return null;
  const segments = (f.segments ?? []).map((id) => index.segmentLabel.get(id) ?? id);
  const years = yearsPhrase(f);
  const scope = [
    marketsPhrase(index, f),
    segments.length ? ` in the ${listWords(segments)} ${segments.length === 1 ? 'segment' : 'segments'}` : '',
    years ? ` ${years}` : '',
  ];
  return `None${scope.join('')}: ${reason}.`;
}

/** Joins clauses into one sentence, ending with the sources of the figures it states. */
export function sentence(index: DatasetIndex, clauses: readonly (string | null)[], figures: readonly Observation[]): string {
  const body = clauses.filter((c): c is string => Boolean(c)).join('; ');
  return `${capitalize(body)}${sourcesClause(index, figures)}.`;
}

/** The observations behind some plotted points, each once, in order. */
export function figuresOf(points: readonly PlotPoint[]): Observation[] {
  return [...new Set(points.map((p) => p.observation))];
}

/** The takeaway text with an optional scope note in front. */
export function takeaway(note: string | null, text: string, figures: readonly Observation[]): Takeaway {
  return { text: note ? `${note} ${text}` : text, figures: [...new Set(figures)] };
}
