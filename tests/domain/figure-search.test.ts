import { describe, expect, it } from 'vitest';
import { observationsInTimeOrder } from '../../src/domain/dataset-index.ts';
import { figureSearch } from '../../src/domain/figure-search.ts';
import { describeWhat } from '../../src/domain/provenance.ts';
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
  it('finds a figure by its value as the list shows it, and by its source as the list names it', () => {
    expect(search('RMB 271.0 bn').map((o) => `${o.metric} ${o.period}`)).toContain('revenue 2023');
    // A rank however it is typed, and only that rank: not No. 1 in Q3 2017.
    const third = all.filter((o) => o.unit === 'rank' && o.value === 3);
    expect(third.length).toBeGreaterThan(0);
    for (const typed of ['No. 3', 'no.3', 'No 3', 'no.  3']) expect(new Set(search(typed)), typed).toEqual(new Set(third));
    expect(search('no. 3 2022').map((o) => `${o.metric} ${o.period}`)).toEqual(['vendor_rank 2022']);
    // Not a longer rank that starts with the same digit (No. 500 among the world's largest companies).
    expect(search('No. 5').map((o) => o.value)).toEqual(all.filter((o) => o.unit === 'rank' && o.value === 5).map((o) => o.value));
    expect(search('No. 5').length).toBeGreaterThan(0);
    expect(search('61 million smartphones').map((o) => `${o.metric} ${o.period}`)).toEqual(['smartphones_sold 2014']);
    // "Jul 2017" is in the Source column of every figure from the two July 2017 articles.
    const july = search('jul 2017');
    expect(july).toEqual(expect.arrayContaining(all.filter((o) => o.sourceId === 'cnbc-2017-q2' || o.sourceId === 'q2-2017-shipments-report')));
  });
  it('finds figures by each word of the query, in any order', () => {
    const both = search('india 2017');
    const expected = all.filter((o) => o.region === 'india' && o.period.includes('2017'));
    expect(expected.length).toBeGreaterThan(0);
    expect(both).toEqual(expect.arrayContaining(expected));
    expect(both.every((o) => search('india').includes(o) && search('2017').includes(o))).toBe(true);
    expect(new Set(search('2017   India'))).toEqual(new Set(both));
    expect(new Set(search('india q2'))).toEqual(new Set(search('q2 india')));
    // Each letter typed narrows the list, never widens it.
    const longer = search('shipments 2017');
    expect(longer.every((o) => search('shipments 201').includes(o))).toBe(true);
  });
  it('does not match the words of an article headline the list does not show', () => {
    // The 2023 results article's headline mentions revenue; its staff count and tablet shipments do not.
    const revenue = search('revenue');
    expect(revenue.length).toBeGreaterThan(0);
    expect(revenue.filter((o) => !describeWhat(index, o).toLowerCase().includes('revenue')).map((o) => o.metric)).toEqual([]);
  });
  it('does not match the words the page writes for a missing publisher', () => {
    expect(search('named')).toEqual([]);
  });
  it('finds nothing for words no figure answers to', () => {
    expect(search('zzz')).toEqual([]);
  });
});
