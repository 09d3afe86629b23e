/**
 * What differs between two versions of the dataset, record by record and field by field, so a
 * reader can see every figure, goal, event, metric or source a new version added, removed or
 * changed, and check each against its source. Structure only; dataset-diff-words.ts words it.
 */
import type { Collection } from '../data/dataset-integrity.ts';
import type { Dataset } from '../data/schema.ts';

export type RecordOf<C extends Collection> = Dataset[C][number];
/** The dataset's own fields: schemaVersion, version, title. */
export type DatasetHeader = Omit<Dataset, Collection>;
/** The fields a record can change; its id is what pairs the two versions, so it never changes. */
export type FieldOf<T> = Exclude<keyof T, 'id'> & string;

/** One field's two values; undefined where the field is absent from that version. */
export type FieldChange<T> = { [K in FieldOf<T>]: { field: K; older: T[K] | undefined; newer: T[K] | undefined } }[FieldOf<T>];

/** A record in both versions that differs; both records are kept, so the old and the new source id are at hand. */
export interface RecordChange<T> {
  id: string;
  older: T;
  newer: T;
  fields: FieldChange<T>[];
}

export interface CollectionDiff<T> {
  /** In the newer dataset's order. */
  added: T[];
  /** In the older dataset's order. */
  removed: T[];
  /** In the newer dataset's order. */
  changed: RecordChange<T>[];
}

export type DatasetDiff = { header: FieldChange<DatasetHeader>[] } & { [C in Collection]: CollectionDiff<RecordOf<C>> };

/**
 * Every field of every record, in the order a change lists them. A Record type, so the compiler
 * refuses a list that misses a schema field (or names one the schema lacks): nothing can differ
 * unseen. The schema's objects are strict, so a valid dataset has no other fields.
 */
type FieldList<T> = Record<FieldOf<T>, true>;
const FIELDS: { [C in Collection]: FieldList<RecordOf<C>> } & { header: FieldList<DatasetHeader> } = {
  header: { schemaVersion: true, version: true, title: true },
  sources: {
    publisher: true,
    author: true,
    headline: true,
    shortTitle: true,
    headlineBasis: true,
    date: true,
    dateBasis: true,
    dateNote: true,
    seedFile: true,
    summary: true,
    url: true,
  },
  entities: { label: true, type: true },
  regions: { label: true },
  segments: { label: true },
  metrics: { label: true, description: true, unit: true, countNoun: true, panel: true, aggregation: true, money: true, growthOf: true, comparison: true },
  observations: {
    metric: true,
    entity: true,
    region: true,
    segment: true,
    period: true,
    value: true,
    upper: true,
    qualifier: true,
    decimals: true,
    unit: true,
    currency: true,
    kind: true,
    sourceId: true,
    note: true,
    derivation: true,
  },
  goals: {
    title: true,
    shortTitle: true,
    setBy: true,
    statedIn: true,
    statedNote: true,
    deadline: true,
    deadlineNote: true,
    metric: true,
    entity: true,
    region: true,
    direction: true,
    targetObservationIds: true,
    sourceIds: true,
  },
  events: { date: true, title: true, category: true, region: true, sourceId: true, status: true, note: true },
};

/**
 * Deep equality for JSON values. A key whose value is undefined counts as absent, as it would
 * after a trip through JSON. Array order counts (a derivation's inputs are ordered).
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  for (const key in x) if (Object.hasOwn(x, key) && !sameValue(x[key], y[key])) return false;
  for (const key in y) if (Object.hasOwn(y, key) && x[key] === undefined && y[key] !== undefined) return false;
  return true;
}

function fieldChanges<T extends object>(older: T, newer: T, fields: FieldList<T>): FieldChange<T>[] {
  const changes: FieldChange<T>[] = [];
  for (const field of Object.keys(fields) as FieldOf<T>[]) {
    if (!sameValue(older[field], newer[field])) changes.push({ field, older: older[field], newer: newer[field] } as FieldChange<T>);
  }
  return changes;
}

/** Pairs records by id through a Map (linear, for 100,000 figures); with duplicate ids, the first of each wins. */
function diffRecords<T extends { id: string }>(older: readonly T[], newer: readonly T[], fields: FieldList<T>): CollectionDiff<T> {
  const before = new Map<string, T>();
  for (const r of older) if (!before.has(r.id)) before.set(r.id, r);
  const after = new Map<string, T>();
  const added: T[] = [];
  const changed: RecordChange<T>[] = [];
  for (const r of newer) {
    if (after.has(r.id)) continue;
    after.set(r.id, r);
    const old = before.get(r.id);
    if (old === undefined) added.push(r);
    else if (old !== r) {
      const changes = fieldChanges(old, r, fields);
      if (changes.length) changed.push({ id: r.id, older: old, newer: r, fields: changes });
    }
  }
  const removed = [...before.values()].filter((r) => !after.has(r.id));
  return { added, removed, changed };
}

/** Everything that differs from `older` to `newer`; identical datasets give an empty diff. */
export function diffDatasets(older: Dataset, newer: Dataset): DatasetDiff {
  return {
    header: fieldChanges<DatasetHeader>(older, newer, FIELDS.header),
    sources: diffRecords(older.sources, newer.sources, FIELDS.sources),
    entities: diffRecords(older.entities, newer.entities, FIELDS.entities),
    regions: diffRecords(older.regions, newer.regions, FIELDS.regions),
    segments: diffRecords(older.segments, newer.segments, FIELDS.segments),
    metrics: diffRecords(older.metrics, newer.metrics, FIELDS.metrics),
    observations: diffRecords(older.observations, newer.observations, FIELDS.observations),
    goals: diffRecords(older.goals, newer.goals, FIELDS.goals),
    events: diffRecords(older.events, newer.events, FIELDS.events),
  };
}

/** How many records of one collection were added, removed or changed. */
export function changeCount(part: { added: readonly unknown[]; removed: readonly unknown[]; changed: readonly unknown[] }): number {
  return part.added.length + part.removed.length + part.changed.length;
}
