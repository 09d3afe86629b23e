/**
 * Checks that need the whole dataset at once: ids are unique, every reference resolves,
 * units agree with their metric, and every derived value recomputes from its inputs.
 * The schema checks each record's shape; this checks how the records fit together.
 */
import { arityProblem, computeDerivation, derivationMatches } from './derivation.ts';
import { period } from './period.ts';
import type { Dataset, Observation } from './schema.ts';

export interface DatasetProblem {
  /** Location in the file, e.g. "observations[12].sourceId". */
  path: string;
  message: string;
}

/** The lists of records a dataset holds, in file order. */
export const COLLECTIONS = ['sources', 'entities', 'regions', 'segments', 'metrics', 'observations', 'goals', 'events'] as const;
export type Collection = (typeof COLLECTIONS)[number];

const NON_NEGATIVE_UNITS = new Set(['million', 'count', 'years', 'characters', 'USD per RMB']);

/** The fields of a figure that name another record: the collection they name one in, and what the id is called. */
export const OBSERVATION_REFERENCES = [
  ['metric', 'metrics', 'metric id'],
  ['entity', 'entities', 'entity id'],
  ['region', 'regions', 'region id'],
  ['segment', 'segments', 'segment id'],
  ['sourceId', 'sources', 'source id'],
] as const satisfies readonly (readonly [keyof Observation, Exclude<Collection, 'observations'>, string])[];

/** Where a figure's references name no record of `d`, whatever else is wrong with it (it may have failed its shape). */
export function unknownReferences(d: Dataset, record: Record<string, unknown>, at: string): DatasetProblem[] {
  return OBSERVATION_REFERENCES.flatMap(([field, target, what]) => {
    const id = record[field];
    return typeof id === 'string' && !d[target].some((r) => r.id === id) ? [{ path: `${at}.${field}`, message: `unknown ${what} "${id}"` }] : [];
  });
}

export function findIntegrityProblems(d: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });

  // Observations by id (the first of a duplicate), which derivations and goals look up: for a
  // large file, one table of 100,000 ids serves both, rather than a set and a map of them.
  const observations = new Map<string, Observation>();
  const ids = {} as Record<Exclude<Collection, 'observations'>, Set<string>>;
  for (const name of COLLECTIONS) {
    if (name === 'observations') {
      d.observations.forEach((o, i) => {
        if (observations.has(o.id)) add(`observations[${i}].id`, `duplicate id "${o.id}"`);
        else observations.set(o.id, o);
      });
      continue;
    }
    const seen = new Set<string>();
    d[name].forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}[${i}].id`, `duplicate id "${item.id}"`);
      seen.add(item.id);
    });
    ids[name] = seen;
  }
  // A path is spelled out only for a reference that fails: a large file has hundreds of thousands that do not.
  const ref = (record: Collection, i: number, field: string, target: keyof typeof ids, id: string | null | undefined, what: string) => {
    if (id != null && !ids[target].has(id)) add(`${record}[${i}].${field}`, `unknown ${what} "${id}"`);
  };

  const metrics = new Map(d.metrics.map((m) => [m.id, m]));
  d.metrics.forEach((m, i) => ref('metrics', i, 'growthOf', 'metrics', m.growthOf, 'metric id'));

  for (let i = 0; i < d.observations.length; i++) {
    const o = d.observations[i]!;
    for (const [field, target, what] of OBSERVATION_REFERENCES) ref('observations', i, field, target, o[field], what);
    const metric = metrics.get(o.metric);
    if (metric) {
      if (metric.unit !== o.unit) add(`observations[${i}].unit`, `unit "${o.unit}" does not match metric ${metric.id} (${metric.unit})`);
      if (metric.money && !o.currency) add(`observations[${i}].currency`, `a money figure (${metric.id}) needs a currency`);
      if (!metric.money && o.currency) add(`observations[${i}].currency`, `${metric.id} is not money and must not have a currency`);
    }
    if (NON_NEGATIVE_UNITS.has(o.unit) && o.value < 0) add(`observations[${i}].value`, `${o.unit} cannot be negative (got ${o.value})`);
    if (o.unit === 'rank' && (!Number.isInteger(o.value) || o.value < 1))
      add(`observations[${i}].value`, `a rank must be a whole number from 1 (got ${o.value})`);
    if (o.unit === 'count' && !Number.isInteger(o.value)) add(`observations[${i}].value`, `a count must be a whole number (got ${o.value})`);
    if (o.derivation) checkDerivation(o, `observations[${i}]`, observations, add);
  }

  d.goals.forEach((g, i) => {
    const at = `goals[${i}]`;
    ref('goals', i, 'metric', 'metrics', g.metric, 'metric id');
    ref('goals', i, 'entity', 'entities', g.entity, 'entity id');
    ref('goals', i, 'region', 'regions', g.region, 'region id');
    g.sourceIds.forEach((s, j) => ref('goals', i, `sourceIds[${j}]`, 'sources', s, 'source id'));
    g.targetObservationIds.forEach((t, j) => {
      const target = observations.get(t);
      if (!target) add(`${at}.targetObservationIds[${j}]`, `unknown observation id "${t}"`);
      else if (target.kind !== 'target') add(`${at}.targetObservationIds[${j}]`, `observation "${t}" is ${target.kind}, not a target`);
      else if (g.metric && target.metric !== g.metric) add(`${at}.targetObservationIds[${j}]`, `target "${t}" measures ${target.metric}, not ${g.metric}`);
    });
    if (period(g.deadline).end <= period(g.statedIn).start) add(`${at}.deadline`, `deadline ${g.deadline} is before the goal was stated (${g.statedIn})`);
  });

  d.events.forEach((e, i) => {
    ref('events', i, 'sourceId', 'sources', e.sourceId, 'source id');
    ref('events', i, 'region', 'regions', e.region, 'region id');
  });
  return problems;
}

function checkDerivation(o: Observation, at: string, observations: Map<string, Observation>, add: (path: string, message: string) => void) {
  const derivation = o.derivation;
  if (!derivation) return;
  const arity = arityProblem(derivation.op, derivation.inputs.length);
  if (arity) return add(`${at}.derivation.inputs`, arity);
  const inputs: Observation[] = [];
  derivation.inputs.forEach((id, j) => {
    const input = observations.get(id);
    if (!input) add(`${at}.derivation.inputs[${j}]`, `unknown observation id "${id}"`);
    else if (id === o.id) add(`${at}.derivation.inputs[${j}]`, 'a value cannot be derived from itself');
    else inputs.push(input);
  });
  if (inputs.length !== derivation.inputs.length) return;
  const computed = computeDerivation(derivation.op, inputs);
  if (!Number.isFinite(computed)) return add(`${at}.value`, `${derivation.op} of its inputs is not a finite number`);
  if (!derivationMatches(o.value, computed, derivation.decimals)) {
    add(
      `${at}.value`,
      `stored ${o.value} does not match ${derivation.op} of its inputs (${computed.toFixed(derivation.decimals + 2)}) to ${derivation.decimals} decimal${derivation.decimals === 1 ? '' : 's'}`,
    );
  }
}
