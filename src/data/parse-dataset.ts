/**
 * Text in, validated dataset out, or a DatasetError saying why not. Shared by the bundled
 * dataset (on this thread or in the dataset worker) and by files a user loads.
 */
import { DatasetError } from './dataset-error.ts';
import type { Dataset } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';

/** Named points in the loading timeline (visible in the browser's performance panel and used by npm run bench). */
export function mark(name: string, detail?: unknown) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name, detail === undefined ? undefined : { detail });
}

export function parseDatasetText(text: string, file: string): Dataset {
  if (text.trim() === '') throw new DatasetError('not-json', file, `${file} is empty`);
  if (/^\s*</.test(text)) {
    throw new DatasetError('not-json', file, `${file} is an HTML or XML page, not JSON (is the path right?)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new DatasetError('not-json', file, `${file} is not valid JSON: ${why}`);
  }
  mark('dataset:parsed');
  const result = validateDataset(json);
  mark('dataset:validated');
  if (!result.ok) {
    const n = result.problems.length;
    throw new DatasetError('invalid', file, `${file} does not match the dataset schema (${n} problem${n === 1 ? '' : 's'})`, result.problems);
  }
  return result.dataset;
}

/** Bytes as UTF-8 text; a byte-order mark is dropped, as `Response.text()` would. */
export function decodeText(bytes: ArrayBuffer): string {
  return new TextDecoder('utf-8').decode(bytes);
}
