import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Dataset, DatasetEvent, Observation } from '../../src/data/schema.ts';
import { COLLECTIONS } from '../../src/data/dataset-integrity.ts';
import { changeCount, diffDatasets, type CollectionDiff, type DatasetDiff, type FieldChange, type RecordChange } from '../../src/domain/dataset-diff.ts';
import { describeFigure, describeFigureChange, describeRecordChange, diffLabels } from '../../src/domain/dataset-diff-words.ts';
import { generateDataset } from '../../scripts/lib/generate-dataset.ts';
import { bundledDataset } from '../helpers/dataset.ts';

const older = bundledDataset();

/** True when nothing differs at all, the dataset's version and title included. */
function isEmptyDiff(diff: DatasetDiff): boolean {
  return diff.header.length === 0 && COLLECTIONS.every((c) => changeCount(diff[c]) === 0);
}

function find<T extends { id: string }>(list: readonly T[], id: string): T {
  const found = list.find((r) => r.id === id);
  if (!found) throw new Error(`no record ${id} in the bundled dataset`);
  return found;
}

/** A copy of the bundled dataset after `edit`. */
function edited(edit: (d: Dataset) => void): Dataset {
  const d = bundledDataset();
  edit(d);
  return d;
}

/** Every collection of the diff that has anything in it, with its counts. */
function nonEmpty(diff: DatasetDiff): Record<string, [number, number, number]> {
  const out: Record<string, [number, number, number]> = {};
  for (const c of COLLECTIONS) {
    const { added, removed, changed } = diff[c];
    if (added.length + removed.length + changed.length) out[c] = [added.length, removed.length, changed.length];
  }
  return out;
}

const NEW_EVENT: DatasetEvent = {
  id: 'test-event-2024',
  date: '2024-03',
  title: 'A planted event',
  category: 'launch',
  region: null,
  sourceId: 'results-2023-report',
};

describe('diffDatasets: planted edits', () => {
  const newer = edited((d) => {
    const figure = find(d.observations, 'shipments-2017q2-cnbc');
    figure.value = 23.2;
    figure.note = 'Revised in a later report.';
    d.observations = d.observations.filter((o) => o.id !== 'sold-2013');
    d.events.push(NEW_EVENT);
  });
  const diff = diffDatasets(older, newer);

  it('finds exactly the three edits and nothing else', () => {
    expect(nonEmpty(diff)).toEqual({ observations: [0, 1, 1], events: [1, 0, 0] });
    expect(diff.header).toEqual([]);
    expect(changeCount(diff.observations)).toBe(2);
    expect(isEmptyDiff(diff)).toBe(false);
  });

  it('lists each changed field with its old and new value, and keeps both records for their source ids', () => {
    const [change] = diff.observations.changed;
    expect(change?.id).toBe('shipments-2017q2-cnbc');
    expect(change?.fields).toEqual([
      { field: 'value', older: 23.16, newer: 23.2 },
      { field: 'note', older: 'Highest quarterly total Xiaomi had recorded.', newer: 'Revised in a later report.' },
    ]);
    expect(change?.older).toMatchObject({ sourceId: 'cnbc-2017-q2', metric: 'smartphone_shipments', period: '2017-Q2', kind: 'reported', value: 23.16 });
    expect(change?.newer).toMatchObject({ sourceId: 'cnbc-2017-q2', metric: 'smartphone_shipments', period: '2017-Q2', kind: 'reported', value: 23.2 });
  });

  it('gives a removed figure and an added event whole, with their source ids', () => {
    expect(diff.observations.removed).toEqual([find(older.observations, 'sold-2013')]);
    expect(diff.observations.removed[0]).toMatchObject({ sourceId: 'h1-2015-sales-report', metric: 'smartphones_sold', period: '2013', kind: 'reported' });
    expect(diff.events.added).toEqual([NEW_EVENT]);
  });
});

