import type { Dataset, Goal, Metric, Observation } from '../../src/data/schema.ts';
import { indexDataset, type DatasetIndex } from '../../src/domain/dataset-index.ts';

const METRICS: Metric[] = [
  { id: 'units', label: 'Units shipped', description: 'Units.', unit: 'million', panel: 'shipments', aggregation: 'flow', countNoun: 'phones' },
  { id: 'sold', label: 'Units sold', description: 'Units sold.', unit: 'million', panel: 'shipments', aggregation: 'flow' },
  { id: 'revenue', label: 'Revenue', description: 'Revenue.', unit: 'billion', panel: 'revenue', aggregation: 'flow', money: true },
  { id: 'rank', label: 'Rank', description: 'Rank.', unit: 'rank', panel: 'regions', aggregation: 'rank' },
  { id: 'stores', label: 'Stores', description: 'Stores.', unit: 'count', panel: 'regions', aggregation: 'stock' },
  { id: 'exchange_rate', label: 'Rate', description: 'Rate.', unit: 'USD per RMB', panel: 'revenue', aggregation: 'stock' },
];

let counter = 0;

/** An observation with sensible defaults; pass only what the test is about. */
export function obs(partial: Partial<Observation> & Pick<Observation, 'metric' | 'period' | 'value'>): Observation {
  counter += 1;
  const metric = METRICS.find((m) => m.id === partial.metric);
  return {
    id: `o${counter}`,
    entity: 'xiaomi',
    region: 'global',
    unit: metric?.unit ?? 'million',
    kind: 'reported',
    sourceId: 's1',
    ...(metric?.money ? { currency: 'RMB' as const } : {}),
    ...partial,
  };
}

export function goal(partial: Partial<Goal> & Pick<Goal, 'metric' | 'deadline' | 'targetObservationIds'>): Goal {
  counter += 1;
  return {
    id: `g${counter}`,
    title: 'A goal',
    shortTitle: 'Goal',
    setBy: 'Someone',
    statedIn: '2015',
    entity: 'xiaomi',
    region: 'global',
    direction: 'atLeast',
    sourceIds: ['s1'],
    ...partial,
  };
}

/** A small valid dataset around the given observations and goals. */
export function makeDataset(observations: Observation[], goals: Goal[] = []): Dataset {
  return {
    schemaVersion: 1,
    version: 'test',
    title: 'Test data',
    sources: [
      {
        id: 's1',
        publisher: 'Test Publisher',
        author: null,
        headline: 'A headline',
        shortTitle: 'Test source',
        headlineBasis: 'stated',
        date: '2016',
        dateBasis: 'stated',
        seedFile: 'test.txt',
        summary: 'For tests.',
      },
    ],
    entities: [
      { id: 'xiaomi', label: 'Xiaomi', type: 'company' },
      { id: 'huawei', label: 'Huawei', type: 'company' },
    ],
    regions: [
      { id: 'global', label: 'Global' },
      { id: 'china', label: 'China' },
      { id: 'india', label: 'India' },
    ],
    segments: [
      { id: 'phones', label: 'Phones' },
      { id: 'other', label: 'Other' },
    ],
    metrics: METRICS,
    observations,
    goals,
    events: [],
  };
}

export function makeIndex(observations: Observation[], goals: Goal[] = []): DatasetIndex {
  return indexDataset(makeDataset(observations, goals));
}
