import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeReply, type WorkerRequest } from '../../src/data/dataset-worker-protocol.ts';
import { bundledDataset, rawDataset } from '../helpers/dataset.ts';

/** A worker that answers a load request with the bundled dataset, as the real one would after reading the file. */
class FakeWorker {
  static requests: WorkerRequest[] = [];
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror = null;
  onmessageerror = null;
  postMessage(request: WorkerRequest) {
    FakeWorker.requests.push(request);
    const { message } = encodeReply({ ok: true, loaded: { dataset: bundledDataset(), leftOut: [] }, busyMs: 5 });
    queueMicrotask(() => this.onmessage?.({ data: message }));
  }
  terminate() {}
}

/** A fresh copy of the modules, since whether the page is waiting on the worker is state of the page. */
async function load() {
  vi.resetModules();
  const download = await import('../../src/data/download-dataset.ts');
  const query = await import('../../src/data/dataset-query.ts');
  return { ...download, ...query };
}

function respond(body: string) {
  return vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(new Response(body)));
}

describe('a served file too large for the page', () => {
  beforeEach(() => {
    FakeWorker.requests = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('is read by the worker from its full address, and the page hears it is waiting', async () => {
    const { fetchDataset, whenReadOffThread, OFF_THREAD_BYTES } = await load();
    const waiting = vi.fn();
    whenReadOffThread(waiting);
    const big = respond(JSON.stringify({ ...rawDataset(), padding: 'x'.repeat(OFF_THREAD_BYTES) }));
    const { dataset } = await fetchDataset('data/big.json', big);
    expect(dataset.observations).toHaveLength(bundledDataset().observations.length);
    expect(FakeWorker.requests).toEqual([{ type: 'load', url: new URL('/data/big.json', document.baseURI).href, file: 'data/big.json' }]);
    expect(waiting).toHaveBeenCalledTimes(1);
    // Asked after the fact, it is told at once.
    const late = vi.fn();
    whenReadOffThread(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('goes to the worker as soon as the server says how large it is, without the page reading it', async () => {
    const { downloadDataset, OFF_THREAD_BYTES } = await load();
    let reads = 0;
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>(
      {
        pull(controller) {
          reads += 1;
          controller.enqueue(new Uint8Array(65_536).fill(32));
        },
        cancel() {
          cancelled = true;
        },
      },
      { highWaterMark: 0 },
    );
    const download = await downloadDataset(
      'data/big.json',
      vi.fn<typeof fetch>().mockResolvedValue(new Response(body, { headers: { 'content-length': String(OFF_THREAD_BYTES + 1) } })),
    );
    expect(download.where).toBe('worker');
    expect(FakeWorker.requests).toHaveLength(1);
    expect(reads).toBe(0);
    expect(cancelled).toBe(true);
  });

  it('a small file is read on the page, and nobody is told to wait', async () => {
    const { fetchDataset, whenReadOffThread } = await load();
    const waiting = vi.fn();
    whenReadOffThread(waiting);
    await fetchDataset('data/xiaomi.json', respond(JSON.stringify(rawDataset())));
    expect(FakeWorker.requests).toEqual([]);
    expect(waiting).not.toHaveBeenCalled();
  });
});
