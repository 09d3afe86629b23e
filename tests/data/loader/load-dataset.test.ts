import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../src/data/dataset-error.ts';
import { fetchDataset } from '../../src/data/dataset-query.ts';
import { OFF_THREAD_BYTES, startEarlyDownload } from '../../src/data/download-dataset.ts';
import { parseDatasetText } from '../../src/data/parse-dataset.ts';
import { rawDataset } from '../helpers/dataset.ts';

function respond(body: BodyInit, init: ResponseInit = {}) {
  return vi.fn<typeof fetch>().mockResolvedValue(new Response(body, init));
}

async function failure(promise: Promise<unknown>): Promise<DatasetError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof DatasetError) return e;
    throw e;
  }
  throw new Error('expected a DatasetError');
}

describe('the download started by the first script', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });
  it('is used by the first load of that file, so the file is requested once; a later load requests it again', async () => {
    const early = respond(JSON.stringify(rawDataset()));
    vi.stubGlobal('fetch', early);
    startEarlyDownload('data/xiaomi.json');
    const later = vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(new Response(JSON.stringify(rawDataset()))));
    const first = await fetchDataset('data/xiaomi.json', later);
    expect(first.dataset.observations.length).toBeGreaterThan(80);
    expect(early).toHaveBeenCalledTimes(1);
    expect(later).not.toHaveBeenCalled();
    await fetchDataset('data/xiaomi.json', later);
    expect(later).toHaveBeenCalledTimes(1);
    expect(early).toHaveBeenCalledTimes(1);
  });
  it('hands its failure to the load that takes it, and a retry fetches afresh', async () => {
    vi.stubGlobal('fetch', respond('nope', { status: 503, statusText: 'Service Unavailable' }));
    startEarlyDownload('data/xiaomi.json');
    const e = await failure(fetchDataset('data/xiaomi.json', respond('unused')));
    expect(e.message).toBe('data/xiaomi.json could not be loaded: the server answered 503 Service Unavailable');
    const retry = await fetchDataset('data/xiaomi.json', respond(JSON.stringify(rawDataset())));
    expect(retry.leftOut).toEqual([]);
  });
  it('is not used for another file', async () => {
    const early = respond(JSON.stringify(rawDataset()));
    vi.stubGlobal('fetch', early);
    startEarlyDownload('data/xiaomi.json');
    const other = respond('nope', { status: 404, statusText: 'Not Found' });
    const e = await failure(fetchDataset('data/other.json', other));
    expect(e.kind).toBe('http');
    expect(other).toHaveBeenCalledTimes(1);
    // Still waiting for the file it was started for ('unused' would not parse).
    expect((await fetchDataset('data/xiaomi.json', respond('unused'))).leftOut).toEqual([]);
  });
});

describe('fetchDataset', () => {
  it('returns the validated dataset', async () => {
    const { dataset, leftOut } = await fetchDataset('data/xiaomi.json', respond(JSON.stringify(rawDataset())));
    expect(dataset.observations.length).toBeGreaterThan(80);
    expect(leftOut).toEqual([]);
  });
  it('names the file and the HTTP status when the server refuses', async () => {
    const e = await failure(fetchDataset('data/xiaomi.json', respond('nope', { status: 404, statusText: 'Not Found' })));
    expect(e.kind).toBe('http');
    expect(e.message).toBe('data/xiaomi.json could not be loaded: the server answered 404 Not Found');
  });
  it('says when the network is down', async () => {
    const e = await failure(fetchDataset('data/xiaomi.json', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch'))));
    expect(e.kind).toBe('network');
    expect(e.message).toBe('Could not reach data/xiaomi.json: Failed to fetch');
  });
  it('calls a download that breaks off a network failure, so it is tried again', async () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"schemaVersion":'));
        controller.error(new TypeError('network error'));
      },
    });
    const e = await failure(fetchDataset('data/xiaomi.json', respond(body)));
    expect(e.kind).toBe('network');
    expect(e.message).toBe('The download of data/xiaomi.json broke off: network error');
  });
  it('reads a file too large for this thread here anyway when no worker can run, with the same checks', async () => {
    expect(typeof Worker).toBe('undefined');
    const data = rawDataset();
    // Padding that the schema rejects, to push the file past the worker threshold.
    data.title = 'x'.repeat(OFF_THREAD_BYTES);
    const e = await failure(fetchDataset('data/big.json', respond(JSON.stringify(data))));
    expect(e.kind).toBe('invalid');
    expect(e.problems).toEqual([{ path: 'title', message: 'must be at most 600 characters' }]);
  });
  it('uses the valid records of a served file and lists the ones it left out', async () => {
    const data = rawDataset();
    data.observations[5]!.value = 'lots';
    const { dataset, leftOut } = await fetchDataset('data/xiaomi.json', respond(JSON.stringify(data)));
    expect(leftOut).toEqual([{ path: 'observations[5].value', message: 'must be a number' }]);
    expect(dataset.observations).toHaveLength(rawDataset().observations.length - 1);
  });
  it('decodes UTF-8 and drops a byte-order mark, as a browser does', async () => {
    const { dataset } = await fetchDataset('data/xiaomi.json', respond(`\uFEFF${JSON.stringify(rawDataset())}`));
    expect(dataset.sources.some((s) => s.summary.includes('–'))).toBe(true);
  });
});

describe('parseDatasetText', () => {
  it('recognises an HTML error page served instead of JSON', () => {
    expect(() => parseDatasetText('<!doctype html><h1>404</h1>', 'data/x.json')).toThrow('data/x.json is an HTML or XML page, not JSON (is the path right?)');
  });
  it('reports an empty file', () => {
    expect(() => parseDatasetText('  \n', 'data/x.json')).toThrow('data/x.json is empty');
  });
  it('reports truncated JSON with the parser’s reason', () => {
    const text = JSON.stringify(rawDataset()).slice(0, 500);
    expect(() => parseDatasetText(text, 'data/x.json')).toThrow(/^data\/x\.json is not valid JSON: /);
  });
  it('lists schema problems with their paths', () => {
    const data = rawDataset();
    data.observations[3]!.value = 'x';
    try {
      parseDatasetText(JSON.stringify(data), 'data/x.json');
      throw new Error('not rejected');
    } catch (e) {
      expect(e).toBeInstanceOf(DatasetError);
      const err = e as DatasetError;
      expect(err.message).toBe('data/x.json does not match the dataset schema (1 problem)');
      expect(err.problems).toEqual([{ path: 'observations[3].value', message: 'must be a number' }]);
    }
  });
});
