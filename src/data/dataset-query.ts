/**
 * The bundled dataset as one react-query definition: fetch, parse and validate inside
 * queryFn (so failures surface as query errors with a retry), then index once in `select`.
 * A large file is parsed and validated in a worker so the page stays responsive meanwhile.
 */
import { queryOptions } from '@tanstack/react-query';
import { DatasetError } from './dataset-error.ts';
import { DATASET_FILE, datasetUrl, downloadDataset, takeEarlyDownload } from './download-dataset.ts';
import { mark } from './mark.ts';
import { decodeText, parseServedDataset, type LoadedDataset } from './parse-dataset.ts';
import { readBody, readText, requestDataset } from './request-dataset.ts';

export async function fetchDataset(file = DATASET_FILE, fetchImpl: typeof fetch = fetch, signal?: AbortSignal): Promise<LoadedDataset> {
  const download = await (takeEarlyDownload(file) ?? downloadDataset(file, fetchImpl, signal));
  if (download.where === 'page') return parseServedDataset(decodeText(download.bytes), file);
  const reply = await download.reply;
  if (reply) {
    // The worker's own marks join the page's timeline, on the page's clock ("worker dataset:read").
    for (const { name, at } of reply.timeline ?? []) mark(`worker ${name}`, undefined, at - performance.timeOrigin);
    mark('dataset:worker', { busyMs: reply.busyMs });
    if (reply.ok) return reply.loaded;
    const { kind, message, problems } = reply.error;
    throw new DatasetError(kind, file, message, problems);
  }
  // The worker could not start: read the file here after all.
  const again = await requestDataset(datasetUrl(file), file, fetchImpl, signal);
  return parseServedDataset(await readBody(file, () => readText(again)), file);
}

export const datasetQueryOptions = queryOptions({
  // Typed loosely on purpose: the bundled and the uploaded dataset share one query shape.
  queryKey: ['dataset', DATASET_FILE] as readonly string[],
  queryFn: ({ signal }) => fetchDataset(DATASET_FILE, fetch, signal),
  staleTime: Infinity,
  gcTime: Infinity,
  retry: (failures, error) => error instanceof DatasetError && error.kind === 'network' && failures < 2,
});
