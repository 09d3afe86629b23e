/**
 * Turns a file a user opens into a validated dataset, or into a list of problems that each say
 * where (CSV row and column, or JSON path) and why. Nothing is partially applied: the caller
 * only switches data when this returns a dataset.
 */
import Papa from 'papaparse';
import { DESCRIPTIVE_COLUMNS, EXPORT_COLUMNS, REQUIRED_COLUMNS, VIEW_COLUMN } from '../csv-columns.ts';
import { DatasetError } from '../dataset-error.ts';
import { readDerivationText } from '../derivation.ts';
import { parseDatasetText } from './parse-json.ts';
import type { DatasetProblem } from '../dataset-integrity.ts';
import type { Dataset, Observation, Source } from '../schema.ts';
import { validateFully } from './salvage-dataset.ts';

export type ImportResult = { ok: true; dataset: Dataset } | { ok: false; message: string; problems: DatasetProblem[] };

const IGNORED: readonly string[] = [...DESCRIPTIVE_COLUMNS, VIEW_COLUMN];
type Column = (typeof EXPORT_COLUMNS)[number];
const MAX_PROBLEMS = 200;

/** Row numbers as a spreadsheet shows them: the header is row 1. */
const rowNumber = (i: number) => i + 2;

/** "2, 3 and 5", or the first five and how many more. */
function listRows(rows: readonly number[]): string {
  if (rows.length > 5) return `${rows.slice(0, 5).join(', ')} and ${rows.length - 5} more`;
  return rows.length === 1 ? String(rows[0]) : `${rows.slice(0, -1).join(', ')} and ${rows.at(-1)}`;
}

/**
 * The one form a number takes in a CSV file: digits, an optional minus sign, and a full stop
 * before any decimals ("1500", "-12.5"). Nothing is guessed: "1,500", "1 500", "0x10", "0b11",
 * "1e3" and "Infinity" are errors, since each could mean more than one thing.
 */
const CSV_NUMBER = /^-?\d+(\.\d+)?$/;
const DERIVATION_RULE = 'its operation and the ids of its inputs, rows of this file, as a download writes them: growthPct(sold-2012, sold-2013)';
export const CSV_NUMBER_RULE = 'write digits, with a minus sign if negative and a full stop before decimals (1500, -12.5)';

