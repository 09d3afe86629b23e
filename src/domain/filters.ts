/**
 * The page-wide filters as the domain sees them. Each panel passes only the dimensions that
 * concern it, so changing a filter can never silently reshape an unrelated panel.
 */
import type { Observation } from '../data/schema.ts';
import { overlapsYears } from './period.ts';

export interface ObservationFilter {
  from: number | null;
  to: number | null;
  /** null = every region (untouched); [] = the user cleared them all. */
  regions: readonly string[] | null;
  segments: readonly string[] | null;
  derived: boolean;
}

export const NO_FILTER: ObservationFilter = { from: null, to: null, regions: null, segments: null, derived: true };

export function inYearRange(periodKey: string, f: Pick<ObservationFilter, 'from' | 'to'>): boolean {
  // No range set: every period is in it, and there is nothing to parse.
  return (f.from === null && f.to === null) || overlapsYears(periodKey, f.from, f.to);
}

export function matchesFilter(o: Observation, f: ObservationFilter): boolean {
  if (!f.derived && o.kind === 'derived') return false;
  if (f.regions && !f.regions.includes(o.region)) return false;
  if (f.segments && o.segment !== undefined && !f.segments.includes(o.segment)) return false;
  return inYearRange(o.period, f);
}

export function filterObservations(list: readonly Observation[], f: ObservationFilter): Observation[] {
  return list.filter((o) => matchesFilter(o, f));
}
