import { describe, expect, it } from 'vitest';
import { encodeReply, PART_SIZE, replyReader, type WireMessage } from '../../src/data/dataset-worker-protocol.ts';
import type { Observation } from '../../src/data/schema.ts';
import { bundledDataset } from '../helpers/dataset.ts';

/** What postMessage does to each message: a structured clone, with the listed buffers moved across. */
function send(reply: Parameters<typeof encodeReply>[0]): WireMessage[] {
  return [...encodeReply(reply)].map(({ message, transfer }) => structuredClone(message, { transfer }));
}

function crossThreads(reply: Parameters<typeof encodeReply>[0]) {
  const read = replyReader();
  const results = send(reply).map(read);
  // Nothing before the last message is a reply.
  expect(results.slice(0, -1).every((r) => r === null)).toBe(true);
  return results.at(-1);
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

  it('send a large set of observations in parts ahead of the reply, and put them back in order', () => {
    const many = Array.from({ length: 2 * PART_SIZE + 7 }, (_, i) => ({ ...dataset.observations[i % dataset.observations.length]!, id: `o-${i}` }));
    const large = { ...dataset, observations: many as Observation[] };
    const messages = send({ ok: true, loaded: { dataset: large, leftOut: [] }, busyMs: 40 });
    expect(messages.map((m) => ('part' in m ? m.part.length : 'reply'))).toEqual([PART_SIZE, PART_SIZE, 7, 'reply']);
    const read = replyReader();
    const back = messages.map(read).at(-1);
    expect(back).toEqual({ ok: true, loaded: { dataset: large, leftOut: [] }, busyMs: 40 });
  });

  it('refuse a reply that arrives without all of its parts', () => {
    const messages = send({ ok: true, dataset, summary: '88 figures', busyMs: 3 });
    const read = replyReader();
    expect(() => read(messages.at(-1)!)).toThrow(`the dataset reader sent 0 of ${dataset.observations.length} figures`);
  });

  it('pass failures through unchanged', () => {
    const failure = { ok: false as const, message: 'x.csv could not be read', problems: [{ path: 'row 2, value', message: 'must be a number' }], busyMs: 1 };
    expect(crossThreads(failure)).toEqual(failure);
  });
});
