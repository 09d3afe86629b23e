import { describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/data/validate-dataset.ts';
import { rawDataset } from '../helpers/dataset.ts';

function problemsOf(mutate: (d: ReturnType<typeof rawDataset>) => void) {
  const data = rawDataset();
  mutate(data);
  const result = validateDataset(data);
  if (result.ok) throw new Error('expected the dataset to be rejected');
  return result.problems;
}

const obsIndex = (d: ReturnType<typeof rawDataset>, id: string) => d.observations.findIndex((o) => o.id === id);

describe('validateDataset: the bundled file', () => {
  it('passes the schema and every cross-check', () => {
    const result = validateDataset(rawDataset());
    expect(result.ok ? 'ok' : result.problems).toBe('ok');
  });
});

describe('validateDataset: shape errors name the path and the reason', () => {
  it.each<[string, (d: ReturnType<typeof rawDataset>) => void, { path: string; message: RegExp }]>([
    ['a text value', (d) => (d.observations[0]!.value = 'lots'), { path: 'observations[0].value', message: /must be a number/ }],
    ['NaN', (d) => (d.observations[1]!.value = Number.NaN), { path: 'observations[1].value', message: /number/ }],
    ['Infinity', (d) => (d.observations[1]!.value = Number.POSITIVE_INFINITY), { path: 'observations[1].value', message: /finite/ }],
    ['a bad period', (d) => (d.observations[2]!.period = '2017-Q5'), { path: 'observations[2].period', message: /must be a period like 2017/ }],
    ['an unknown kind', (d) => (d.observations[0]!.kind = 'rumoured'), { path: 'observations[0].kind', message: /reported/ }],
    ['a misspelt field', (d) => (d.observations[0]!.valeu = 1), { path: 'observations[0].valeu', message: /unexpected field/ }],
    ['a missing field', (d) => delete d.observations[0]!.sourceId, { path: 'observations[0].sourceId', message: /^required field is missing$/ }],
    ['an unsupported schema version', (d) => (d.schemaVersion = 2), { path: 'schemaVersion', message: /must be 1/ }],
    [
      'a source link that is not http(s)',
      (d) => ((d.sources as Record<string, unknown>[])[1]!.url = 'javascript:alert(1)'),
      { path: 'sources[1].url', message: /^must be an http or https address$/ },
    ],
    [
      'a derived value without its formula',
      (d) => delete d.observations[obsIndex(d, 'shipments-2017q1-derived')]!.derivation,
      { path: 'observations[4]', message: /needs a derivation/ },
    ],
    [
      'a range upside down',
      (d) => (d.observations[obsIndex(d, 'target-sold-2015')]!.upper = 10),
      { path: `observations[${obsIndex(rawDataset(), 'target-sold-2015')}]`, message: /upper must not be below value/ },
    ],
    [
      'a rank of 100,000,000, which would freeze an axis of one tick per rank',
      (d) => (d.observations[obsIndex(d, 'rank-global-2023')]!.value = 100_000_000),
      { path: `observations[${obsIndex(rawDataset(), 'rank-global-2023')}].value`, message: /^must be at most 10,000 in size for the unit "rank"$/ },
    ],
    [
      'a shipment figure of 1e308',
      (d) => (d.observations[0]!.value = 1e308),
      { path: 'observations[0].value', message: /^must be at most 10,000,000 in size for the unit "million"$/ },
    ],
  ])('rejects %s', (_, mutate, expected) => {
    expect(problemsOf(mutate)).toContainEqual({ path: expected.path, message: expect.stringMatching(expected.message) });
  });

  it('accepts a rank at its bound, No. 10,000', () => {
    const data = rawDataset();
    data.observations[obsIndex(data, 'rank-global-2023')]!.value = 10_000;
    expect(validateDataset(data).ok).toBe(true);
  });

  it('accepts a source link that is http(s)', () => {
    const data = rawDataset();
    (data.sources as Record<string, unknown>[])[0]!.url = 'https://example.org/article';
    expect(validateDataset(data).ok).toBe(true);
  });

  it('rejects something that is not a dataset at all', () => {
    for (const input of [null, [], 'text', 42, {}]) {
      const result = validateDataset(input);
      expect(result.ok).toBe(false);
    }
  });
});

describe('validateDataset: a dataset with nothing to show', () => {
  it('refuses a file with no figures, naming what it lacks', () => {
    const data = rawDataset();
    data.observations = [];
    data.goals = [];
    data.events = [];
    const result = validateDataset(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toContainEqual({ path: 'observations', message: 'needs at least one figure' });
  });
});

describe('validateDataset: cross-checks', () => {
  it('catches duplicate ids', () => {
    expect(problemsOf((d) => (d.observations[1]!.id = d.observations[0]!.id))).toContainEqual({
      path: 'observations[1].id',
      message: 'duplicate id "shipments-2017q2-cnbc"',
    });
  });
  it('catches references to things that do not exist', () => {
    const problems = problemsOf((d) => {
      d.observations[0]!.sourceId = 'nowhere';
      d.observations[1]!.metric = 'no_such_metric';
      d.observations[2]!.region = 'atlantis';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'observations[0].sourceId', message: 'unknown source id "nowhere"' },
        { path: 'observations[1].metric', message: 'unknown metric id "no_such_metric"' },
        { path: 'observations[2].region', message: 'unknown region id "atlantis"' },
      ]),
    );
  });
  it('catches a unit that disagrees with its metric, and money without a currency', () => {
    const problems = problemsOf((d) => {
      d.observations[0]!.unit = 'percent';
      delete d.observations[obsIndex(d, 'revenue-2023')]!.currency;
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/does not match metric smartphone_shipments/), expect.stringMatching(/needs a currency/)]),
    );
  });
  it('catches negative counts and impossible ranks', () => {
    const problems = problemsOf((d) => {
      d.observations[0]!.value = -3;
      d.observations[obsIndex(d, 'rank-global-2023')]!.value = 0;
      d.observations[obsIndex(d, 'patents-2016')]!.value = 2895.5;
    });
    expect(problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([
        'million cannot be negative (got -3)',
        'a rank must be a whole number from 1 (got 0)',
        'a count must be a whole number (got 2895.5)',
      ]),
    );
  });
  it('recomputes derived values and rejects one that does not follow from its inputs', () => {
    const i = obsIndex(rawDataset(), 'segment-other-2023-derived');
    const problems = problemsOf((d) => (d.observations[i]!.value = 4));
    expect(problems).toEqual([{ path: `observations[${i}].value`, message: 'stored 4 does not match remainder of its inputs (3.300) to 1 decimal' }]);
  });
  it('rejects derivations with missing or wrong inputs', () => {
    const i = obsIndex(rawDataset(), 'shipments-2017q1-derived');
    expect(problemsOf((d) => ((d.observations[i]!.derivation as { inputs: string[] }).inputs = ['shipments-2017q2-cnbc']))).toEqual([
      { path: `observations[${i}].derivation.inputs`, message: 'priorFromGrowth takes 2 input(s), got 1' },
    ]);
    expect(problemsOf((d) => ((d.observations[i]!.derivation as { inputs: string[] }).inputs = ['shipments-2017q2-cnbc', 'ghost']))).toEqual([
      { path: `observations[${i}].derivation.inputs[1]`, message: 'unknown observation id "ghost"' },
    ]);
  });
  it('checks goals: targets must exist and be targets, deadlines must follow the statement', () => {
    const problems = problemsOf((d) => {
      const goals = d.goals as { targetObservationIds: string[]; deadline: string }[];
      goals[0]!.targetObservationIds = ['sold-2014'];
      goals[1]!.deadline = '2010';
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'goals[0].targetObservationIds[0]', message: 'observation "sold-2014" is reported, not a target' },
        { path: 'goals[1].deadline', message: 'deadline 2010 is before the goal was stated (2015)' },
      ]),
    );
  });
});
