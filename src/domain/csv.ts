/**
 * CSV for the figures a panel shows: RFC 4180 quoting (commas, quotes, line breaks) and a guard
 * against spreadsheet formula injection, since cells hold text that came from a data file.
 */
import { observationById, type DatasetIndex } from './dataset-index.ts';
import { describeAssessment, describeEvidence } from './goal-words.ts';
import type { GoalAssessment } from './goals.ts';
import { GOAL_STATUS_LABELS } from './goals.ts';
import { periodLabel } from '../data/period.ts';
import { derivationText } from '../data/derivation.ts';
import { noteAsShown, toPlotPoint, type PlotPoint } from './plot.ts';
import { displayDecimals } from './format.ts';
import { DESCRIPTIVE_COLUMNS, EXPORT_COLUMNS, VIEW_COLUMN } from '../data/csv-columns.ts';

export type CsvValue = string | number | null | undefined;

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvValue[])[];
}

/** Text that a spreadsheet would run as a formula gets a leading apostrophe. */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = defuse(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The table with a last column naming the view it was downloaded from, so the file leads back to it. */
export function withView(table: CsvTable, url: string): CsvTable {
  return { header: [...table.header, VIEW_COLUMN], rows: table.rows.map((row) => [...row, url]) };
}

export function toCsv(table: CsvTable): string {
  return [table.header, ...table.rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A value at the precision it is shown with: 23.121000000000002 is written 23.1. */
function rounded(value: number | undefined, decimals: number): number | undefined {
  return value === undefined ? undefined : Number(value.toFixed(decimals));
}

/**
 * One row per figure, as shown: the columns Load data reads (EXPORT_COLUMNS, with the period in
 * the dataset's own form and the source's id), then columns that describe the row for a reader
 * (its label, series, source title, formula, conversion), which loading ignores. Converted
 * values carry the rate used and the precision of the figure they came from.
 */
export function pointsTable(points: readonly PlotPoint[], seriesOf: (p: PlotPoint) => string, inputsFrom?: DatasetIndex): CsvTable {
  const inputs = inputsFrom ? derivationInputs(inputsFrom, points) : [];
  return {
    header: [...EXPORT_COLUMNS, ...DESCRIPTIVE_COLUMNS],
    rows: [...points, ...inputs].map((p, i) => {
      const o = p.observation;
      const decimals = displayDecimals(p.shown);
      return [
        o.id,
        o.metric,
        o.entity,
        o.region,
        o.segment,
        o.period,
        rounded(p.value, decimals),
        rounded(p.upper, decimals),
        p.shown.qualifier,
        decimals,
        p.shown.unit,
        p.shown.currency,
        o.kind,
        o.derivation ? derivationText(o.derivation) : undefined,
        o.sourceId,
        noteAsShown(p),
        periodLabel(o.period),
        i < points.length ? seriesOf(p) : INPUT_SERIES,
        p.provenance.what,
        p.provenance.citation,
        p.provenance.formula,
        p.convertedWith ? `converted at ${p.convertedWith.usdPerRmb} USD per RMB (${p.convertedWith.period})` : undefined,
      ];
    }),
  };
}

/** The series of a row a download adds because a derived row is worked out from it. */
export const INPUT_SERIES = 'Not drawn: input of a derived figure';

/**
 * The figures the derived points are worked out from, and theirs in turn, that the points do not
 * include, each as its source states it (never converted). A panel's download lists them after
 * its own rows, so it loads back whole: a half-year Shipments view derives annual growth from
 * annual sales it does not show, Revenue's exchange rate from targets the RMB view does not list.
 */
export function derivationInputs(index: DatasetIndex, points: readonly PlotPoint[]): PlotPoint[] {
  const listed = new Set(points.map((p) => p.observation.id));
  const pending = points.flatMap((p) => p.observation.derivation?.inputs ?? []);
  const inputs: PlotPoint[] = [];
  for (let id = pending.shift(); id !== undefined; id = pending.shift()) {
    if (listed.has(id)) continue;
    listed.add(id);
    const o = observationById(index, id);
    const point = o && toPlotPoint(index, o, { currency: o.currency ?? 'RMB', rates: [] });
    if (!o || !point) continue;
    inputs.push(point);
    pending.push(...(o.derivation?.inputs ?? []));
  }
  return inputs;
}

/** One row per goal: its target as the value, and the verdict with its explanation. */
export function goalsTable(index: DatasetIndex, assessments: readonly GoalAssessment[], sourceOf: (id: string) => string): CsvTable {
  return {
    header: ['goal', 'set_by', 'stated', 'period', 'value', 'upper', 'unit', 'currency', 'kind', 'status', 'evidence', 'explanation', 'source'],
    rows: assessments.map((a) => [
      a.goal.title,
      a.goal.setBy,
      periodLabel(a.goal.statedIn),
      periodLabel(a.goal.deadline),
      a.target?.value,
      a.target?.upper,
      a.target?.unit,
      a.target?.currency,
      'target',
      GOAL_STATUS_LABELS[a.status],
      describeEvidence(index, a),
      describeAssessment(index, a),
      a.goal.sourceIds.map(sourceOf).join('; '),
    ]),
  };
}