describe('diffDatasets: what counts as a change', () => {
  it('gives an empty diff for identical datasets, equal or the very same object', () => {
    expect(isEmptyDiff(diffDatasets(older, bundledDataset()))).toBe(true);
    expect(isEmptyDiff(diffDatasets(older, older))).toBe(true);
    const empty = { added: [], removed: [], changed: [] };
    expect(diffDatasets(older, bundledDataset())).toEqual({ header: [], ...Object.fromEntries(COLLECTIONS.map((c) => [c, empty])) });
  });

  it('reports a figure turned from reported into a target as a change of its kind', () => {
    const diff = diffDatasets(
      older,
      edited((d) => void (find(d.observations, 'countries-2017').kind = 'target')),
    );
    expect(diff.observations.changed).toHaveLength(1);
    expect(diff.observations.changed[0]?.fields).toEqual([{ field: 'kind', older: 'reported', newer: 'target' }]);
  });

  it('does not count reordered records as changes', () => {
    const newer = edited((d) => {
      for (const c of COLLECTIONS) d[c].reverse();
    });
    expect(isEmptyDiff(diffDatasets(older, newer))).toBe(true);
  });

  it("reports a metric's new description and unit, since they change what its figures mean", () => {
    const metric = find(older.metrics, 'smartphone_shipments');
    const diff = diffDatasets(
      older,
      edited((d) => {
        const m = find(d.metrics, 'smartphone_shipments');
        m.description = 'Phones sold to consumers in the period.';
        m.unit = 'billion';
      }),
    );
    expect(nonEmpty(diff)).toEqual({ metrics: [0, 0, 1] });
    expect(diff.metrics.changed[0]?.fields).toEqual([
      { field: 'description', older: metric.description, newer: 'Phones sold to consumers in the period.' },
      { field: 'unit', older: 'million', newer: 'billion' },
    ]);
  });

  it('reports a field present in one version and absent in the other, either way', () => {
    const diff = diffDatasets(
      older,
      edited((d) => {
        find(d.observations, 'sold-2014').upper = 62;
        delete find(d.observations, 'shipments-2017q2-cnbc').note;
      }),
    );
    expect(diff.observations.changed.map((c) => [c.id, c.fields])).toEqual([
      ['shipments-2017q2-cnbc', [{ field: 'note', older: 'Highest quarterly total Xiaomi had recorded.', newer: undefined }]],
      ['sold-2014', [{ field: 'upper', older: undefined, newer: 62 }]],
    ]);
  });

  it('compares nested objects and arrays deeply: a derivation, a goal’s targets and sources', () => {
    const derived = find(older.observations, 'shipments-2017q1-derived');
    const diff = diffDatasets(
      older,
      edited((d) => {
        const derivation = find(d.observations, 'shipments-2017q1-derived').derivation;
        derivation?.inputs.reverse();
        const goal = find(d.goals, 'sell-80-100m-2015');
        goal.targetObservationIds.push('target-revenue-2015-usd');
        goal.sourceIds = ['cnbc-2017-q2'];
      }),
    );
    expect(diff.observations.changed[0]?.fields).toEqual([
      { field: 'derivation', older: derived.derivation, newer: { ...derived.derivation, inputs: [...(derived.derivation?.inputs ?? [])].reverse() } },
    ]);
    expect(diff.goals.changed[0]?.fields.map((f) => f.field)).toEqual(['targetObservationIds', 'sourceIds']);
    expect(diff.goals.changed[0]?.older.sourceIds).toEqual(['h1-2015-sales-report']);
    expect(diff.goals.changed[0]?.newer.sourceIds).toEqual(['cnbc-2017-q2']);
  });

  it('reports sources and the dataset’s own version added, removed and changed', () => {
    const diff = diffDatasets(
      older,
      edited((d) => {
        d.version = '2027-01-01.1';
        find(d.sources, 'cnbc-2017-q2').url = 'https://www.cnbc.com/';
        d.sources = d.sources.filter((s) => s.id !== 'results-2023-report');
      }),
    );
    expect(diff.header).toEqual([{ field: 'version', older: older.version, newer: '2027-01-01.1' }]);
    expect(nonEmpty(diff)).toEqual({ sources: [0, 1, 1] });
    expect(diff.sources.changed[0]?.fields).toEqual([{ field: 'url', older: undefined, newer: 'https://www.cnbc.com/' }]);
  });

  it('orders added and changed records as the newer dataset does, removed ones as the older did', () => {
    const ids = older.observations.map((o) => o.id);
    const newer = edited((d) => {
      d.observations.reverse();
      for (const o of d.observations.slice(0, 3)) o.value += 1;
      d.observations = d.observations.slice(0, -3);
      d.observations.push({ ...d.observations[0]!, id: 'new-b' }, { ...d.observations[0]!, id: 'new-a' });
    });
    const diff = diffDatasets(older, newer);
    expect(diff.observations.changed.map((c) => c.id)).toEqual(ids.slice(-3).reverse());
    expect(diff.observations.removed.map((o) => o.id)).toEqual(ids.slice(0, 3));
    expect(diff.observations.added.map((o) => o.id)).toEqual(['new-b', 'new-a']);
  });

  it('does not crash on duplicate ids: the first record of each id wins', () => {
    const first = find(older.observations, 'sold-2014');
    const withDuplicate = edited((d) => d.observations.push({ ...first, value: 1 }));
    expect(isEmptyDiff(diffDatasets(older, withDuplicate))).toBe(true);
    expect(isEmptyDiff(diffDatasets(withDuplicate, older))).toBe(true);
    const dupFirst = edited((d) => d.observations.unshift({ ...first, value: 1 }));
    expect(diffDatasets(older, dupFirst).observations.changed.map((c) => c.fields)).toEqual([[{ field: 'value', older: 61, newer: 1 }]]);
  });
});

