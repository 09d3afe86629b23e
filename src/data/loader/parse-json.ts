/**
 * Text in, validated dataset out, or a DatasetError saying why not: a served file keeps its
 * valid records and lists the rest, a file the user opens is all or nothing.
 */
import { DatasetError } from '../dataset-error.ts';
import type { DatasetProblem } from '../dataset-integrity.ts';
import type { Dataset } from '../schema.ts';
import { salvageDataset, validateFully } from './salvage-dataset.ts';

/** A dataset as the page holds it: the valid records, and the records left out with why. */
export interface LoadedDataset {
  dataset: Dataset;
  /** Records of a served file that failed validation and were left out (never for a file the user opens). */
  leftOut: DatasetProblem[];
}

function parseJson(text: string, file: string): unknown {
  if (text.trim() === '') throw new DatasetError('not-json', file, `${file} is empty`);
  if (/^\s*</.test(text)) {
    throw new DatasetError('not-json', file, `${file} is an HTML or XML page, not JSON (is the path right?)`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    // V8 may end its reason by quoting the text and calling it not valid JSON: the message says that once.
    const why = (cause instanceof Error ? cause.message : String(cause)).replace(/, ".*" is not valid JSON$/s, '');
    throw new DatasetError('not-json', file, `${file} is not valid JSON: ${why}`);
  }
  // Said once, rather than as a dozen missing fields.
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const what = Array.isArray(value) ? 'a list' : value === null ? 'only null' : `a single ${typeof value}`;
    throw new DatasetError('invalid', file, `${file} holds ${what}, not a dataset: a dataset is one JSON object with its sources, figures and goals`);
  }
  return value;
}

function invalid(file: string, problems: DatasetProblem[]): DatasetError {
  const n = problems.length;
  return new DatasetError('invalid', file, `${file} does not match the dataset schema (${n} problem${n === 1 ? '' : 's'})`, problems);
}

/** All or nothing: for a file the user opens, which must not half-replace what is on screen. */
export function parseDatasetText(text: string, file: string): Dataset {
  const result = validateFully(parseJson(text, file));
  if (!result.ok) throw invalid(file, result.problems);
  return result.dataset;
}

/** The served dataset: records that fail are left out and listed, the rest is used. */
export function parseServedDataset(text: string, file: string): LoadedDataset {
  const result = salvageDataset(parseJson(text, file));
  if (!result.ok) throw invalid(file, result.problems);
  return { dataset: result.dataset, leftOut: result.leftOut };
}
