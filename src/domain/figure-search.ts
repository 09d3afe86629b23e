/**
 * Searching the figures of the All figures list: a figure answers to what it measures, its
 * period, its value (as stated, "23.16", and as the list shows it, "RMB 271.0 bn", "No. 3"), its
 * kind (reported, derived, target…) and its source as the list names it, with its publisher.
 * Not the article's headline, which the list does not show: one headline's "revenue" made
 * "revenue" match every figure of that article, staff counts and tablet shipments among them.
 */
import { periodLabel } from '../data/period.ts';
import type { Observation } from '../data/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { formatObservation } from './format.ts';
import { describeWhat } from './provenance.ts';
import { shortCitation } from './sources.ts';

/** What a search matches in one figure, in lower case. */
function searchTextOf(index: DatasetIndex, o: Observation): string {
  const source = index.source.get(o.sourceId);
  const shown = formatObservation(o, index.metric.get(o.metric)?.countNoun);
  // Its publisher where one is printed; not our "Publisher not named", or "not" would match nearly every figure.
  const cited = source ? `${shortCitation(source)} ${source.publisher ?? ''}` : '';
  return searchable(`${describeWhat(index, o)} ${periodLabel(o.period)} ${o.value} ${shown} ${o.kind} ${cited}`);
}

/** Lower case, with a rank written one way: "No. 3", "No.3" and "no 3" are all "no.3", so "3" is not a word of it. */
function searchable(text: string): string {
  return text.toLowerCase().replace(/\bno\.?\s*(\d)/g, 'no.$1');
}

/**
 * A search over some figures, ignoring case: the ones whose text contains every word of the
 * query, in any order ("india 2017", "2017 India"); those that hold it as typed ("No. 3") come
 * first. A rank is one word however it is typed ("No.3", "no 3"). Every figure for an empty query. The texts are built on the first search, once, so a
 * list nobody searches costs nothing.
 */
export function figureSearch(index: DatasetIndex, figures: readonly Observation[]): (query: string) => readonly Observation[] {
  let texts: string[] | null = null;
  return (query) => {
    const q = searchable(query.trim());
    if (!q) return figures;
    texts ??= figures.map((o) => searchTextOf(index, o));
    const found = texts;
    // A rank is a whole number: "no.5" is not in "no.500".
    const words = q.split(/\s+/).map((w) => (/^no\.\d+$/.test(w) ? new RegExp(`${w.replace('.', '\\.')}(?!\\d)`) : w));
    const holds = (text: string, w: string | RegExp) => (typeof w === 'string' ? text.includes(w) : w.test(text));
    const hits = figures.map((_, i) => i).filter((i) => words.every((w) => holds(found[i]!, w)));
    const asTyped = hits.filter((i) => found[i]!.includes(q));
    const rest = hits.filter((i) => !found[i]!.includes(q));
    return [...asTyped, ...rest].map((i) => figures[i]!);
  };
}
