import { describe, expect, it } from 'vitest';
import { csvCell, goalsTable, INPUT_SERIES, pointsTable, toCsv, withView } from '../../src/domain/csv.ts';
import { assessGoals } from '../../src/domain/goals.ts';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { shipmentsData, shipmentsShown } from '../../src/domain/shipments.ts';
import { revenueData, revenueShown } from '../../src/domain/revenue.ts';
import { regionsData, regionsShown } from '../../src/domain/regions.ts';
import { RANK_GRANULARITIES, SHIPMENT_GRANULARITIES } from '../../src/domain/panel-granularities.ts';
import { importCsv } from '../../src/data/loader/import-file.ts';
import { bundledIndex } from '../helpers/dataset.ts';

describe('csvCell', () => {
  it('quotes commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('cr\r')).toBe('"cr\r"');
  });
  it('writes numbers as numbers and leaves blanks empty', () => {
    expect(csvCell(-6.3)).toBe('-6.3');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(Number.NaN)).toBe('');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
  it('defuses text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-6.3%')).toBe("'-6.3%");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('toCsv', () => {
  it('writes a header row and CRLF line ends', () => {
    expect(toCsv({ header: ['a', 'b'], rows: [[1, 'x,y']] })).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('tables for panels', () => {
  const index = bundledIndex();
  it('has one row per figure the shipments chart shows, with period, value, unit, kind and source', () => {
    const data = shipmentsData(index, NO_FILTER, 'quarter', { currency: 'RMB', rates: [] });
    const table = pointsTable(data.plotted, () => 'Shipped');
    expect(table.header).toEqual(expect.arrayContaining(['period', 'value', 'unit', 'kind', 'source']));
    const at = (name: string) => table.header.indexOf(name);
    expect(table.rows.map((r) => [r[at('period')], r[at('period_label')], r[at('value')], r[at('unit')], r[at('kind')]])).toEqual([
      ['2017-Q1', 'Q1 2017', 13.6, 'million', 'derived'],
      ['2017-Q2', 'Q2 2017', 23.16, 'million', 'reported'],
    ]);
    expect(table.rows[1]?.[at('source')]).toBe(data.plotted[1]!.observation.sourceId);
    expect(table.rows[1]?.[at('source_title')]).toBe(
      'CNBC, “Flagging Chinese smartphone maker Xiaomi rebounds with record second quarter shipments”, Jul 2017 (date inferred)',
    );
    expect(table.rows[0]?.[at('formula')]).toContain('÷ (1 +');
  });
  it('writes converted values at the precision shown, never with float noise', () => {
    const usd = revenueData(index, NO_FILTER, { currency: 'USD', rates: index.rates });
    const table = pointsTable(usd.segments!.plotted, () => 'Revenue');
    const at = (name: string) => table.header.indexOf(name);
    const values = table.rows.map((r) => r[at('value')] as number);
    expect(values.length).toBeGreaterThan(0);
    for (const [i, v] of values.entries()) expect(String(v), `row ${i}`).toMatch(/^-?\d+(\.\d{1,6})?$/);
    expect(values).toContain(23.1);
    expect(table.rows.every((r) => r[at('currency')] === 'USD' || r[at('currency')] === undefined)).toBe(true);
    // A converted figure's note keeps the source's amounts, and says in which currency they are.
    const other = table.rows.find((r) => r[at('id')] === 'segment-other-2023-derived')!;
    expect(other[at('note')]).toMatch(/between about 3\.1 and 3\.5\. \(Amounts in this note are in RMB, as stated\.\)$/);
  });

  it('loads back through Load data as the same figures', () => {
    const data = shipmentsData(index, NO_FILTER, 'year', { currency: 'RMB', rates: [] });
    const reported = data.plotted.filter((p) => p.observation.kind !== 'derived');
    // As downloaded: with the pinned link to the view as the last column.
    const url = 'https://example.org/dashboard/?from=2012&v=2026-12-03.1';
    const csv = toCsv(
      withView(
        pointsTable(reported, () => 'Shipments'),
        url,
      ),
    );
    expect(csv.split('\r\n')[1]).toMatch(/,https:\/\/example\.org\/dashboard\/\?from=2012&v=2026-12-03\.1$/);
    const loaded = importCsv(csv, 'export.csv', index.dataset);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
    const figures = (os: readonly { metric: string; period: string; value: number; kind: string; sourceId: string }[]) =>
      os.map((o) => [o.metric, o.period, o.value, o.kind, o.sourceId]);
    expect(figures(loaded.dataset.observations)).toEqual(figures(reported.map((p) => p.observation)));
  });

  it('loads back each panel’s download, derived figures with their derivations and the inputs they rest on', () => {
    const display = { currency: 'RMB', rates: [] } as const;
    const downloads = [
      ...SHIPMENT_GRANULARITIES.map((g) => [`shipments by ${g}`, shipmentsShown(shipmentsData(index, NO_FILTER, g, display))] as const),
      ...RANK_GRANULARITIES.map((g) => [`regions by ${g}`, regionsShown(regionsData(index, NO_FILTER, g, display))] as const),
      ['revenue', revenueShown(revenueData(index, NO_FILTER, display))] as const,
    ];
    let derived = 0;
    const added: string[] = [];
    for (const [what, shown] of downloads) {
      const table = pointsTable(shown, () => 'series', index);
      const loaded = importCsv(toCsv(table), `${what}.csv`, index.dataset);
      // Before, each derived row was refused (twice over), and the whole file with it; then a
      // derived row whose inputs the view does not list (half-year growth, Revenue's exchange rate).
      if (!loaded.ok) throw new Error(`${what}: ${JSON.stringify(loaded.problems)}`);
      const ids = loaded.dataset.observations.map((o) => o.id);
      // The view's own rows come first, as shown, with their derivations.
      expect(loaded.dataset.observations.slice(0, shown.length).map((o) => [o.id, o.kind, o.derivation?.op, o.derivation?.inputs])).toEqual(
        shown.map((p) => [p.observation.id, p.observation.kind, p.observation.derivation?.op, p.observation.derivation?.inputs]),
      );
      // Then each input a derived row names and the view does not list, once, marked as not drawn.
      const extra = ids.slice(shown.length);
      expect(new Set(extra).size).toBe(extra.length);
      const series = table.header.indexOf('series');
      expect(table.rows.slice(shown.length).every((r) => r[series] === INPUT_SERIES)).toBe(true);
      for (const o of loaded.dataset.observations) for (const input of o.derivation?.inputs ?? []) expect(ids, `${what}: ${o.id}`).toContain(input);
      derived += shown.filter((p) => p.observation.kind === 'derived').length;
      added.push(...extra);
    }
    expect(derived).toBeGreaterThan(3);
    // The inputs the views do not show: annual sales for the half-year view, and the two 2017
    // revenue targets behind Revenue's implied exchange rate, stated in their own currencies.
    expect(added).toEqual(expect.arrayContaining(['sold-2013', 'target-revenue-2017-usd-report', 'target-revenue-2017-report']));
    const revenue = pointsTable(revenueShown(revenueData(index, NO_FILTER, display)), () => 'series', index);
    const usdTarget = revenue.rows.find((r) => r[0] === 'target-revenue-2017-usd-report')!;
    expect(usdTarget[revenue.header.indexOf('currency')]).toBe('USD');
  });

  it('refuses to load back a download converted to another currency, naming the rows, rather than take its values as reported', () => {
    const usd = revenueShown(revenueData(index, NO_FILTER, { currency: 'USD', rates: index.rates }));
    const table = pointsTable(usd, () => 'series', index);
    const converted = table.rows.filter((r) => r[table.header.indexOf('conversion')]).length;
    expect(converted).toBeGreaterThan(5);
    const loaded = importCsv(toCsv(table), 'revenue-usd.csv', index.dataset);
    // Before, USD 23.1 bn came back as a figure the 2023 report stated, in a currency it never used.
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) {
      expect(loaded.message).toBe('revenue-usd.csv holds figures converted to another currency');
      expect(loaded.problems).toHaveLength(1);
      expect(loaded.problems[0]!.path).toMatch(new RegExp(`^column conversion \\(rows \\d+, \\d+, \\d+, \\d+, \\d+ and ${converted - 5} more\\)$`));
      expect(loaded.problems[0]!.message).toMatch(
        /^converted for display \(converted at 0\.1468 USD per RMB \(2017\)\), not as their sources state them: download/,
      );
    }
  });

  it('names a derived row whose inputs are not in the file, and one without its derivation, once each', () => {
    const shown = shipmentsShown(shipmentsData(index, NO_FILTER, 'year', { currency: 'RMB', rates: [] }));
    const growth = shown.filter((p) => p.observation.id === 'sold-growth-2014-derived');
    expect(growth).toHaveLength(1);
    const alone = importCsv(toCsv(pointsTable(growth, () => 'series')), 'alone.csv', index.dataset);
    expect(alone.ok).toBe(false);
    if (!alone.ok)
      expect(alone.problems).toEqual([
        {
          path: 'row 2, column derivation',
          message: 'derived from "sold-2013" and "sold-2014", not rows of this file: add them, or download with Show: Derived unticked',
        },
      ]);
    const table = pointsTable(growth, () => 'series');
    const column = table.header.indexOf('derivation');
    const bare = importCsv(toCsv({ ...table, rows: table.rows.map((r) => r.map((c, i) => (i === column ? undefined : c))) }), 'bare.csv', index.dataset);
    expect(bare.ok).toBe(false);
    if (!bare.ok) expect(bare.problems.map((p) => p.path)).toEqual(['row 2, column derivation']);
  });

  it('has one row per goal with its target, status and explanation', () => {
    const assessments = assessGoals(index, new Date('2026-11-22'));
    const table = goalsTable(index, assessments, (id) => id);
    expect(table.rows).toHaveLength(7);
    const met = table.rows.find((r) => r[0] === 'Revenue of RMB 100 billion in 2017');
    expect(met).toEqual(expect.arrayContaining(['2017', 100, 'billion', 'RMB', 'target', 'Met']));
  });
});
