/**
 * Random datasets that pass the schema, thrown at every panel's domain functions and takeaways:
 * none throws, and none does work that grows with a value rather than with the number of
 * records. The limit per call is far above what a call takes (a few milliseconds) and far below
 * the freezes this guards against (a rank of 100,000,000 once took 137 s), so a busy machine
 * cannot fail it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_MAGNITUDE, type Observation } from '../../src/data/schema.ts';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { indexDataset } from '../../src/domain/dataset-index.ts';
import type { ObservationFilter } from '../../src/domain/filters.ts';
import { assessGoals } from '../../src/domain/goals.ts';
import { headlineFigures } from '../../src/domain/headline.ts';
import { RANK_GRANULARITIES, SHIPMENT_GRANULARITIES } from '../../src/domain/panel-granularities.ts';
import { regionsData } from '../../src/domain/regions.ts';
import { revenueData } from '../../src/domain/revenue.ts';
import { shipmentsData } from '../../src/domain/shipments.ts';
import { resultsByYearTakeaway, revenueByYearTakeaway, segmentsTakeaway, shipmentsTakeaway } from '../../src/domain/takeaways.ts';
import { screen } from '@testing-library/react';
import { GoalsPanel } from '../../src/features/goals/goals-panel.tsx';
import { RegionsPanel } from '../../src/features/regions/regions-panel.tsx';
import { RevenuePanel } from '../../src/features/revenue/revenue-panel.tsx';
import { ShipmentsPanel } from '../../src/features/shipments/shipments-panel.tsx';
import { bundledDataset } from '../helpers/dataset.ts';
import { renderWithData } from '../helpers/render.tsx';

const base = bundledDataset();

/** A value of the unit's own kind, reaching its bound: ranks and counts are whole and positive. */
function valueOf(unit: Observation['unit']) {
  const max = MAX_MAGNITUDE[unit];
  if (unit === 'rank') return fc.integer({ min: 1, max });
  if (unit === 'count') return fc.integer({ min: 0, max });
  if (unit === 'year') return fc.integer({ min: 1900, max });
  const extreme = fc.constantFrom(0, max, -max, max / 3, 1e-6);
  return fc.oneof(extreme, fc.double({ min: -max, max, noNaN: true, noDefaultInfinity: true }));
}

const periodKey = fc.oneof(
  fc.integer({ min: 1990, max: 2060 }).map(String),
  fc.tuple(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.tuple(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(fc.integer({ min: 1990, max: 2060 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
);

const observation = fc
  .record({
    metric: fc.constantFrom(...base.metrics),
    entity: fc.constantFrom(...base.entities.map((e) => e.id)),
    region: fc.constantFrom(...base.regions.map((r) => r.id)),
    segment: fc.option(fc.constantFrom(...base.segments.map((s) => s.id)), { nil: undefined }),
    period: periodKey,
    kind: fc.constantFrom('reported', 'target', 'planned') as fc.Arbitrary<Observation['kind']>,
    qualifier: fc.option(fc.constantFrom('approx', 'moreThan', 'nearly') as fc.Arbitrary<NonNullable<Observation['qualifier']>>, { nil: undefined }),
    currency: fc.constantFrom('RMB', 'USD') as fc.Arbitrary<'RMB' | 'USD'>,
    sourceId: fc.constantFrom(...base.sources.map((s) => s.id)),
    seed: fc.nat(),
  })
  .chain((r) =>
    valueOf(r.metric.unit).map((value): Omit<Observation, 'id'> => ({
      metric: r.metric.id,
      entity: r.entity,
      region: r.region,
      ...(r.segment ? { segment: r.segment } : {}),
      period: r.period,
      value,
      unit: r.metric.unit,
      ...(r.metric.money ? { currency: r.currency } : {}),
      kind: r.kind,
      ...(r.qualifier ? { qualifier: r.qualifier } : {}),
      sourceId: r.sourceId,
    })),
  );

const filter: fc.Arbitrary<ObservationFilter> = fc.record({
  from: fc.option(fc.integer({ min: 1990, max: 2060 }), { nil: null }),
  to: fc.option(fc.integer({ min: 1990, max: 2060 }), { nil: null }),
  regions: fc.option(fc.subarray(base.regions.map((r) => r.id)), { nil: null }),
  segments: fc.option(fc.subarray(base.segments.map((s) => s.id)), { nil: null }),
  derived: fc.boolean(),
});

/** A random dataset the schema accepts (goals keep no targets, so any figures may stand in for them). */
const validDataset = fc.array(observation, { minLength: 1, maxLength: 60 }).map((records) =>
  validateDataset({
    ...base,
    observations: records.map((o, i) => ({ ...o, id: `r-${i}` })),
    goals: base.goals.map((g) => ({ ...g, targetObservationIds: [] })),
  }),
);

describe('every panel on random valid datasets', () => {
  it('computes and words each one without throwing', () => {
    let checked = 0;
    fc.assert(
      fc.property(validDataset, filter, fc.constantFrom('RMB', 'USD'), (valid, f, currency) => {
        // Only what the schema accepts reaches a panel; the rest is refused before.
        fc.pre(valid.ok);
        if (!valid.ok) return;
        checked++;
        const index = indexDataset(valid.dataset);
        const display = { currency: currency as 'RMB' | 'USD', rates: index.rates };
        const goals = assessGoals(index, new Date('2026-12-03'));
        headlineFigures(index, f, display, goals);
        const revenue = revenueData(index, f, display);
        const takeaways = [
          ...SHIPMENT_GRANULARITIES.map((g) => shipmentsTakeaway(index, shipmentsData(index, f, g, display), f)),
          segmentsTakeaway(index, revenue, f),
          revenueByYearTakeaway(index, revenue, f),
          resultsByYearTakeaway(index, revenue, f),
        ];
        for (const g of RANK_GRANULARITIES) regionsData(index, f, g, display);
        // Whatever the values, every chart leads with a sentence a reader can use.
        for (const { text } of takeaways) {
          expect(text.trim().length).toBeGreaterThan(0);
          expect(text).not.toMatch(/\b(NaN|undefined|Infinity|null)\b/);
        }
      }),
      // A fixed seed: the same datasets on every run, so CI and a failure's reproduction agree.
      { numRuns: 150, seed: 20261203 },
    );
    // The generator makes valid datasets, not only rejected ones.
    expect(checked).toBeGreaterThan(50);
  });
});

describe('every panel drawn on random valid datasets', () => {
  // Twelve datasets through four panels: longer than one test usually takes, on a busy machine most of all.
  it('renders its region, chart or a note, for each panel', { timeout: 120_000 }, () => {
    const panels = [
      ['Shipments', ShipmentsPanel],
      ['Revenue segments', RevenuePanel],
      ['Regional performance', RegionsPanel],
      ['Goal tracking', GoalsPanel],
    ] as const;
    fc.assert(
      fc.property(validDataset, (valid) => {
        fc.pre(valid.ok);
        if (!valid.ok) return;
        for (const [name, Panel] of panels) {
          const { unmount } = renderWithData(<Panel />, { dataset: valid.dataset });
          expect(screen.getByRole('region', { name })).toBeInTheDocument();
          unmount();
        }
      }),
      // Drawing is slower than the domain functions: fewer datasets, each through all four panels.
      { numRuns: 12, seed: 20261203 },
    );
  });
});
