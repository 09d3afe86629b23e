import { describe, expect, it } from 'vitest';
import { decodeReply, encodeReply } from '../../src/data/dataset-worker-protocol.ts';
import { bundledDataset } from '../helpers/dataset.ts';

/** What postMessage does to a reply: a structured clone, with the listed buffers moved across. */
function crossThreads(reply: Parameters<typeof encodeReply>[0]) {
  const { message, transfer } = encodeReply(reply);
  return decodeReply(structuredClone(message, { transfer }));
}

describe('dataset worker replies', () => {
  const dataset = bundledDataset();

  it('bring the served dataset across whole, with what was left out', () => {
    const leftOut = [{ path: 'observations[5].value', message: 'must be a number' }];
    const back = crossThreads({ ok: true, loaded: { dataset, leftOut }, busyMs: 12 });
    expect(back).toEqual({ ok: true, loaded: { dataset, leftOut }, busyMs: 12 });
  });

  it('bring a loaded file across whole, with its summary', () => {
    const back = crossThreads({ ok: true, dataset, summary: '88 figures', busyMs: 3 });
    expect(back).toEqual({ ok: true, dataset, summary: '88 figures', busyMs: 3 });
  });

  it('pass failures through unchanged', () => {
    const failure = { ok: false as const, message: 'x.csv could not be read', problems: [{ path: 'row 2, value', message: 'must be a number' }], busyMs: 1 };
    expect(crossThreads(failure)).toEqual(failure);
  });
});
