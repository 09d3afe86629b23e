import { describe, expect, it } from 'vitest';
import { salvageDataset } from '../../../src/data/loader/salvage-dataset.ts';
import { rawDataset } from '../../helpers/dataset.ts';

type Raw = ReturnType<typeof rawDataset>;
const indexOf = (d: Raw, id: string) => d.observations.findIndex((o) => o.id === id);

function salvage(mutate: (d: Raw) => void) {
  const data = rawDataset();
  const count = data.observations.length;
  mutate(data);
  const result = salvageDataset(data);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return { ...result, kept: result.dataset.observations.length, count };
}

describe('salvageDataset', () => {
  it('keeps a valid file whole, with nothing left out', () => {
    const result = salvage(() => {});
    expect(result.leftOut).toEqual([]);
    expect(result.kept).toBe(result.count);
  });

  it('leaves out one malformed figure, keeps the others, and says where and why', () => {
    const result = salvage((d) => (d.observations[5]!.value = 'lots'));
    expect(result.leftOut).toEqual([{ path: 'observations[5].value', message: 'must be a number' }]);
    expect(result.kept).toBe(result.count - 1);
  });

  it('also leaves out what was derived from a left-out figure, naming it in the file’s own numbering', () => {
    // shipments-2017q1-derived (observations[4]) is computed from observations[2].
    const result = salvage((d) => (d.observations[2]!.value = Number.NaN));
    expect(result.leftOut).toEqual([
      { path: 'observations[2].value', message: expect.stringMatching(/number/) },
      { path: 'observations[4].derivation.inputs[1]', message: 'unknown observation id "shipments-growth-qoq-2017q2-cnbc"' },
    ]);
    expect(result.dataset.observations.map((o) => o.id)).not.toContain('shipments-2017q1-derived');
    expect(result.kept).toBe(result.count - 2);
  });

  it('leaves out a figure citing a source that does not exist', () => {
    const result = salvage((d) => (d.observations[7]!.sourceId = 'nowhere'));
    expect(result.leftOut).toEqual([{ path: 'observations[7].sourceId', message: 'unknown source id "nowhere"' }]);
  });

  it('leaves out the second of two records with one id, and what was derived from the one it hid', () => {
    const events = (d: Raw) => d.events as { id: string }[];
    const result = salvage((d) => (events(d)[1]!.id = events(d)[0]!.id));
    expect(result.leftOut).toEqual([{ path: 'events[1].id', message: `duplicate id "${events(rawDataset())[0]!.id}"` }]);
    // sold-2013 (observations[9]) renamed to sold-2012: the growth rates computed from sold-2013 go too.
    const figures = salvage((d) => (d.observations[9]!.id = 'sold-2012'));
    expect(figures.leftOut.map((p) => p.path)).toEqual([
      'observations[9].id',
      'observations[12].derivation.inputs[1]',
      'observations[13].derivation.inputs[0]',
    ]);
  });

  it('leaves out a broken source and, with it, every figure, goal and event that cites it', () => {
    const result = salvage((d) => delete (d.sources as Record<string, unknown>[])[3]!.headline);
    expect(result.leftOut[0]).toEqual({ path: 'sources[3].headline', message: 'required field is missing' });
    const cites = rawDataset().observations.filter((o) => o.sourceId === 'h1-2015-sales-report').length;
    expect(result.kept).toBeLessThanOrEqual(result.count - cites);
    expect(result.dataset.observations.some((o) => o.sourceId === 'h1-2015-sales-report')).toBe(false);
    expect(result.dataset.goals.some((g) => g.sourceIds.includes('h1-2015-sales-report'))).toBe(false);
    expect(result.leftOut.every((p) => /^(sources|observations|goals|events)\[\d+\]/.test(p.path))).toBe(true);
  });

  it.each<[string, (d: Raw) => void, RegExp]>([
    ['an unknown schema version', (d) => (d.schemaVersion = 2), /^schemaVersion$/],
    ['a missing collection', (d) => delete (d as Record<string, unknown>).observations, /^observations$/],
    ['no usable source at all', (d) => (d.sources = [{ id: 'x' }]), /^sources/],
  ])('still rejects the whole file for %s', (_, mutate, path) => {
    const data = rawDataset();
    mutate(data);
    const result = salvageDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.some((p) => path.test(p.path))).toBe(true);
  });

  it('rejects what is not a dataset at all', () => {
    for (const input of [null, [], 'text', 42, {}]) expect(salvageDataset(input).ok).toBe(false);
  });

  it('keeps its promise on a derived figure: an input at its real index', () => {
    const data = rawDataset();
    data.observations[0]!.kind = 'rumoured';
    const result = salvageDataset(data);
    expect(result.ok && result.leftOut.map((p) => p.path)).toEqual([
      'observations[0].kind',
      `observations[${indexOf(rawDataset(), 'shipments-2017q1-derived')}].derivation.inputs[0]`,
    ]);
  });
});
