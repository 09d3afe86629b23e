import { describe, expect, it } from 'vitest';
import { csvLocation, importCsv, importFile, importJson } from '../../../src/data/loader/import-file.ts';
import { bundledDataset, rawDataset } from '../../helpers/dataset.ts';
import { shortCitation } from '../../../src/domain/sources.ts';
import { citationItems } from '../../../src/domain/cite.ts';

const base = bundledDataset();
const HEADER = 'metric,period,value,unit,kind,source';
// Synthetic figures for tests only; they stand for nothing Xiaomi reported.
const GOOD = `${HEADER},region,note,currency
smartphone_shipments,2019,10,million,reported,Synthetic test data,global,,
smartphone_shipments,2020,20,million,reported,Synthetic test data,,"a note, with a comma",
revenue,2020,30,billion,reported,cnbc-2017-q2,global,,RMB
`;

function problems(csv: string) {
  const result = importCsv(csv, 'test.csv', base);
  if (result.ok) throw new Error('expected the file to be rejected');
  return result.problems;
}

describe('importCsv: a good file', () => {
  it('becomes a dataset on top of the bundled metrics and regions, with a source for new citations', () => {
    const fixed = importCsv(GOOD, 'test.csv', base);
    if (!fixed.ok) throw new Error(JSON.stringify(fixed.problems));
    expect(fixed.dataset.observations).toHaveLength(3);
    expect(fixed.dataset.observations.map((o) => [o.id, o.metric, o.period, o.value, o.region, o.sourceId])).toEqual([
      ['row-2', 'smartphone_shipments', '2019', 10, 'global', 'user-1'],
      ['row-3', 'smartphone_shipments', '2020', 20, 'global', 'user-1'],
      ['row-4', 'revenue', '2020', 30, 'global', 'cnbc-2017-q2'],
    ]);
    expect(fixed.dataset.observations[1]?.note).toBe('a note, with a comma');
    // A source the file names is dated by the day it was loaded, and says so: never as published then.
    const named = fixed.dataset.sources.find((src) => src.id === 'user-1')!;
    expect(shortCitation(named)).toMatch(/^Synthetic test data, loaded \d{1,2} [A-Z][a-z]{2} \d{4}$/);
    const [, item] = citationItems({ subject: '', url: 'https://example.org/', version: 'x', accessed: new Date(), sources: [named] });
    expect(item?.issued).toBeNull();
    expect(fixed.dataset.sources.find((s) => s.id === 'user-1')).toMatchObject({ publisher: 'Synthetic test data', headline: 'Imported from test.csv' });
    expect(fixed.dataset.goals).toEqual([]);
  });

  it('requires a currency for money', () => {
    expect(problems(GOOD.replace(',RMB\n', ',\n'))).toEqual([{ path: 'row 4, column currency', message: 'a money figure (revenue) needs a currency' }]);
  });

  it('accepts a byte-order mark, any column order, upper-case headers and blank lines', () => {
    const result = importCsv(`\uFEFFSOURCE,Kind,Unit,Value,Period,Metric\n\nSynthetic,reported,million,5,2021,smartphone_shipments\n\n`, 'x.csv', base);
    expect(result.ok).toBe(true);
  });
});

