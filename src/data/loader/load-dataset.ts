/**
 * The one way a dataset gets into the page: a source in, a validated dataset (or a DatasetError
 * naming the file, where and why) out, cancellable. The work runs in a worker, so neither a
 * large file nor a slow check ever holds the page; where no worker can start (an old browser,
 * the test runner) it runs here instead, with the same code and the same messages.
 */
import { DatasetError } from '../dataset-error.ts';
import type { Observation } from '../schema.ts';
import { recordReader } from './pack-records.ts';
import type { DatasetSource, LoadedDataset } from './read-dataset.ts';
import type { WorkerReply } from './worker-reply.ts';

export type { DatasetSource, LoadedDataset };

/** Records rebuilt per task on the page: about 30 ms at 4x CPU throttling, well under the 200 ms a task may take. */
const SLICE = 10_000;

/** Marked when a dataset the worker read has been rebuilt on the page. */
export const DATASET_READ_MARK = 'dataset-read';

export async function loadDataset(source: DatasetSource, signal?: AbortSignal): Promise<LoadedDataset> {
  signal?.throwIfAborted();
  if (typeof Worker !== 'undefined') {
    const reply = await inWorker(source, signal);
    if (reply) return fromReply(reply, signal);
  }
  // No worker: the same reading on this thread, its code loaded only now.
  const { readDataset } = await import('./read-dataset.ts');
  return readDataset(source, signal);
}

/** The worker's reply, or null when no worker could start (the page then reads the file itself). */
function inWorker(source: DatasetSource, signal?: AbortSignal): Promise<WorkerReply | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      stop();
      resolve(event.data);
    };
    worker.onerror = worker.onmessageerror = () => {
      stop();
      resolve(null);
    };
    // A served file is fetched by the worker from its absolute address.
    worker.postMessage(source.kind === 'served' ? { ...source, url: new URL(source.url, document.baseURI).href } : source);
  });
}

async function fromReply(reply: WorkerReply, signal?: AbortSignal): Promise<LoadedDataset> {
  if (!reply.ok) {
    const { kind, file, message, problems } = reply.error;
    throw new DatasetError(kind, file, message, problems);
  }
  const read = recordReader<Observation>(reply.observations);
  const observations: Observation[] = [];
  for (let start = 0; start < reply.observations.length; start += SLICE) {
    // Before each slice the page can paint and answer input (the first waits for the message's own task to end).
    await new Promise((resume) => setTimeout(resume, 0));
    signal?.throwIfAborted();
    observations.push(...read(start, Math.min(start + SLICE, reply.observations.length)));
  }
  // A user-timing mark (DevTools, the bench): from here on the page draws, it no longer reads.
  performance.mark(DATASET_READ_MARK);
  return { dataset: { ...reply.dataset, observations }, leftOut: reply.leftOut };
}