/** A number cell: its number, undefined where empty, or what is wrong with it. */
function parseNumber(raw: string | undefined): number | undefined | 'bad' | 'too large' {
  if (raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (!CSV_NUMBER.test(text)) return 'bad';
  const n = Number(text);
  return Number.isFinite(n) ? n : 'too large';
}

/** What a number cell that failed says, quoting no more of it than a reader needs to find it. */
function numberProblem(text: string, problem: 'bad' | 'too large'): string {
  const quoted = `"${text.length > 40 ? `${text.slice(0, 40)}…` : text}"`;
  return problem === 'bad' ? `${quoted} is not a number: ${CSV_NUMBER_RULE}` : `${quoted} is too large to be a figure (${text.length} characters long)`;
}

/** Builds observations from CSV rows on top of `base` (its metrics, regions and entities). */
export function importCsv(text: string, fileName: string, base: Dataset, today = new Date()): ImportResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const problems: DatasetProblem[] = [];
  const add = (path: string, message: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, message });
  };
  // A row that does not split into the header's columns ("1,500" unquoted) has its cells in the
  // wrong places: it is named once, for that, and not read further.
  const unsplit = new Set<number>();
  for (const e of parsed.errors) {
    if (e.row !== undefined) unsplit.add(e.row);
    add(e.row === undefined ? 'file' : `row ${rowNumber(e.row)}`, e.message);
  }
  const readable = problems.length;
  const header = parsed.meta.fields ?? [];
  if (header.length === 0 || parsed.data.length === 0)
    return {
      ok: false,
      message: `${fileName} has no rows of figures`,
      problems: [{ path: 'file', message: 'expected a header row and at least one row of figures' }],
    };
  for (const column of REQUIRED_COLUMNS) if (!header.includes(column)) add('header', `missing column "${column}"`);
  for (const column of header)
    if (!(EXPORT_COLUMNS as readonly string[]).includes(column) && !IGNORED.includes(column))
      add('header', `unknown column "${column}" (columns: ${EXPORT_COLUMNS.join(', ')}; ignored: ${IGNORED.join(', ')})`);
  if (problems.length > readable) return { ok: false, message: `${fileName} cannot be read as figures`, problems };
  // A download in another currency than its sources' holds converted, rounded values: loaded,
  // they would come back as figures those sources reported, in a currency they never used.
  const converted = parsed.data.flatMap((row, i) => (row.conversion?.trim() ? [rowNumber(i)] : []));
  if (converted.length)
    return {
      ok: false,
      message: `${fileName} holds figures converted to another currency`,
      problems: [
        {
          path: `column conversion (${converted.length === 1 ? 'row' : 'rows'} ${listRows(converted)})`,
          message: `converted for display (${parsed.data[converted[0]! - 2]?.conversion?.trim().slice(0, 80)}), not as their sources state them: download the panel again with Currency set to the one its sources use`,
        },
      ],
    };

  // The ids a derived row may take its inputs from: the file's own rows.
  const ids = new Set(parsed.data.map((row, i) => row.id?.trim() || `row-${rowNumber(i)}`));
  const knownSources = new Map(base.sources.map((s) => [s.id, s]));
  const newSources = new Map<string, Source>();
  const date = today.toISOString().slice(0, 10);
  const observations: Observation[] = [];
  // The file row each observation came from: rows that failed are not among the observations.
  const rowOfObservation: number[] = [];
  parsed.data.forEach((row, i) => {
    if (unsplit.has(i)) return;
    const at = `row ${rowNumber(i)}`;
    const cell = (c: Column) => row[c]?.trim() ?? '';
    const value = parseNumber(row.value);
    const upper = parseNumber(row.upper);
    const decimals = parseNumber(row.decimals);
    if (value === undefined) add(`${at}, column value`, 'is empty');
    for (const [column, n] of [
      ['value', value],
      ['upper', upper],
      ['decimals', decimals],
    ] as const)
      if (typeof n === 'string') add(`${at}, column ${column}`, numberProblem(cell(column), n));
    // A derived value comes with its operation and inputs, as a download writes them; its
    // inputs must be rows of the same file. A row that fails here is named once, and no further.
    const derivation = cell('derivation') ? readDerivationText(cell('derivation')) : undefined;
    const underived = cell('kind') === 'derived' && !derivation;
    if (derivation === null) add(`${at}, column derivation`, `"${cell('derivation').slice(0, 40)}" is not a derivation: ${DERIVATION_RULE}`);
    else if (underived) add(`${at}, column derivation`, `is empty: a derived value needs its derivation, ${DERIVATION_RULE}`);
    const absent = derivation?.inputs.filter((id) => !ids.has(id)) ?? [];
    if (absent.length)
      add(
        `${at}, column derivation`,
        `derived from ${absent.map((id) => `"${id}"`).join(' and ')}, not ${absent.length === 1 ? 'a row' : 'rows'} of this file: add ${absent.length === 1 ? 'it' : 'them'}, or download with Show: Derived unticked`,
      );
    const sourceText = cell('source');
    let sourceId = sourceText;
    if (!knownSources.has(sourceText) && sourceText) {
      const existing = [...newSources.values()].find((s) => s.publisher === sourceText);
      if (existing) sourceId = existing.id;
      else {
        sourceId = `user-${newSources.size + 1}`;
        newSources.set(sourceId, {
          id: sourceId,
          publisher: sourceText.slice(0, 600),
          author: null,
          headline: `Imported from ${fileName}`.slice(0, 600),
          shortTitle: sourceText.slice(0, 60),
          headlineBasis: 'descriptive',
          date,
          dateBasis: 'loaded',
          dateNote: 'Not a publication date: the day this file was loaded.',
          summary: `Figures loaded from ${fileName}.`.slice(0, 600),
        });
      }
    }
    if (typeof value !== 'number' || typeof upper === 'string' || typeof decimals === 'string' || underived || derivation === null || absent.length) return;
    const o: Record<string, unknown> = {
      id: cell('id') || `row-${rowNumber(i)}`,
      metric: cell('metric'),
      entity: cell('entity') || 'xiaomi',
      region: cell('region') || 'global',
      period: cell('period'),
      value,
      unit: cell('unit'),
      kind: cell('kind'),
      sourceId,
    };
    if (cell('segment')) o.segment = cell('segment');
    if (upper !== undefined) o.upper = upper;
    if (cell('qualifier')) o.qualifier = cell('qualifier');
    if (decimals !== undefined) o.decimals = decimals;
    if (cell('currency')) o.currency = cell('currency');
    if (cell('note')) o.note = cell('note');
    // Worked out to the precision the row gives its value ("16.0" is to one decimal).
    if (derivation) o.derivation = { ...derivation, decimals: decimals ?? /\.(\d+)$/.exec(cell('value'))?.[1]?.length ?? 0 };
    observations.push(o as unknown as Observation);
    rowOfObservation.push(rowNumber(i));
  });

  const candidate = {
    ...base,
    version: `upload-${date}`,
    title: `Figures from ${fileName}`.slice(0, 600),
    sources: [...base.sources, ...newSources.values()],
    observations,
    goals: [],
    events: [],
  };
  // The rows that did parse are checked against the schema too, so one pass names every problem.
  const result = observations.length || !problems.length ? validateFully(candidate) : null;
  if (result?.ok && !problems.length) return { ok: true, dataset: result.dataset };
  const all = [...problems, ...(result && !result.ok ? result.problems.map((p) => ({ ...p, path: csvLocation(p.path, rowOfObservation) })) : [])].sort(
    (a, b) => rowOf(a) - rowOf(b),
  );
  return {
    ok: false,
    message: `${fileName} has ${all.length > MAX_PROBLEMS || problems.length === MAX_PROBLEMS ? 'at least ' : ''}${Math.min(all.length, MAX_PROBLEMS)} problem${all.length === 1 ? '' : 's'}`,
    problems: all.slice(0, MAX_PROBLEMS),
  };
}

