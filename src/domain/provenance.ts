/**
 * Where a figure comes from, in words: what it measures, its kind, its source, and for a
 * derived value the formula with each input and that input's own source.
 */
import type { Kind, Observation } from '../data/schema.ts';
import { metricLabel, observationById, type DatasetIndex } from './dataset-index.ts';
import { describeDerivation } from '../data/derivation.ts';
import { formatObservation } from './format.ts';
import { periodLabel } from '../data/period.ts';
import { citation, shortCitation } from './sources.ts';

const KIND_LABELS: Record<Kind, string> = { reported: 'Reported', derived: 'Derived', target: 'Target', planned: 'Planned' };

export interface ProvenanceInput {
  what: string;
  period: string;
  text: string;
  source: string;
}

export interface Provenance {
  what: string;
  period: string;
  kind: string;
  source: string;
  citation: string;
  note?: string;
  formula?: string;
  inputs?: ProvenanceInput[];
}

/** "Smartphone vendor rank · India", "Revenue by segment · Internet services · Outside mainland China". */
export function describeWhat(index: DatasetIndex, o: Observation): string {
  const parts = [metricLabel(index, o.metric)];
  if (o.entity !== 'xiaomi') parts.push(index.entityLabel.get(o.entity) ?? o.entity);
  if (o.segment) parts.push(index.segmentLabel.get(o.segment) ?? o.segment);
  if (o.region !== 'global') parts.push(index.regionLabel.get(o.region) ?? o.region);
  return parts.join(' · ');
}

export function provenanceOf(index: DatasetIndex, o: Observation): Provenance {
  const source = index.source.get(o.sourceId);
  const result: Provenance = {
    what: describeWhat(index, o),
    period: periodLabel(o.period),
    kind: KIND_LABELS[o.kind],
    source: source ? shortCitation(source) : `unknown source ${o.sourceId}`,
    citation: source ? citation(source) : `unknown source ${o.sourceId}`,
    note: o.note,
  };
  if (o.derivation) {
    const inputs = o.derivation.inputs.map((id) => observationById(index, id)).filter((x): x is Observation => x !== undefined);
    const labels = inputs.map((i) => {
      const kind = i.kind === 'target' ? ' target' : '';
      const currency = i.currency ? ` in ${i.currency}` : '';
      return `${describeWhat(index, i)}${kind}${currency} (${periodLabel(i.period)})`;
    });
    result.formula = describeDerivation(o.derivation.op, labels);
    result.inputs = inputs.map((i) => {
      const s = index.source.get(i.sourceId);
      return {
        what: describeWhat(index, i),
        period: periodLabel(i.period),
        text: formatObservation(i, index.metric.get(i.metric)?.countNoun),
        source: s ? shortCitation(s) : i.sourceId,
      };
    });
  }
  return result;
}