/** diff(a, b) read backwards: what diff(b, a) should be. */
function mirrored(diff: DatasetDiff): DatasetDiff {
  const fields = <T>(list: FieldChange<T>[]) => list.map((f) => ({ ...f, older: f.newer, newer: f.older }));
  const part = <T>(p: CollectionDiff<T>): CollectionDiff<T> => ({
    added: p.removed,
    removed: p.added,
    changed: p.changed.map((c: RecordChange<T>) => ({ id: c.id, older: c.newer, newer: c.older, fields: fields(c.fields) })),
  });
  return {
    header: fields(diff.header),
    sources: part(diff.sources),
    entities: part(diff.entities),
    regions: part(diff.regions),
    segments: part(diff.segments),
    metrics: part(diff.metrics),
    observations: part(diff.observations),
    goals: part(diff.goals),
    events: part(diff.events),
  };
}

const EDITABLE = ['observations', 'goals', 'events', 'metrics', 'sources'] as const;
type Editable = (typeof EDITABLE)[number];

/** A value surely different from `x`, of the same sort where it has one. */
function otherThan(x: unknown): unknown {
  if (typeof x === 'number') return x + 1;
  if (typeof x === 'string') return `${x}-edited`;
  if (typeof x === 'boolean') return !x;
  if (Array.isArray(x)) return [...x, 'edited'];
  if (x && typeof x === 'object') return { ...x, edited: true };
  return 'edited';
}

interface Edit {
  collection: Editable;
  at: number;
  field: number;
  removeField: boolean;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  collection: fc.constantFrom(...EDITABLE),
  at: fc.nat(),
  field: fc.nat(),
  removeField: fc.boolean(),
});

/** Applies one edit per distinct record; returns the ids edited, by collection, and the field each lost or changed. */
function applyEdits(d: Dataset, edits: readonly Edit[]): Record<Editable, Map<string, string>> {
  const done = Object.fromEntries(EDITABLE.map((c) => [c, new Map<string, string>()])) as Record<Editable, Map<string, string>>;
  for (const e of edits) {
    const list = d[e.collection] as unknown as Record<string, unknown>[];
    const record = list[e.at % list.length]!;
    const id = String(record.id);
    if (done[e.collection].has(id)) continue;
    const keys = Object.keys(record).filter((k) => k !== 'id');
    const field = keys[e.field % keys.length]!;
    if (e.removeField) delete record[field];
    else record[field] = otherThan(record[field]);
    done[e.collection].set(id, field);
  }
  return done;
}

