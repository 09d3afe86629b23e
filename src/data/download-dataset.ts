/**
 * The first half of loading the served dataset: the request, and for a file too large for the
 * page, the dataset worker that fetches, reads and validates it. Nothing here needs the schema or
 * the libraries, so the page's first script (src/boot.ts) starts it while the browser is still
 * compiling React and recharts; dataset-query.ts finishes it.
 */
import { runInDatasetWorker, workersAvailable } from './dataset-worker-client.ts';
import type { ParseReply, WorkerTiming } from './dataset-worker-protocol.ts';
import { mark } from './mark.ts';
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

export type DatasetDownload =
  /** Small enough to read on the page: its bytes. */
  | { where: 'page'; bytes: ArrayBuffer }
  /** Too large: the worker's reply, or null when no worker could start (the page then reads it after all). */
  | { where: 'worker'; reply: Promise<(ParseReply & WorkerTiming) | null> };

let readingOffThread = false;
const offThreadListeners = new Set<() => void>();

/**
 * Calls `listener` once the served file turns out too large for the page and goes to the worker
 * (at once if it already has): the page then has a wait ahead it can use.
 */
export function whenReadOffThread(listener: () => void): void {
  if (readingOffThread) listener();
  else offThreadListeners.add(listener);
}

/**
 * `onReading` hears once the file's reader is under way, so whatever would keep the page busy
 * can start without holding it up: at once for a file the page reads itself, or once the worker
 * for a large one is running (a worker's start needs a moment of the page's own thread).
 */
export async function downloadDataset(
  file = DATASET_FILE,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
  onReading?: () => void,
): Promise<DatasetDownload> {
  const url = datasetUrl(file);
  const response = await requestDataset(url, file, fetchImpl, signal);
  // With a worker at hand, a file the server says is large goes to it at once; otherwise the page
  // reads no more than the first megabyte. A larger file is fetched and read again from the start
  // by the worker, away from the page. (A compressed response gives its compressed size, so a
  // large file may only be found out by reading; a small one is never taken for large.)
  const declaredLarge = workersAvailable() && Number(response.headers.get('content-length')) > OFF_THREAD_BYTES;
  if (declaredLarge) void response.body?.cancel();
  else onReading?.();
  const bytes = declaredLarge ? null : await readBody(file, () => (workersAvailable() ? readUpTo(response, OFF_THREAD_BYTES) : response.arrayBuffer()));
  mark('dataset:fetched');
  if (bytes) return { where: 'page', bytes };
  const reply = runInDatasetWorker({ type: 'load', url: new URL(url, document.baseURI).href, file }, signal, onReading).catch((cause: unknown) => {
    if (signal?.aborted) throw cause;
    return null;
  });
  readingOffThread = true;
  for (const listener of offThreadListeners) listener();
  offThreadListeners.clear();
  return { where: 'worker', reply };
}

let early: { file: string; download: Promise<DatasetDownload> } | null = null;

/**
 * Starts the download before anything asks for it (src/boot.ts, the page's first script).
 * Resolves once the file's reader is under way (see downloadDataset), or the download failed.
 */
export function startEarlyDownload(file = DATASET_FILE): Promise<void> {
  return new Promise((reading) => {
    const download = downloadDataset(file, fetch, undefined, reading);
    // A failure is reported to whoever takes the download; until then it is not unhandled.
    download
      .then((d) => (d.where === 'worker' ? d.reply : undefined))
      .catch(() => undefined)
      .finally(reading);
    early = { file, download };
  });
}

/** The download started early for this file, once: a retry after a failure starts its own. */
export function takeEarlyDownload(file: string): Promise<DatasetDownload> | null {
  if (early?.file !== file) return null;
  const { download } = early;
  early = null;
  return download;
}
