/**
 * The bundled dataset as one react-query definition: fetch, parse and validate inside
 * queryFn (so failures surface as query errors with a retry), then index once in `select`.
 */
import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error.ts';
import type { Dataset } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';

export const DATASET_FILE = 'data/xiaomi.json';

/** Relative to the page, so the build works from any sub-path. */
export function datasetUrl(file = DATASET_FILE): string {
  return `${import.meta.env.BASE_URL}${file}`;
}

export async function fetchDataset(file = DATASET_FILE, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<Dataset> {
  let response: Response;
  try {
    response = await fetchImpl(datasetUrl(file), { signal });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new DatasetError('network', file, `Could not reach ${file}: ${cause instanceof Error ? cause.message : String(cause)}`);
  }
  if (!response.ok) {
    throw new DatasetError('http', file, `${file} could not be loaded: the server answered ${response.status} ${response.statusText}`.trim());
  }
  const text = await response.text();
  mark('dataset:fetched');
  return parseDatasetText(text, file);
}

/** Named points in the loading timeline (visible in the browser's performance panel and used by npm run bench). */
function mark(name: string) {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}

/** Shared with file uploads: text in, validated dataset out, or a DatasetError saying why not. */
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

export const datasetQueryOptions = queryOptions({
  // Typed loosely on purpose: the bundled and the uploaded dataset share one query shape.
  queryKey: ['dataset', DATASET_FILE] as readonly string[],
  queryFn: ({ signal }) => fetchDataset(DATASET_FILE, fetch, signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: (failures, error) => error instanceof DatasetError && error.kind === 'network' && failures < 2,
});