describe('diffDatasets: properties', () => {
  it('reports exactly the records edited, each with exactly the field edited', () => {
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        let done!: Record<Editable, Map<string, string>>;
        const newer = edited((d) => void (done = applyEdits(d, edits)));
        const diff = diffDatasets(older, newer);
        for (const c of COLLECTIONS) {
          expect(diff[c].added).toEqual([]);
          expect(diff[c].removed).toEqual([]);
          const expected = (EDITABLE as readonly string[]).includes(c) ? done[c as Editable] : new Map<string, string>();
          const changed: readonly { id: string; fields: readonly { field: string }[] }[] = diff[c].changed;
          expect(new Map(changed.map((ch) => [ch.id, ch.fields.map((f) => f.field).join()]))).toEqual(expected);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reads the same backwards: diff(b, a) is diff(a, b) with added and removed, older and newer swapped', () => {
    const figures = older.observations.length;
    fc.assert(
      fc.property(fc.array(edit, { maxLength: 6 }), fc.uniqueArray(fc.nat(figures - 1), { maxLength: 5 }), fc.nat(4), (edits, removeAt, add) => {
        const newer = edited((d) => {
          applyEdits(d, edits);
          const gone = new Set(removeAt.map((i) => d.observations[i]?.id));
          d.observations = d.observations.filter((o) => !gone.has(o.id));
          for (let i = 0; i < add; i++) d.observations.push({ ...older.observations[i % figures]!, id: `added-${i}` });
        });
        expect(diffDatasets(newer, older)).toEqual(mirrored(diffDatasets(older, newer)));
      }),
      { numRuns: 200 },
    );
  });
});

describe('diffDatasets: scale', () => {
  it('compares the bundled dataset with itself plus 100,000 generated figures', () => {
    const generated = generateDataset({ rows: 100_000, base: older }).observations;
    const bigger: Dataset = { ...older, observations: [...older.observations, ...generated] };
    const diff = diffDatasets(older, bigger);
    expect(changeCount(diff.observations)).toBe(100_000);
    expect(diff.observations.added[0]?.id).toBe(generated[0]?.id);
    const retouched: Dataset = { ...bigger, observations: bigger.observations.map((o, i) => (i % 1000 === 0 ? { ...o, value: o.value + 1 } : o)) };
    expect(diffDatasets(bigger, retouched).observations.changed).toHaveLength(Math.ceil(bigger.observations.length / 1000));
  });
});

describe('dataset diff wording', () => {
  const labels = diffLabels(older, older);
  const change = (newer: Dataset, id: string) => {
    const found = diffDatasets(older, newer).observations.changed.find((c) => c.id === id);
    if (!found) throw new Error(`${id} did not change`);
    return found;
  };

  it('shows the value before and after, then what else changed', () => {
    const kind = change(
      edited((d) => void (find(d.observations, 'countries-2017').kind = 'target')),
      'countries-2017',
    );
    expect(describeFigureChange(kind, labels)).toBe('value 70 → 70 (kind reported → target)');
    const revised = change(
      edited((d) => {
        const o = find(d.observations, 'shipments-2017q2-cnbc');
        o.value = 23.2;
        o.note = 'Revised in a later report.';
        o.sourceId = 'q2-2017-shipments-report';
      }),
      'shipments-2017q2-cnbc',
    );
    expect(describeFigureChange(revised, labels)).toBe(
      'value 23.16 million → 23.2 million (source CNBC on Q2 2017 shipments → Q2 2017 shipments report; note changed)',
    );
  });

  it('names a figure by its labels and period, and a target as such', () => {
    const o: Observation = { ...find(older.observations, 'shipments-2017q2-cnbc'), kind: 'target' };
    expect(describeFigure(o, labels)).toBe('Smartphone shipments · Xiaomi · Global · Q2 2017 (target)');
  });

  it('words other records field by field, naming long text rather than quoting it', () => {
    const diff = diffDatasets(
      older,
      edited((d) => {
        const m = find(d.metrics, 'smartphone_shipments');
        m.description = 'Phones sold to consumers in the period, whoever sold them.';
        m.unit = 'billion';
      }),
    );
    expect(describeRecordChange(diff.metrics.changed[0]!)).toBe('description changed; unit million → billion');
  });
});
