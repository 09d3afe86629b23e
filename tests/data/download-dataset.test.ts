import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeReply, WORKER_STARTED, type WorkerRequest } from '../../src/data/dataset-worker-protocol.ts';
import { bundledDataset, rawDataset } from '../helpers/dataset.ts';

/** A worker that answers a load request with the bundled dataset, as the real one would after reading the file. */
class FakeWorker {
  static requests: WorkerRequest[] = [];
  /** When the worker says it had read the file, on the page's clock. */
  static readAt = 12.5;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror = null;
  onmessageerror = null;
  postMessage(request: WorkerRequest) {
    FakeWorker.requests.push(request);
    queueMicrotask(() => this.start());
  }
  /** Like the real worker: it says it runs, then replies. */
  start() {
    this.onmessage?.({ data: WORKER_STARTED });
    const timeline = [{ name: 'dataset:read', at: performance.timeOrigin + FakeWorker.readAt }];
    for (const { message } of encodeReply({ ok: true, loaded: { dataset: bundledDataset(), leftOut: [] }, busyMs: 5, timeline })) {
      queueMicrotask(() => this.onmessage?.({ data: message }));
    }
  }
  terminate() {}
}

/** A worker that starts only when the test says so (a busy page delays a real one's start). */
class HeldWorker extends FakeWorker {
  static held: HeldWorker[] = [];
  override postMessage(request: WorkerRequest) {
    FakeWorker.requests.push(request);
    HeldWorker.held.push(this);
  }
}

/** Whether a promise has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
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

  it("puts the worker's steps on the page's timeline, where the performance panel and the bench read them", async () => {
    const { fetchDataset, OFF_THREAD_BYTES } = await load();
    performance.clearMarks();
    await fetchDataset('data/big.json', respond(JSON.stringify({ ...rawDataset(), padding: 'x'.repeat(OFF_THREAD_BYTES) })));
    const [read] = performance.getEntriesByName('worker dataset:read', 'mark');
    expect(read?.startTime).toBeCloseTo(FakeWorker.readAt);
    const [reply] = performance.getEntriesByName('dataset:worker', 'mark') as PerformanceMark[];
    expect(reply?.detail).toEqual({ busyMs: 5 });
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

describe('the early download tells the first script when the app may start', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  function serve(response: () => Response | Promise<Response>) {
    vi.stubGlobal(
      'fetch',
      vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(response())),
    );
  }
  const endless = () => new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });

  it('for a large file, not before the worker that reads it runs, and the reply still arrives', async () => {
    HeldWorker.held = [];
    FakeWorker.requests = [];
    vi.stubGlobal('Worker', HeldWorker);
    const { startEarlyDownload, fetchDataset, OFF_THREAD_BYTES } = await load();
    serve(() => new Response(endless(), { headers: { 'content-length': String(OFF_THREAD_BYTES + 1) } }));
    const reading = startEarlyDownload('data/xiaomi.json');
    expect(await settled(reading)).toBe(false);
    expect(HeldWorker.held).toHaveLength(1);
    HeldWorker.held[0]!.start();
    expect(await settled(reading)).toBe(true);
    const { dataset } = await fetchDataset('data/xiaomi.json', respond('unused'));
    expect(dataset.observations).toHaveLength(bundledDataset().observations.length);
  });

  it('for a small file, as soon as the server answers, before its body has arrived', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const { startEarlyDownload } = await load();
    serve(() => new Response(endless(), { headers: { 'content-length': '48000' } }));
    expect(await settled(startEarlyDownload('data/xiaomi.json'))).toBe(true);
  });

  it('when the file cannot be had, or no worker can start, at once (the app then says why, or reads it itself)', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let { startEarlyDownload } = await load();
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    expect(await settled(startEarlyDownload('data/xiaomi.json'))).toBe(true);

    vi.stubGlobal(
      'Worker',
      class {
        constructor() {
          throw new Error('workers are blocked');
        }
      },
    );
    ({ startEarlyDownload } = await load());
    serve(() => new Response(endless(), { headers: { 'content-length': String(2_000_000) } }));
    expect(await settled(startEarlyDownload('data/xiaomi.json'))).toBe(true);
  });
});
