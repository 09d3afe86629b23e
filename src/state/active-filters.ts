/**
 * The page filters in words, one removable chip each. Pure: the chips component only draws
 * these and applies `clear` when a chip is removed.
 */
import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { FilterState, ViewState } from './view-state.ts';

export interface ActiveFilter {
  id: string;
  label: string;
  /** The same in fewer words, for a phone's summary: "USD", "3 regions". */
  short: string;
  clear: Partial<ViewState>;
}

/** The names the dataset gives its regions and segments (an unknown id stands for itself). */
export type FilterLabels = Pick<DatasetIndex, 'regionLabel' | 'segmentLabel'>;

function list(ids: readonly string[], labels: ReadonlyMap<string, string>): string {
  return ids.length ? ids.map((id) => labels.get(id) ?? id).join(', ') : 'none';
}

/** A choice of regions or segments: named up to two, counted beyond. */
function choice(noun: string, plural: string, ids: readonly string[], labels: ReadonlyMap<string, string>): Pick<ActiveFilter, 'label' | 'short'> {
  const label = `${noun}: ${list(ids, labels)}`;
  return { label, short: ids.length > 2 ? `${ids.length} ${plural}` : label };
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
    chips.push({ id: 'years', label, short: label, clear: { from: null, to: null } });
  }
  if (s.currency !== 'RMB') chips.push({ id: 'currency', label: `Currency: ${s.currency}`, short: s.currency, clear: { currency: 'RMB' } });
  if (s.regions !== null) chips.push({ id: 'regions', ...choice('Regions', 'regions', s.regions, labels.regionLabel), clear: { regions: null } });
  if (s.segments !== null) chips.push({ id: 'segments', ...choice('Segments', 'segments', s.segments, labels.segmentLabel), clear: { segments: null } });
  if (!s.derived) chips.push({ id: 'derived', label: 'Derived values hidden', short: 'Derived values hidden', clear: { derived: true } });
  if (!s.events) chips.push({ id: 'events', label: 'Events hidden', short: 'Events hidden', clear: { events: true } });
  return chips;
}

/** The chips in one line ("Years: 2015–2020 · Currency: USD"), or `none` when no filter is set. */
export function filtersLine(chips: readonly ActiveFilter[], none: string, words: 'label' | 'short' = 'label'): string {
  return chips.length ? chips.map((c) => c[words]).join(' · ') : none;
}
