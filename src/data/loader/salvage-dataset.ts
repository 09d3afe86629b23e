/**
 * The served dataset, read leniently: a record that fails the schema or the cross-checks is
 * left out and listed (with its place in the file and why), so one bad record does not hide
 * every good figure. What depends on a left-out record (a figure citing a dropped source, a
 * value derived from a dropped input) is left out in turn, and said so. Problems outside any
 * record (not a dataset, an unknown schema version, a missing collection) still reject the
 * file. Files a user opens stay all-or-nothing (validateDataset): the page keeps its data.
 */
import { COLLECTIONS, findIntegrityProblems, unknownReferences, type Collection, type DatasetProblem } from '../dataset-integrity.ts';
import type { Dataset } from '../schema.ts';
import { describeIssues, parseDatasetShape, validateDataset, type ValidationResult } from '../validate-dataset.ts';

export type SalvageResult = { ok: true; dataset: Dataset; leftOut: DatasetProblem[] } | { ok: false; problems: DatasetProblem[] };

const RECORD_PATH = /^(\w+)\[(\d+)\]/;

/** The collection and index a problem path points into, when it is inside a record. */
function recordOf(path: string): { collection: Collection; index: number } | null {
  const m = RECORD_PATH.exec(path);
  if (!m || !(COLLECTIONS as readonly string[]).includes(m[1]!)) return null;
  return { collection: m[1] as Collection, index: Number(m[2]) };
}

type Records = Record<Collection, unknown[]>;

/**
 * Removes the records named by `problems` from `records`, and rewrites each problem's path to
 * the record's place in the original file (`origin` maps current to original indices).
 * Returns false when a problem is not inside a record, so nothing can be salvaged.
 */
function leaveOut(records: Records, origin: Record<Collection, number[]>, problems: readonly DatasetProblem[], leftOut: DatasetProblem[]): boolean {
  const drop = new Map<Collection, Set<number>>();
  for (const p of problems) {
    const at = recordOf(p.path);
    if (!at) return false;
    const original = origin[at.collection][at.index];
    leftOut.push({ path: p.path.replace(RECORD_PATH, `${at.collection}[${original}]`), message: p.message });
    drop.set(at.collection, (drop.get(at.collection) ?? new Set()).add(at.index));
  }
  for (const [collection, indices] of drop) {
    records[collection] = records[collection].filter((_, i) => !indices.has(i));
    origin[collection] = origin[collection].filter((_, i) => !indices.has(i));
  }
  return true;
}

/** A file's records by collection, copied so they can be left out, with each one's place in the file. */
function recordsOf(file: Record<string, unknown>): { records: Records; origin: Record<Collection, number[]> } {
  const records = Object.fromEntries(COLLECTIONS.map((c) => [c, [...(file[c] as unknown[])]])) as Records;
  const origin = Object.fromEntries(COLLECTIONS.map((c) => [c, records[c].map((_, i) => i)])) as Record<Collection, number[]>;
  return { records, origin };
}

export function salvageDataset(input: unknown): SalvageResult {
  const strict: ValidationResult = validateDataset(input);
  if (strict.ok) return { ok: true, dataset: strict.dataset, leftOut: [] };
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return strict;
  const file = input as Record<string, unknown>;
  if (!COLLECTIONS.every((c) => Array.isArray(file[c]))) return strict;

  const { records, origin } = recordsOf(file);
  const leftOut: DatasetProblem[] = [];

  // Shape first: each record that fails the schema goes, then the rest must pass.
  const shaped = parseDatasetShape({ ...file, ...records });
  if (!shaped.success && !leaveOut(records, origin, describeIssues(shaped.issues), leftOut)) return strict;
  const reshaped = parseDatasetShape({ ...file, ...records });
  if (!reshaped.success) return { ok: false, problems: [...leftOut, ...describeIssues(reshaped.issues)] };

  // Then how records fit together, until nothing else depends on a left-out record. Each
  // round removes at least one record, so this ends.
  let dataset = reshaped.output;
  for (;;) {
    const problems = findIntegrityProblems(dataset);
    if (!problems.length) return { ok: true, dataset, leftOut };
    const current = Object.fromEntries(COLLECTIONS.map((c) => [c, [...dataset[c]]])) as Records;
    if (!leaveOut(current, origin, problems, leftOut)) return strict;
    const next = parseDatasetShape({ ...dataset, ...current });
    if (!next.success) return { ok: false, problems: [...leftOut, ...describeIssues(next.issues)] };
    dataset = next.output;
  }
}

/**
 * All or nothing, as validateDataset, but naming every problem at once: the records that fail
 * their shape (and the records they name that do not exist), then how the other records fit
 * together (validateDataset stops at the shape).
 * A problem that only follows from a record already named (a figure derived from it) is not
 * listed again: mending that record mends it.
 */
export function validateFully(input: unknown): ValidationResult {
  const strict = validateDataset(input);
  if (strict.ok || typeof input !== 'object' || input === null || Array.isArray(input)) return strict;
  const file = input as Record<string, unknown>;
  if (!COLLECTIONS.every((c) => Array.isArray(file[c]))) return strict;
  const { records, origin } = recordsOf(file);

  const shaped = parseDatasetShape(file);
  if (shaped.success) return strict;
  const shapeProblems = describeIssues(shaped.issues);
  const named = new Set(
    shapeProblems.flatMap((p) => {
      const at = recordOf(p.path);
      const id = at ? (records[at.collection][at.index] as { id?: unknown } | undefined)?.id : undefined;
      return typeof id === 'string' ? [`"${id}"`] : [];
    }),
  );
  // The records that failed their shape, as they stood in the file, before leaving them out.
  const misshapen = [...new Set(shapeProblems.flatMap((p) => (recordOf(p.path)?.collection === 'observations' ? [recordOf(p.path)!.index] : [])))];
  const figures = records.observations;
  const problems: DatasetProblem[] = [];
  if (!leaveOut(records, origin, shapeProblems, problems)) return strict;
  const rest = parseDatasetShape({ ...file, ...records });
  if (!rest.success) return strict;
  // What names a record already named (left out for its shape) follows from it: mending that record mends it.
  const independent = (p: DatasetProblem) => ![...named].some((id) => p.message.includes(id));
  // A figure of the wrong shape may also name a metric or source there is none of: said now, not once its shape is mended.
  for (const i of misshapen) {
    const record = figures[i];
    if (record && typeof record === 'object')
      problems.push(...unknownReferences(rest.output, record as Record<string, unknown>, `observations[${i}]`).filter(independent));
  }
  const fit = findIntegrityProblems(rest.output).filter(independent);
  const current = Object.fromEntries(COLLECTIONS.map((c) => [c, [...rest.output[c]]])) as Records;
  const placed: DatasetProblem[] = [];
  return { ok: false, problems: [...problems, ...(leaveOut(current, origin, fit, placed) ? placed : fit)] };
}
