/**
 * The bundled dataset as one react-query definition: fetch, parse and validate inside
 * queryFn (so failures surface as query errors with a retry), then index once in `select`.
 * A large file is parsed and validated in a worker so the page stays responsive meanwhile.
 */
import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error.ts';
import { runInDatasetWorker, workersAvailable } from './dataset-worker-client.ts';
import { decodeText, mark, parseServedDataset, type LoadedDataset } from './parse-dataset.ts';
import { readBody, readUpTo, requestDataset } from './request-dataset.ts';

export const DATASET_FILE = 'data/xiaomi.json';

/**
 * Above this size, reading, parsing and validating would hold the main thread for a noticeable
 * time (about 135 ms at 4x CPU throttling per megabyte); below it, starting a worker costs more
 * than it saves.
 */
export const OFF_THREAD_BYTES = 1_000_000;

/** Relative to the page, so the build works from any sub-path. */
export function datasetUrl(file = DATASET_FILE): string {
  return `${import.meta.env.BASE_URL}${file}`;
}

export async function fetchDataset(file = DATASET_FILE, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<LoadedDataset> {
  const url = datasetUrl(file);
  const response = await requestDataset(url, file, fetchImpl, signal);
  // With a worker at hand, the page reads no more than the first megabyte; a larger file is
  // fetched and read again from the start by the worker, away from the page.
  const bytes = await readBody(file, () => (workersAvailable() ? readUpTo(response, OFF_THREAD_BYTES) : response.arrayBuffer()));
  mark('dataset:fetched');
  if (bytes) return parseServedDataset(decodeText(bytes), file);
  const loaded = await loadInWorker(new URL(url, document.baseURI).href, file, signal);
  if (loaded) return loaded;
  // The worker could not start: read the file here after all.
  const again = await requestDataset(url, file, fetchImpl, signal);
  return parseServedDataset(decodeText(await readBody(file, () => again.arrayBuffer())), file);
}

/** The dataset, or null when no worker could be started (the caller then reads it on this thread). */
async function loadInWorker(url: string, file: string, signal?: AbortSignal): Promise<LoadedDataset | null> {
  let reply;
  try {
    reply = await runInDatasetWorker({ type: 'load', url, file }, signal);
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
