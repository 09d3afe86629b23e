/**
 * Whether two sources agree on the same figure, allowing for the rounding each printed and
 * for "more than" and "nearly". Small on purpose: every plotted point uses it.
 */
import type { Observation } from '../data/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { displayDecimals, formatObservation, joinSome } from './format.ts';
import { shortCitation } from './sources.ts';

/** Half a unit in the last printed place: how far a rounded figure may be from the truth. */
export function tolerance(o: Observation): number {
  return 0.5 * 10 ** -displayDecimals(o);
}

/** The interval a printed figure stands for, honouring "more than" and "nearly". */
export function bounds(o: Observation): [number, number] {
  const t = tolerance(o);
  const low = o.value - t;
  const high = (o.upper ?? o.value) + t;
  if (o.qualifier === 'moreThan') return [o.value, Infinity];
  if (o.qualifier === 'nearly') return [-Infinity, high];
  if (o.qualifier === 'approx') return [low - Math.abs(o.value) * 0.05, high + Math.abs(o.value) * 0.05];
  return [low, high];
}

export function overlap(a: [number, number], b: [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

export function sourceName(index: DatasetIndex, o: Observation): string {
  const s = index.source.get(o.sourceId);
  return s ? shortCitation(s) : o.sourceId;
}

/** What a source says of a figure: "gives 61 million", or "states a target of 100 million" (a target or a plan is not a figure that happened). */
export function statesWords(o: Observation, text: string): string {
  if (o.kind === 'target') return `states a target of ${text}`;
  return o.kind === 'planned' ? `states a plan of ${text}` : `gives ${text}`;
}

export interface Agreement {
  outcome: 'agrees' | 'differs';
  text: string;
}

/** Whether other sources' figures for the same thing agree with this one (within rounding). */
export function agreementOf(index: DatasetIndex, primary: Observation, alternates: readonly Observation[]): Agreement | null {
  const comparable = alternates.filter((a) => a.unit === primary.unit && a.currency === primary.currency);
  if (comparable.length === 0) return null;
  const differing = comparable.filter((a) => !overlap(bounds(a), bounds(primary)));
  // A target is named as one: a source that states a target does not report a figure.
  const stated = (a: Observation) => `${sourceName(index, a)} (${a.kind === 'target' ? 'target ' : ''}${formatObservation(a)})`;
  const names = joinSome(comparable.map(stated));
  return differing.length === 0
    ? { outcome: 'agrees', text: `Agrees with ${names}.` }
    : { outcome: 'differs', text: `Differs from ${joinSome(differing.map(stated))}.` };
}

/** What a figure is about, currency included: an amount and its conversion are not "the same figure". */