/** The file row a problem is at, for listing them in file order; 0 for the file and its header. */
const rowOf = (p: DatasetProblem) => Number(/^row (\d+)/.exec(p.path)?.[1] ?? 0);

/** "observations[3].metric" -> "row 5, column metric", with the file row each observation came from. */
export function csvLocation(path: string, rowOfObservation: readonly number[]): string {
  const m = /^observations\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!m) return path;
  const index = Number(m[1]);
  const column = m[2] === 'sourceId' ? 'source' : m[2];
  return `row ${rowOfObservation[index] ?? rowNumber(index)}${column ? `, column ${column}` : ''}`;
}

export function importJson(text: string, fileName: string): ImportResult {
  try {
    const dataset = parseDatasetText(text, fileName);
    return { ok: true, dataset };
  } catch (error) {
    if (error instanceof DatasetError) return { ok: false, message: error.message, problems: [...error.problems].slice(0, MAX_PROBLEMS) };
    return { ok: false, message: `${fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`, problems: [] };
  }
}

/**
 * Whether decoded text came from a file that is not text: NUL bytes (an image, a spreadsheet's
 * own format, UTF-16), or bytes that are not UTF-8 (decoded as U+FFFD) in more than a few places.
 */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  const replaced = sample.match(/\uFFFD/g)?.length ?? 0;
  return sample.includes('\u0000') || replaced > Math.max(3, sample.length / 100);
}

/** Picks the reader from the file name, or from the content when the name says nothing. */
export function importFile(text: string, fileName: string, base: Dataset): ImportResult {
  // Not read as columns: a binary file would give a list of columns named by stray bytes.
  if (looksBinary(text))
    return {
      ok: false,
      message: `${fileName} is not a text file`,
      problems: [
        { path: 'file', message: 'it holds bytes no CSV or JSON file has (NUL bytes, or bytes that are not UTF-8): save it as CSV or JSON, in UTF-8' },
      ],
    };
  const looksJson = /\.json$/i.test(fileName) || (!/\.csv$/i.test(fileName) && /^\s*[{[]/.test(text));
  return looksJson ? importJson(text, fileName) : importCsv(text, fileName, base);
}
