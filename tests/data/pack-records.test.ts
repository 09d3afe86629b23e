import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from '../../src/data/pack-records.ts';

/** Records with optional keys, values that repeat or not, numbers, and nested objects. */
const record = fc.record(
  {
    id: fc.string(),
    metric: fc.constantFrom('shipments', 'revenue', 'rank'),
    value: fc.double({ noNaN: false }),
    upper: fc.integer(),
    note: fc.string({ maxLength: 3 }),
    flag: fc.boolean(),
    derivation: fc.record({ op: fc.constantFrom('sum', 'ratio'), inputs: fc.array(fc.string(), { maxLength: 3 }) }, { noNullPrototype: true }),
    mixed: fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constantFrom('a', 'b'), fc.constant(null)),
  },
  // Plain objects, as JSON.parse makes them.
  { requiredKeys: ['id'], noNullPrototype: true },
);

describe('packRecords / unpackRecords', () => {
  it('give back records equal to the originals, with exactly the same keys present', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const back = unpackRecords<Record<string, unknown>>(structuredClone(packRecords(records)));
        expect(back).toHaveLength(records.length);
        back.forEach((r, i) => {
          expect(Object.keys(r).sort()).toEqual(Object.keys(records[i]!).sort());
          expect(r).toStrictEqual(records[i]);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('sends a repeated string once, and numbers as one typed array', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: `o-${i}`, unit: 'million', value: i / 10 }));
    const { columns } = packRecords(records);
    expect(columns.map((c) => [c.key, c.type])).toEqual([
      ['id', 'plain'],
      ['unit', 'dictionary'],
      ['value', 'numbers'],
    ]);
    const unit = columns[1]!;
    expect(unit.type === 'dictionary' && unit.values).toEqual(['million']);
  });
});