describe('importCsv: each kind of bad row is named by row and column', () => {
  it.each<[string, string, { path: string; message: RegExp }]>([
    ['a missing column', 'metric,period,value,unit,kind\nsmartphone_shipments,2019,1,million,reported', { path: 'header', message: /missing column "source"/ }],
    ['an unknown column', `${HEADER},colour\nsmartphone_shipments,2019,1,million,reported,S,red`, { path: 'header', message: /unknown column "colour"/ }],
    ['an empty value', `${HEADER}\nsmartphone_shipments,2019,,million,reported,S`, { path: 'row 2, column value', message: /is empty/ }],
    [
      'a value that is not a number',
      `${HEADER}\nsmartphone_shipments,2019,lots,million,reported,S`,
      { path: 'row 2, column value', message: /"lots" is not a number/ },
    ],
    ...['0x10', '0b11', '1,500', '1 500', '1e3', 'Infinity', '+5', '.5'].map((raw): [string, string, { path: string; message: RegExp }] => [
      `a number written as ${raw}`,
      `${HEADER}\nsmartphone_shipments,2019,"${raw}",million,reported,S`,
      { path: 'row 2, column value', message: new RegExp(`^"${raw.replace(/[.+]/g, '\\$&')}" is not a number: write digits`) },
    ]),
    [
      // Digits, so not "not a number"; and quoted only as far as a reader needs to find it.
      'a value too large for any number',
      `${HEADER}\nsmartphone_shipments,2019,${'9'.repeat(400)},million,reported,S`,
      { path: 'row 2, column value', message: new RegExp(`^"${'9'.repeat(40)}…" is too large to be a figure \\(400 characters long\\)$`) },
    ],
    [
      'a rank past any plausible bound',
      `${HEADER}\nvendor_rank,2019,100000000,rank,reported,S`,
      { path: 'row 2, column value', message: /must be at most 10,000 in size/ },
    ],
    ['a bad period', `${HEADER}\nsmartphone_shipments,2019-Q7,1,million,reported,S`, { path: 'row 2, column period', message: /must be a period/ }],
    [
      'an unknown metric',
      `${HEADER}\nfolding_phones,2019,1,million,reported,S`,
      { path: 'row 2, column metric', message: /unknown metric id "folding_phones"/ },
    ],
    [
      'an unknown region',
      `${HEADER},region\nsmartphone_shipments,2019,1,million,reported,S,atlantis`,
      { path: 'row 2, column region', message: /unknown region id "atlantis"/ },
    ],
    [
      'a unit that does not fit the metric',
      `${HEADER}\nsmartphone_shipments,2019,1,percent,reported,S`,
      { path: 'row 2, column unit', message: /does not match metric/ },
    ],
    [
      'a derived value with no derivation',
      `${HEADER}\nsmartphone_shipments,2019,1,million,derived,S`,
      { path: 'row 2, column derivation', message: /^is empty: a derived value needs its derivation/ },
    ],
    [
      'a derivation that is not one',
      `${HEADER},derivation\nsmartphone_shipments,2019,1,million,derived,S,half of it`,
      { path: 'row 2, column derivation', message: /^"half of it" is not a derivation/ },
    ],
    [
      'a derivation by an unknown operation',
      `id,${HEADER},derivation\na,smartphone_shipments,2018,1,million,reported,S,\nb,smartphone_shipments,2019,2,million,derived,S,guess(a)`,
      { path: 'row 3, column derivation', message: /guess|op/ },
    ],
    ['a negative count', `${HEADER}\nsmartphone_shipments,2019,-4,million,reported,S`, { path: 'row 2, column value', message: /cannot be negative/ }],
    ['an unknown kind', `${HEADER}\nsmartphone_shipments,2019,1,million,rumour,S`, { path: 'row 2, column kind', message: /reported/ }],
    [
      'a duplicate id',
      `id,${HEADER}\na,smartphone_shipments,2019,1,million,reported,S\na,smartphone_shipments,2020,1,million,reported,S`,
      { path: 'row 3, column id', message: /duplicate id "a"/ },
    ],
    ['an empty source', `${HEADER}\nsmartphone_shipments,2019,1,million,reported,`, { path: 'row 2, column source', message: /./ }],
  ])('%s', (_, csv, expected) => {
    expect(problems(csv)).toContainEqual({ path: expected.path, message: expect.stringMatching(expected.message) });
  });

  it('reports an empty file', () => {
    expect(problems('')).toEqual([{ path: 'file', message: 'expected a header row and at least one row of figures' }]);
    expect(problems(`${HEADER}\n`)).toEqual([{ path: 'file', message: 'expected a header row and at least one row of figures' }]);
  });

  it('lists every bad row, not only the first', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `smartphone_shipments,20${10 + i},x,million,reported,S`).join('\n');
    expect(problems(`${HEADER}\n${rows}`)).toHaveLength(30);
  });
});

describe('csvLocation', () => {
  it('maps dataset paths to spreadsheet rows and columns', () => {
    // Rows 3 and 4 failed earlier checks, so the second observation came from row 5.
    const rows = [2, 5];
    expect(csvLocation('observations[0].metric', rows)).toBe('row 2, column metric');
    expect(csvLocation('observations[1].sourceId', rows)).toBe('row 5, column source');
    expect(csvLocation('observations[1]', rows)).toBe('row 5');
    expect(csvLocation('sources[6].publisher', rows)).toBe('sources[6].publisher');
  });

  it('names a row that does not split into columns and still checks every other row, in file order', () => {
    const found = problems(`${HEADER}
smartphone_shipments,2019,1,500,million,reported,S
smartphone_shipments,20x9,125,million,reported,S
revenue,2020,1e3,billion,reported,S
`);
    expect(found.map((p) => p.path)).toEqual(['row 2', 'row 3, column period', 'row 4, column value']);
    expect(found[0]?.message).toMatch(/Too many fields/);
  });

  it('names a bad number and a bad period in one pass, each at its own row', () => {
    const found = problems(`${HEADER}
smartphone_shipments,2019,abc,million,reported,S
smartphone_shipments,2019-Q7,10,million,reported,S
`);
    expect(found.map((p) => p.path)).toEqual(['row 2, column value', 'row 3, column period']);
  });
});

