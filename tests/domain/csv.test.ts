import { describe, expect, it } from 'vitest';
import { csvCell, goalsTable, pointsTable, toCsv, withView } from '../../src/domain/csv.ts';
import { assessGoals } from '../../src/domain/goals.ts';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { shipmentsData, shipmentsShown } from '../../src/domain/shipments.ts';
import { revenueData, revenueShown } from '../../src/domain/revenue.ts';
import { regionsData, regionsShown } from '../../src/domain/regions.ts';
import { RANK_GRANULARITIES } from '../../src/domain/panel-granularities.ts';
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

  it('loads back each panel’s download as it first shows, derived figures with their derivations', () => {
    const display = { currency: 'RMB', rates: [] } as const;
    const downloads = [
      ['shipments', shipmentsShown(shipmentsData(index, NO_FILTER, 'year', display))] as const,
      ...RANK_GRANULARITIES.map((g) => [`regions by ${g}`, regionsShown(regionsData(index, NO_FILTER, g, display))] as const),
    ];
    let derived = 0;
    for (const [what, shown] of downloads) {
      const loaded = importCsv(toCsv(pointsTable(shown, () => 'series')), `${what}.csv`, index.dataset);
      // Before, each derived row was refused (twice over), and the whole file with it.
      if (!loaded.ok) throw new Error(`${what}: ${JSON.stringify(loaded.problems)}`);
      expect(loaded.dataset.observations.map((o) => [o.id, o.kind, o.derivation?.op, o.derivation?.inputs])).toEqual(
        shown.map((p) => [p.observation.id, p.observation.kind, p.observation.derivation?.op, p.observation.derivation?.inputs]),
      );
      derived += shown.filter((p) => p.observation.kind === 'derived').length;
    }
    expect(derived).toBeGreaterThan(3);
    // Revenue's implied exchange rate comes from two USD and RMB targets the RMB view does not
    // list: that row alone is named, with what to do.
    const revenue = importCsv(toCsv(pointsTable(revenueShown(revenueData(index, NO_FILTER, display)), () => 'series')), 'revenue.csv', index.dataset);
    expect(revenue.ok ? [] : revenue.problems.map((p) => p.message)).toEqual([
      'derived from "target-revenue-2017-usd-report" and "target-revenue-2017-report", not rows of this file: add them, or download with Show: Derived unticked',
    ]);
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
