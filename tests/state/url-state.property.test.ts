import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RANK_GRANULARITIES, SHIPMENT_GRANULARITIES } from '../../src/domain/panel-granularities.ts';
import { parseViewState, serializeViewState, type UrlContext } from '../../src/state/url-state.ts';
import { DECKS, PANEL_KEYS, THEMES, type ViewState } from '../../src/state/view-state.ts';
import { CTX } from '../helpers/url-context.ts';
import { isValid } from '../helpers/view-validity.ts';

const year = fc.option(fc.integer({ min: CTX.firstYear, max: CTX.lastYear }), { nil: null });

/** Any view a user can reach: lists in the dataset's order, ranges in order. */
const validViewState = (ctx: UrlContext = CTX): fc.Arbitrary<ViewState> =>
  fc
    .record({
      from: year,
      to: year,
      currency: fc.constantFrom('RMB' as const, 'USD' as const),
      convertTargets: fc.boolean(),
      regions: fc.option(fc.subarray([...ctx.regions]), { nil: null }),
      segments: fc.option(fc.subarray([...ctx.segments]), { nil: null }),
      derived: fc.boolean(),
      events: fc.boolean(),
      shipmentsGranularity: fc.constantFrom(...SHIPMENT_GRANULARITIES),
      ranksGranularity: fc.constantFrom(...RANK_GRANULARITIES),
      tables: fc.subarray([...PANEL_KEYS]),
      search: fc.string({ maxLength: 40 }),
      focus: fc.option(fc.constantFrom(...PANEL_KEYS), { nil: null }),
      embed: fc.option(fc.constantFrom(...PANEL_KEYS), { nil: null }),
      slide: fc.option(fc.integer({ min: 1, max: ctx.slideCount }), { nil: null }),
      deck: fc.constantFrom(...DECKS),
      theme: fc.constantFrom(...THEMES),
    })
    .filter((s) => s.from === null || s.to === null || s.from <= s.to)
    .filter((s) => s.slide === null || s.slide <= (s.deck === 'saved' ? ctx.savedIds.length : ctx.slideCount))
    // A saved-deck slide names its saved view; nothing else does.
    .map((s) => ({ ...s, savedView: s.deck === 'saved' && s.slide !== null ? (ctx.savedIds[s.slide - 1] ?? null) : null }))
    .filter((s) => s.deck !== 'saved' || s.savedView !== null);

const KEYS = [
  'from',
  'to',
  'currency',
  'regions',
  'segments',
  'derived',
  'shipments',
  'ranks',
  'tables',
  'focus',
  'slide',
  'theme',
  'v',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  '',
];
const hostileQuery = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom(...KEYS), fc.string({ maxLength: 12 })),
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.integer().map(String),
          // Plausible values too, so combinations such as a reversed year range come up.
          fc.integer({ min: 2005, max: 2035 }).map(String),
          fc.integer({ min: -2, max: 8 }).map(String),
          fc.subarray([...CTX.regions, 'mars']).map((xs) => xs.join(',')),
          fc.constantFrom('', ',', ',,', '1e9', 'NaN', 'USD', 'quarter', 'dark', 'goals,shipments'),
        ),
      ),
      { maxLength: 20 },
    )
    .map((pairs) => `?${pairs.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')}`),
);

describe('URL state properties', () => {
  it('parse(serialize(state)) gives back the same state, with no notices', () => {
    fc.assert(
      fc.property(validViewState(), fc.option(fc.stringMatching(/^[\w.-]{1,40}$/), { nil: null }), (state, version) => {
        const parsed = parseViewState(serializeViewState(state, version), CTX);
        expect(parsed.state).toEqual(state);
        expect(parsed.notices).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws, and always yields a valid state, whatever the link holds', () => {
    fc.assert(
      fc.property(hostileQuery, (query) => {
        const { state } = parseViewState(query, CTX);
        expect(isValid(state, CTX)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('always yields an ordered year range, whatever two years a link gives', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1990, max: 2050 }), fc.integer({ min: 1990, max: 2050 }), (a, b) => {
        const { state } = parseViewState(`?from=${a}&to=${b}`, CTX);
        expect(isValid(state, CTX)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never pollutes Object.prototype', () => {
    const before = Object.getOwnPropertyNames(Object.prototype).sort();
    fc.assert(
      fc.property(hostileQuery, (query) => {
        parseViewState(query, CTX);
        parseViewState(`${query}&__proto__[x]=1&constructor[prototype][x]=1`, CTX);
      }),
      { numRuns: 300 },
    );
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('keeps every link well under 2,000 characters', () => {
    const wide: UrlContext = { ...CTX, regions: Array.from({ length: 11 }, (_, i) => `region-number-${i}`) };
    fc.assert(
      fc.property(validViewState(wide), (state) => {
        expect(serializeViewState(state, '2026-11-22.1').length).toBeLessThan(600);
      }),
      { numRuns: 300 },
    );
  });

  it('serializes equal views to the same link, whatever order their fields were set in', () => {
    fc.assert(
      fc.property(validViewState(), (state) => {
        const reordered = Object.fromEntries(Object.entries(state).reverse()) as typeof state;
        expect(serializeViewState(reordered, null)).toBe(serializeViewState(state, null));
      }),
    );
  });
});