describe('importJson and importFile', () => {
  it('loads a JSON dataset in the same schema', () => {
    const result = importJson(JSON.stringify(rawDataset()), 'mine.json');
    expect(result.ok && result.dataset.observations).toHaveLength(88);
  });
  it('reports JSON problems by path', () => {
    const data = rawDataset();
    data.observations[2]!.period = 'soon';
    const result = importJson(JSON.stringify(data), 'mine.json');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: 'observations[2].period', message: expect.stringMatching(/must be a period/) }]);
  });
  it('names every problem at once: a record of the wrong shape, and a record that does not fit the others', () => {
    const data = rawDataset();
    data.observations[2]!.period = 'soon';
    (data.goals as { targetObservationIds: string[] }[])[0]!.targetObservationIds = ['no-such-figure'];
    const result = importJson(JSON.stringify(data), 'mine.json');
    expect(result).toMatchObject({ ok: false, message: 'mine.json does not match the dataset schema (2 problems)' });
    if (!result.ok)
      expect(result.problems).toEqual([
        { path: 'observations[2].period', message: expect.stringMatching(/must be a period/) },
        { path: 'goals[0].targetObservationIds[0]', message: expect.stringContaining('"no-such-figure"') },
      ]);
  });
  it('names a bad row and an unknown metric in one pass', () => {
    const csv = 'metric,period,value,unit,kind,source\nfoo_metric,2019,10,million,reported,Mine\nsmartphone_shipments,2019-Q5,30,million,reported,Mine';
    const result = importFile(csv, 'two.csv', base);
    expect(result).toMatchObject({ ok: false, message: 'two.csv has 2 problems' });
    if (!result.ok) expect(result.problems.map((p) => p.path).sort()).toEqual(['row 2, column metric', 'row 3, column period']);
  });
  it('names an unknown metric in a row whose period is bad too, not only once the period is mended', () => {
    const csv = 'metric,period,value,unit,kind,source\nfolding_phones,2019-Q5,30,million,reported,Mine\nsmartphone_shipments,2019,1,million,reported,Mine';
    const result = importFile(csv, 'one.csv', base);
    expect(result).toMatchObject({ ok: false, message: 'one.csv has 2 problems' });
    if (!result.ok)
      expect(result.problems).toEqual([
        { path: 'row 2, column period', message: expect.stringMatching(/must be a period/) },
        { path: 'row 2, column metric', message: 'unknown metric id "folding_phones"' },
      ]);
  });
  it('does not call a metric unknown when it is there but of the wrong shape itself', () => {
    const data = rawDataset();
    const metric = (data.metrics as { id: string; unit: unknown }[])[0]!;
    metric.unit = 42;
    const figure = data.observations.findIndex((o) => o.metric === metric.id);
    data.observations[figure]!.period = '2019-Q9';
    const result = importJson(JSON.stringify(data), 'mine.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['metrics[0].unit', `observations[${figure}].period`]));
      expect(result.problems.filter((p) => p.message.includes('unknown metric id'))).toEqual([]);
    }
  });
  it('chooses the reader by file name, then by content', () => {
    expect(importFile(JSON.stringify(rawDataset()), 'noext', base).ok).toBe(true);
    expect(importFile('<html>', 'page.json', base)).toMatchObject({ ok: false, message: 'page.json is an HTML or XML page, not JSON (is the path right?)' });
    expect(importFile(`${HEADER}\nsmartphone_shipments,2019,1,million,reported,S`, 'data.txt', base).ok).toBe(true);
  });

  it('says a file that is not text is not text, rather than listing columns named by stray bytes', () => {
    // A PNG as UTF-8 decodes it: its signature, NUL bytes, and bytes that are not UTF-8.
    const png = new TextDecoder().decode(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe, 0x2c, 0x2c]),
    );
    const result = importFile(png, 'chart.csv', base);
    expect(result).toMatchObject({ ok: false, message: 'chart.csv is not a text file' });
    if (!result.ok) expect(result.problems).toHaveLength(1);
    // UTF-16, as some spreadsheets save "Unicode text": a NUL after every letter.
    expect(importFile(`${HEADER}\n`.split('').join('\u0000'), 'sheet.csv', base)).toMatchObject({ ok: false, message: 'sheet.csv is not a text file' });
    // A stray byte or two in a real CSV is not enough to call it binary.
    expect(importFile(`${HEADER},note\nsmartphone_shipments,2019,1,million,reported,S,caf\uFFFD`, 'data.csv', base).ok).toBe(true);
  });
});
