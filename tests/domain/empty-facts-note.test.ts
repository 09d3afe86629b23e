import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/domain/format.ts';
import { NO_FILTER, type ObservationFilter } from '../../src/domain/filters.ts';
import { NO_MONEY } from '../../src/domain/plot.ts';
import { shipmentsData } from '../../src/domain/shipments.ts';
import { emptyFactsNote } from '../../src/domain/takeaway-words.ts';
import { bundledIndex } from '../helpers/dataset.ts';

const index = bundledIndex();
const shipmentFacts = (f: ObservationFilter) => shipmentsData(index, f, 'year', NO_MONEY).factTotal;
const note = (f: ObservationFilter, count = shipmentFacts) => emptyFactsNote(index, f, count(f), count);

describe('emptyFactsNote: why a list of other figures is empty', () => {
  it('says nothing while the list has figures', () => {
    expect(shipmentFacts(NO_FILTER)).toBeGreaterThan(0);
    expect(note(NO_FILTER)).toBeNull();
    expect(note({ ...NO_FILTER, regions: ['china'] })).toBeNull();
  });

  it('blames the region filter, with the count the other markets hold', () => {
    const india = { ...NO_FILTER, regions: ['india'] };
    expect(shipmentFacts(india)).toBe(0);
    // The count is the number of figures the list holds with the region filter cleared.
    expect(note(india)).toBe(`None for India: ${countWords(shipmentFacts(NO_FILTER))} are for other markets or worldwide.`);
  });

  it('blames the years when another year has figures for the same markets', () => {
    const text = note({ ...NO_FILTER, from: 2019, to: 2020 });
    expect(text).toMatch(/^None in 2019–2020: \S+ are in other years\.$/);
  });

  it('names every filter set when only clearing them together brings figures back', () => {
    // Mainland China's shipment figures are all from 2023, and 2019 has none anywhere.
    const f = { ...NO_FILTER, regions: ['india'], from: 2019, to: 2019 };
    expect(note(f)).toMatch(/^None for India in 2019: \S+ are in other years or markets\.$/);
  });

  it('says when hiding derived figures left the list empty', () => {
    // The one shipment figure of 2013 besides the volumes is a growth rate derived from two of them.
    const f = { ...NO_FILTER, from: 2013, to: 2013, derived: false };
    expect(shipmentFacts({ ...f, derived: true })).toBe(1);
    expect(note(f)).toBe('None in 2013: the only ones are derived, and derived figures are hidden.');
  });

  it('names the segment filter when it is the one to blame', () => {
    // A list whose figures all lie outside any one segment.
    const outsideSegments = (f: ObservationFilter) => (f.segments === null ? 3 : 0);
    const label = index.segmentLabel.get('smartphones');
    expect(note({ ...NO_FILTER, segments: ['smartphones'] }, outsideSegments)).toBe(`None in the ${label} segment: three are for other segments.`);
  });

  it('never names a filter the list does not depend on', () => {
    // The shipment list has no segments: India is the whole reason.
    expect(note({ ...NO_FILTER, regions: ['india'], segments: ['iot'] })).toBe(note({ ...NO_FILTER, regions: ['india'] }));
  });

  it('says when no market is chosen', () => {
    expect(note({ ...NO_FILTER, regions: [] })).toBe('None: no market is selected.');
  });

  it('stays silent when no filter is to blame', () => {
    expect(emptyFactsNote(index, NO_FILTER, 0, () => 0)).toBeNull();
  });
});
