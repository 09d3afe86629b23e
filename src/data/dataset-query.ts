/**
 * The bundled dataset as one react-query definition: fetch, parse and validate inside
 * queryFn (so failures surface as query errors with a retry), then index once in `select`.
 * A large file is parsed and validated in a worker so the page stays responsive meanwhile.
 */
import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error.ts';
import { runInDatasetWorker, workersAvailable } from './dataset-worker-client.ts';
import { decodeText, mark, parseServedDataset, type LoadedDataset } from './parse-dataset.ts';

export { parseDatasetText, type LoadedDataset } from './parse-dataset.ts';

export const DATASET_FILE = 'data/xiaomi.json';

/**
 * Above this size, parsing and validating would hold the main thread for a noticeable time
 * (about 100 ms at 4x CPU throttling per megabyte); below it, starting a worker costs more
 * than it saves.
 */
export const OFF_THREAD_BYTES = 1_000_000;

/** Relative to the page, so the build works from any sub-path. */
export function datasetUrl(file = DATASET_FILE): string {
  return `${import.meta.env.BASE_URL}${file}`;
}

export async function fetchDataset(file = DATASET_FILE, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<LoadedDataset> {
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
  const bytes = await response.arrayBuffer();
  mark('dataset:fetched');
  if (bytes.byteLength > OFF_THREAD_BYTES && workersAvailable()) {
    const parsed = await parseInWorker(bytes, file, signal);
    if (parsed) return parsed;
  }
  return parseServedDataset(decodeText(bytes), file);
}

/** The dataset, or null when no worker could be started (the caller then parses on this thread). */
async function parseInWorker(bytes: ArrayBuffer, file: string, signal?: AbortSignal): Promise<LoadedDataset | null> {
  let reply;
  try {
    reply = await runInDatasetWorker({ type: 'parse', bytes, file }, [], signal);
  } catch (cause) {
    if (signal?.aborted) throw cause;
    return null;
  }
  mark('dataset:worker', { busyMs: reply.busyMs });
  if (reply.ok) return reply.loaded;
  const { kind, message, problems } = reply.error;
  throw new DatasetError(kind, file, message, problems);
}

export const datasetQueryOptions = queryOptions({
  // Typed loosely on purpose: the bundled and the uploaded dataset share one query shape.
  queryKey: ['dataset', DATASET_FILE] as readonly string[],
  queryFn: ({ signal }) => fetchDataset(DATASET_FILE, fetch, signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: (failures, error) => error instanceof DatasetError && error.kind === 'network' && failures < 2,
});
