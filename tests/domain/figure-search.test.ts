import { describe, expect, it } from 'vitest';
import { observationsInTimeOrder } from '../../src/domain/dataset-index.ts';
import { figureSearch } from '../../src/domain/figure-search.ts';
import { bundledIndex } from '../helpers/dataset.ts';

const index = bundledIndex();
const all = observationsInTimeOrder(index);
const search = figureSearch(index, all);

describe('figureSearch', () => {
  it('lists every figure for an empty or blank query', () => {
    expect(search('')).toHaveLength(all.length);
    expect(search('   ')).toHaveLength(all.length);
  });
  it('finds figures by their region, ignoring case and surrounding spaces', () => {
    const india = search('  INDIA ');
    const inIndia = all.filter((o) => o.region === 'india');
    expect(inIndia.length).toBeGreaterThan(0);
    expect(india).toEqual(expect.arrayContaining(inIndia));
    expect(india.some((o) => o.region === 'global' && o.metric === 'revenue')).toBe(false);
  });
  it('finds figures by period, kind and source publisher', () => {
    const in2017 = search('2017');
    expect(in2017).toEqual(expect.arrayContaining(all.filter((o) => o.period.startsWith('2017'))));
    expect(in2017.some((o) => o.period === '2023' && o.sourceId !== 'q2-2017-shipments-report' && o.sourceId !== 'cnbc-2017-q2')).toBe(false);
    const derived = search('derived');
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((o) => o.kind === 'derived')).toBe(true);
    const cnbc = search('cnbc');
    expect(cnbc.length).toBeGreaterThan(0);
    expect(cnbc.every((o) => o.sourceId === 'cnbc-2017-q2')).toBe(true);
  });
  it('finds nothing for words no figure answers to', () => {
    expect(search('zzz')).toEqual([]);
  });
});
