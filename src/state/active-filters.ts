/**
 * The page filters in words, one removable chip each. Pure: the chips component only draws
 * these and applies `clear` when a chip is removed.
 */
import type { FilterState, ViewState } from './view-state.ts';

export interface ActiveFilter {
  id: string;
  label: string;
  clear: Partial<ViewState>;
}

export interface FilterLabels {
  region: (id: string) => string;
  segment: (id: string) => string;
}

function list(ids: readonly string[], label: (id: string) => string): string {
  return ids.length ? ids.map(label).join(', ') : 'none';
}

export function activeFilters(s: FilterState, labels: FilterLabels): ActiveFilter[] {
  const chips: ActiveFilter[] = [];
  if (s.from !== null || s.to !== null) {
    const label =
      s.from !== null && s.to !== null
        ? s.from === s.to
          ? `Year: ${s.from}`
          : `Years: ${s.from}–${s.to}`
        : s.from !== null
          ? `From ${s.from}`
          : `Until ${s.to}`;
    chips.push({ id: 'years', label, clear: { from: null, to: null } });
  }
  if (s.currency !== 'RMB') chips.push({ id: 'currency', label: `Currency: ${s.currency}`, clear: { currency: 'RMB' } });
  if (s.regions !== null) chips.push({ id: 'regions', label: `Regions: ${list(s.regions, labels.region)}`, clear: { regions: null } });
  if (s.segments !== null) chips.push({ id: 'segments', label: `Segments: ${list(s.segments, labels.segment)}`, clear: { segments: null } });
  if (!s.derived) chips.push({ id: 'derived', label: 'Derived values hidden', clear: { derived: true } });
  return chips;
}
