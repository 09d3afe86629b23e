import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from '../../../src/data/loader/pack-records.ts';

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

  it('sends a repeated string once, strings that differ as one string, and numbers as one typed array', () => {
    const records = Array.from({ length: 1000 }, (_, i) => ({ id: `o-${i}`, unit: 'million', value: i / 10 }));
    const { columns } = packRecords(records);
    expect(columns.map((c) => [c.key, c.type])).toEqual([
      ['id', 'text'],
      ['unit', 'dictionary'],
      ['value', 'numbers'],
    ]);
    const unit = columns[1]!;
    expect(unit.type === 'dictionary' && unit.values).toEqual(['million']);
    expect(unpackRecords(structuredClone(packRecords(records)))).toEqual(records);
  });

  it('sends strings one by one when one contains the joining character or some record lacks the key', () => {
    const withNul = Array.from({ length: 8 }, (_, i) => ({ id: i === 5 ? 'a\u0000b' : `o-${i}` }));
    const gappy = Array.from({ length: 8 }, (_, i) => (i === 3 ? {} : { id: `o-${i}` }));
    for (const records of [withNul, gappy]) {
      const packed = packRecords(records);
      expect(packed.columns[0]!.type).toBe('plain');
      expect(unpackRecords(structuredClone(packed))).toEqual(records);
    }
  });
});
