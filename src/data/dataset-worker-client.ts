/**
 * Runs one request in a fresh dataset worker and resolves with its reply. A worker that fails
 * to start, dies mid-way or sends what cannot be read rejects (callers then do the work on the
 * page); an abort stops the worker and rejects with the signal's reason. `onStarted` hears when
 * the worker is running.
 */
import { replyReader, WORKER_STARTED, type WireMessage, type WorkerReply, type WorkerRequest } from './dataset-worker-protocol.ts';

export function workersAvailable(): boolean {
  return typeof Worker !== 'undefined';
}

export function runInDatasetWorker<R extends WorkerRequest>(request: R, signal?: AbortSignal, onStarted?: () => void): Promise<WorkerReply<R>> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module', name: 'dataset' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal?.reason ?? new DOMException('Aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const read = replyReader();
    worker.onmessage = (event: MessageEvent<WireMessage | typeof WORKER_STARTED>) => {
      if (event.data === WORKER_STARTED) {
        onStarted?.();
        return;
      }
      let reply: ReturnType<typeof read>;
      try {
        reply = read(event.data);
      } catch (error) {
        stop();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (!reply) return;
      stop();
      // The worker answers each request with the reply of its kind.
      resolve(reply as unknown as WorkerReply<R>);
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'the dataset reader stopped unexpectedly'));
    };
    worker.onmessageerror = () => {
      stop();
      reject(new Error('the dataset reader sent a reply that could not be read'));
    };
    worker.postMessage(request);
  });
}
