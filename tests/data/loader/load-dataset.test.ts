import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetError } from '../../../src/data/dataset-error.ts';
import { loadDataset } from '../../../src/data/loader/load-dataset.ts';
import { parseDatasetText } from '../../../src/data/loader/parse-json.ts';
import { bundledDataset, rawDataset } from '../../helpers/dataset.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

/** Serves `body` to every fetch; the loader (here without a worker, as in any jsdom test) reads it on this thread. */
function respond(body: BodyInit, init: ResponseInit = {}) {
  const fetchMock = vi.fn<typeof fetch>().mockImplementation(() => Promise.resolve(new Response(body, init)));
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function fetchDataset(name: string, _mock?: unknown, signal?: AbortSignal) {
  return loadDataset({ kind: 'served', url: `/${name}`, name }, signal);
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

describe('loadDataset: a file the site serves', () => {
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
    vi.stubGlobal('fetch', vi.fn<typeof fetch>().mockRejectedValue(new TypeError('Failed to fetch')));
    const e = await failure(fetchDataset('data/xiaomi.json'));
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
  it('reads a body that arrives in pieces as one text, a character split between pieces included', async () => {
    expect(typeof TextDecoderStream).toBe('function');
    const data = rawDataset();
    data.title = 'Xiaomi 小米 – figures';
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(data)}`);
    // Cut inside the three bytes of 小, and after the byte-order mark.
    const cut = bytes.indexOf(0xe5) + 1;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const piece of [bytes.subarray(0, 3), bytes.subarray(3, cut), bytes.subarray(cut)]) controller.enqueue(piece);
        controller.close();
      },
    });
    const { dataset } = await fetchDataset('data/xiaomi.json', respond(body));
    expect(dataset.title).toBe('Xiaomi 小米 – figures');
  });
  it('reads the file on this thread when no worker can run, with the same checks', async () => {
    expect(typeof Worker).toBe('undefined');
    const data = rawDataset();
    data.title = 'x'.repeat(1_000_000);
    const e = await failure(fetchDataset('data/big.json', respond(JSON.stringify(data))));
    expect(e.kind).toBe('invalid');
    expect(e.problems).toEqual([{ path: 'title', message: 'must be at most 600 characters' }]);
  });
  it('stops when the caller cancels, without reading the file', async () => {
    const fetchMock = respond(JSON.stringify(rawDataset()));
    const controller = new AbortController();
    controller.abort(new DOMException('gone', 'AbortError'));
    await expect(fetchDataset('data/xiaomi.json', undefined, controller.signal)).rejects.toThrow('gone');
    expect(fetchMock).not.toHaveBeenCalled();
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

describe('loadDataset: a file the user opens', () => {
  const base = bundledDataset();
  const open = (text: string, name: string) => loadDataset({ kind: 'file', file: new File([text], name), base });

  it('is all or nothing: one bad record rejects the file, saying where and why', async () => {
    const data = rawDataset();
    data.observations[5]!.value = 'lots';
    const e = await failure(open(JSON.stringify(data), 'mine.json'));
    expect(e.kind).toBe('invalid');
    expect(e.file).toBe('mine.json');
    expect(e.problems).toEqual([{ path: 'observations[5].value', message: 'must be a number' }]);
  });
  it('reads a CSV of figures against the bundled metrics, naming bad cells by row and column', async () => {
    const ok = await open('metric,period,value,unit,kind,source\nsmartphone_shipments,2019,10,million,reported,Synthetic', 'mine.csv');
    expect(ok.dataset.observations.map((o) => [o.metric, o.period, o.value])).toEqual([['smartphone_shipments', '2019', 10]]);
    expect(ok.leftOut).toEqual([]);
    const e = await failure(open('metric,period,value,unit,kind,source\nsmartphone_shipments,2019,lots,million,reported,S', 'mine.csv'));
    expect(e.message).toBe('mine.csv has 1 problem');
    expect(e.problems).toEqual([{ path: 'row 2, column value', message: expect.stringMatching(/^"lots" is not a number: /) }]);
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
  it('says "not valid JSON" once, without quoting the text back', () => {
    expect(() => parseDatasetText('{"a": nope}', 'data/x.json')).toThrow(/^data\/x\.json is not valid JSON: Unexpected token 'o'$/);
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
