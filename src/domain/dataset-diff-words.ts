/**
 * Short words for the "What changed" dialog, kept apart from the diff itself so tests can assert
 * the structure and only a few pin the wording. Names come from either version, the newer first,
 * so a removed metric or source is still named rather than shown as a bare id.
 */
import type { Dataset, Observation } from '../data/schema.ts';
import { periodLabel } from '../data/period.ts';
import type { FieldChange, RecordChange } from './dataset-diff.ts';
import { formatNumber, formatValue } from './format.ts';

export interface DiffLabels {
  metric: ReadonlyMap<string, string>;
  /** A source's short title. */
  source: ReadonlyMap<string, string>;
  entity: ReadonlyMap<string, string>;
  region: ReadonlyMap<string, string>;
  segment: ReadonlyMap<string, string>;
}

function labelsOf<T extends { id: string }>(older: readonly T[], newer: readonly T[], label: (r: T) => string): Map<string, string> {
  const map = new Map<string, string>();
  for (const r of older) map.set(r.id, label(r));
  for (const r of newer) map.set(r.id, label(r));
  return map;
}

export function diffLabels(older: Dataset, newer: Dataset): DiffLabels {
  return {
    metric: labelsOf(older.metrics, newer.metrics, (m) => m.label),
    source: labelsOf(older.sources, newer.sources, (s) => s.shortTitle),
    entity: labelsOf(older.entities, newer.entities, (e) => e.label),
    region: labelsOf(older.regions, newer.regions, (r) => r.label),
    segment: labelsOf(older.segments, newer.segments, (s) => s.label),
  };
}

const NONE = 'none';

/** A short field value in a few words, numbers as the page writes them. */
function shortValue(value: unknown): string {
  if (value === undefined || value === null) return NONE;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((x) => typeof x === 'string')) return value.length ? value.join(', ') : NONE;
  return 'set';
}

/**
 * "field old → new"; long text and structures are only named ("note added", "note changed",
 * "derivation removed"), since the dialog has room for a line, not a paragraph. A field with its
 * own `show` (an id shown by its label, a period) is always written out.
 */
function describeField(field: string, older: unknown, newer: unknown, show?: (value: unknown) => string): string {
  const long = (x: unknown) => (typeof x === 'string' && x.length > 40) || (typeof x === 'object' && x !== null && !Array.isArray(x));
  if (!show && (long(older) || long(newer))) {
    if (older === undefined || older === null) return `${field} added`;
    if (newer === undefined || newer === null) return `${field} removed`;
    return `${field} changed`;
  }
  const words = show ?? shortValue;
  return `${field} ${words(older)} → ${words(newer)}`;
}

/** One line for any changed record (a goal, an event, a metric, a source): "description changed; unit million → billion". */
export function describeRecordChange<T>(change: RecordChange<T>): string {
  return change.fields.map((f: FieldChange<T>) => describeField(f.field, f.older, f.newer)).join('; ');
}

/** What a figure measures, where and when: "Smartphone shipments · Xiaomi · Global · Q2 2017 (target)". */
export function describeFigure(o: Observation, labels: DiffLabels): string {
  const parts = [labels.metric.get(o.metric) ?? o.metric, labels.entity.get(o.entity) ?? o.entity];
  if (o.segment !== undefined) parts.push(labels.segment.get(o.segment) ?? o.segment);
  parts.push(labels.region.get(o.region) ?? o.region, periodLabel(o.period));
  return `${parts.join(' · ')}${o.kind === 'reported' ? '' : ` (${o.kind})`}`;
}

/** Fields whose change shows in the formatted value itself. */
const SHOWN_IN_VALUE = new Set<string>(['value', 'upper', 'qualifier', 'decimals', 'unit', 'currency']);

/**
 * One changed figure: its value before and after, always, so the reader sees the figure, then
 * whatever else changed: "value 137 → 137 (kind reported → target)". A change to the value's
 * form (decimals, currency) that the formatted value does not show is listed on its own.
 */
export function describeFigureChange(change: RecordChange<Observation>, labels: DiffLabels): string {
  const before = formatValue(change.older);
  const after = formatValue(change.newer);
  const label = (map: ReadonlyMap<string, string>) => (id: unknown) => (typeof id === 'string' ? (map.get(id) ?? id) : NONE);
  const shows: Partial<Record<string, (value: unknown) => string>> = {
    metric: label(labels.metric),
    sourceId: label(labels.source),
    entity: label(labels.entity),
    region: label(labels.region),
    segment: label(labels.segment),
    period: (p) => (typeof p === 'string' ? periodLabel(p) : NONE),
  };
  const names: Partial<Record<string, string>> = { sourceId: 'source' };
  const rest = change.fields
    .filter((f) => !(SHOWN_IN_VALUE.has(f.field) && before !== after))
    .map((f) => describeField(names[f.field] ?? f.field, f.older, f.newer, shows[f.field]));
  return `value ${before} → ${after}${rest.length ? ` (${rest.join('; ')})` : ''}`;
}
