import type { Dataset, Observation } from '../../data/schema.ts';
import { periodLabel } from '../../data/period.ts';
import type { Collection } from '../../data/dataset-integrity.ts';
import { changeCount, diffDatasets, type CollectionDiff, type DatasetDiff, type RecordChange } from '../../domain/dataset-diff.ts';
import { describeFigure, describeFigureChange, describeRecordChange, diffLabels, type DiffLabels } from '../../domain/dataset-diff-words.ts';
import { countOf, formatValue } from '../../domain/format.ts';

/** Collections other than the figures, in the order the list shows them, with a name for one record. */
const OTHERS: { collection: Exclude<Collection, 'observations'>; title: string; name: (r: Record<string, unknown>) => string }[] = [
  { collection: 'goals', title: 'Goals', name: (r) => String(r.title) },
  { collection: 'events', title: 'Events', name: (r) => `${periodLabel(String(r.date))}: ${String(r.title)}` },
  { collection: 'metrics', title: 'What figures measure', name: (r) => String(r.label) },
  { collection: 'regions', title: 'Regions', name: (r) => String(r.label) },
  { collection: 'segments', title: 'Segments', name: (r) => String(r.label) },
  { collection: 'entities', title: 'Companies and markets', name: (r) => String(r.label) },
  { collection: 'sources', title: 'Sources', name: (r) => String(r.headline) },
];

/** How many records a diff touches: the figures, and everything else. */
export function diffCounts(diff: DatasetDiff): { figures: number; other: number } {
  return { figures: changeCount(diff.observations), other: OTHERS.reduce((n, o) => n + changeCount(diff[o.collection]), 0) };
}

function sourceOf(o: Record<string, unknown>, labels: DiffLabels): string {
  const ids = typeof o.sourceId === 'string' ? [o.sourceId] : Array.isArray(o.sourceIds) ? o.sourceIds.map(String) : [];
  return ids.map((id) => labels.source.get(id) ?? id).join('; ');
}

function FigureChange({ change, labels }: { change: RecordChange<Observation>; labels: DiffLabels }) {
  const noteChanged = change.fields.some((f) => f.field === 'note');
  return (
    <li>
      <strong>{describeFigure(change.newer, labels)}</strong>: {describeFigureChange(change, labels)}
      {noteChanged && change.newer.note ? <span className="what-changed__note">Note now: {change.newer.note}</span> : null}
      <span className="muted small"> Source: {sourceOf(change.newer, labels)}</span>
    </li>
  );
}

function Figure({ o, labels }: { o: Observation; labels: DiffLabels }) {
  return (
    <li>
      <strong>{describeFigure(o, labels)}</strong>: {formatValue(o)}
      <span className="muted small"> Source: {sourceOf(o, labels)}</span>
    </li>
  );
}

/** Every figure, goal, event and label one version added, removed or changed, each with its source. */
export function WhatChanged({ older, newer }: { older: Dataset; newer: Dataset }) {
  const diff = diffDatasets(older, newer);
  const labels = diffLabels(older, newer);
  const figures = diff.observations;
  return (
    <div className="what-changed">
      {changeCount(figures) ? (
        <section aria-labelledby="what-changed-figures">
          <h3 id="what-changed-figures">Figures ({countOf(changeCount(figures), 'change')})</h3>
          <ul>
            {figures.changed.map((c) => (
              <FigureChange key={`c-${c.id}`} change={c} labels={labels} />
            ))}
            {figures.added.map((o) => (
              <Figure key={`a-${o.id}`} o={o} labels={labels} />
            ))}
            {figures.removed.map((o) => (
              <Figure key={`r-${o.id}`} o={o} labels={labels} />
            ))}
          </ul>
        </section>
      ) : null}
      {OTHERS.map(({ collection, title, name }) => {
        // One list for every kind of record: only names and field changes are read.
        const d = diff[collection] as unknown as CollectionDiff<Record<string, unknown> & { id: string }>;
        if (!changeCount(d)) return null;
        return (
          <section key={collection} aria-labelledby={`what-changed-${collection}`}>
            <h3 id={`what-changed-${collection}`}>{title}</h3>
            <ul>
              {d.changed.map((c) => (
                <li key={`c-${c.id}`}>
                  <strong>{name(c.newer)}</strong>: {describeRecordChange(c)}
                  {c.fields.some((f) => f.field === 'note') && typeof c.newer.note === 'string' ? (
                    <span className="what-changed__note">Note now: {c.newer.note}</span>
                  ) : null}
                  {sourceOf(c.newer, labels) ? <span className="muted small"> Source: {sourceOf(c.newer, labels)}</span> : null}
                </li>
              ))}
              {d.added.map((r) => (
                <li key={`a-${r.id}`}>
                  <strong>{name(r)}</strong>: added
                </li>
              ))}
              {d.removed.map((r) => (
                <li key={`r-${r.id}`}>
                  <strong>{name(r)}</strong>: removed
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
