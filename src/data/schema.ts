/**
 * The one dataset schema. Every data type in the app is inferred from it; the checks that
 * need the whole file (references, units, derived values) live in dataset-integrity.ts.
 */
import * as v from 'valibot';
import { DERIVATION_OP_NAMES } from './derivation.ts';
import { isPeriodKey } from './period.ts';
import { safeHttpUrl } from './safe-url.ts';

const MAX_TEXT = 600;

const Id = v.pipe(v.string('must be a string id'), v.regex(/^[a-z0-9][a-z0-9_.-]{0,79}$/, 'must be a lower-case id (a-z, 0-9, "-", "_", ".")'));
/**
 * A reference to an id defined elsewhere in the file. It needs no pattern check of its own:
 * the integrity checks require it to match a defined id, and those are pattern-checked.
 * Skipping the regex here halves validation time for large files.
 */
const Ref = v.pipe(v.string('must be a string id'), v.minLength(1, 'must not be empty'), v.maxLength(80, 'must be at most 80 characters'));
const Text = v.pipe(v.string(), v.minLength(1, 'must not be empty'), v.maxLength(MAX_TEXT, `must be at most ${MAX_TEXT} characters`));
const PeriodKey = v.pipe(v.string('must be a period string'), v.check(isPeriodKey, 'must be a period like 2017, 2017-H1, 2017-Q2, 2017-07 or 2017-07-08'));
const FiniteNumber = v.pipe(v.number('must be a number'), v.finite('must be a finite number'));

export const UNITS = ['million', 'billion', 'percent', 'rank', 'count', 'years', 'year', 'characters', 'USD per RMB'] as const;
export const CURRENCIES = ['RMB', 'USD'] as const;
/** target: a goal someone set; planned: something announced to happen (stores due to open), not reported as done. */
export const KINDS = ['reported', 'derived', 'target', 'planned'] as const;
/** Whether an event is reported as done, was announced as a plan, or was only expected when the source was written. */
export const EVENT_STATUSES = ['happened', 'planned', 'expected'] as const;
export const QUALIFIERS = ['approx', 'moreThan', 'nearly'] as const;
export const PANELS = ['shipments', 'revenue', 'regions', 'goals', 'company'] as const;

export const SourceSchema = v.strictObject({
  id: Id,
  publisher: v.nullable(Text),
  author: v.nullable(Text),
  headline: Text,
  /** A few words naming the article in chart footers and table cells. */
  shortTitle: v.pipe(v.string(), v.minLength(1), v.maxLength(60)),
  /** "descriptive" when the article had no headline and the title is our own. */
  headlineBasis: v.picklist(['stated', 'descriptive']),
  date: PeriodKey,
  /** 'loaded': a source named in a file the user opened, dated by when it was loaded, not published. */
  dateBasis: v.picklist(['stated', 'inferred', 'loaded']),
  dateNote: v.optional(Text),
  /** The seed article this source was read from (bundled data); absent for data a user loads. */
  seedFile: v.optional(v.pipe(v.string(), v.regex(/^[\w.-]+\.txt$/, 'must be a seed file name ending in .txt'))),
  summary: Text,
  /** Where the article can be read; only http(s) addresses are accepted, since it becomes a link. */
  url: v.optional(
    v.pipe(
      v.string(),
      v.check((u) => safeHttpUrl(u) !== null, 'must be an http or https address'),
    ),
  ),
});

export const MetricSchema = v.strictObject({
  id: Id,
  label: Text,
  description: Text,
  unit: v.picklist(UNITS),
  countNoun: v.optional(Text),
  panel: v.picklist(PANELS),
  /** flow: summable over time; stock: a level at a point; rate and rank are never summed. */
  aggregation: v.picklist(['flow', 'stock', 'rate', 'rank']),
  money: v.optional(v.boolean()),
  growthOf: v.optional(Id),
  comparison: v.optional(v.picklist(['previous-quarter', 'year-earlier'])),
});

export const DerivationSchema = v.strictObject({
  op: v.picklist(DERIVATION_OP_NAMES),
  inputs: v.pipe(v.array(Ref), v.minLength(1, 'needs at least one input'), v.maxLength(20)),
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6)),
});

/**
 * The largest magnitude a figure of each unit may have. No published figure comes near it;
 * past it a record is refused, so no drawing or derivation meets a value such as a rank of
 * 1e308 (an axis of one tick per rank would freeze the page). Signs and whole numbers are
 * checked with the rest of the file (dataset-integrity.ts).
 */
export const MAX_MAGNITUDE: Record<(typeof UNITS)[number], number> = {
  million: 1e7,
  billion: 1e6,
  percent: 1e5,
  rank: 10_000,
  count: 1e9,
  years: 1000,
  year: 2200,
  characters: 1e6,
  'USD per RMB': 1000,
};

// A value that is not finite is refused by FiniteNumber already: one reason per value.
const withinBounds = (value: number | undefined, unit: Unit) => value === undefined || !Number.isFinite(value) || Math.abs(value) <= MAX_MAGNITUDE[unit];
const boundsText = (issue: { input: unknown }) => {
  const unit = (issue.input as { unit: Unit }).unit;
  return `must be at most ${MAX_MAGNITUDE[unit].toLocaleString('en-US')} in size for the unit "${unit}"`;
};

export const ObservationSchema = v.pipe(
  v.strictObject({
    id: Id,
    metric: Ref,
    entity: Ref,
    region: Ref,
    segment: v.optional(Ref),
    period: PeriodKey,
    value: FiniteNumber,
    /** Upper end when the source gives a range ("80 to 100 million"). */
    upper: v.optional(FiniteNumber),
    qualifier: v.optional(v.picklist(QUALIFIERS)),
    /** Decimals as printed by the source, where JSON would drop them (271.0, 9.0). */
    decimals: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(6))),
    unit: v.picklist(UNITS),
    currency: v.optional(v.picklist(CURRENCIES)),
    kind: v.picklist(KINDS),
    sourceId: Ref,
    note: v.optional(Text),
    derivation: v.optional(DerivationSchema),
  }),
  v.check((o) => (o.kind === 'derived') === (o.derivation !== undefined), 'a derived value needs a derivation, and only derived values may have one'),
  v.check((o) => o.upper === undefined || o.upper >= o.value, 'upper must not be below value'),
  v.forward(
    v.check((o) => withinBounds(o.value, o.unit), boundsText),
    ['value'],
  ),
  v.forward(
    v.check((o) => withinBounds(o.upper, o.unit), boundsText),
    ['upper'],
  ),
);

export const GoalSchema = v.strictObject({
  id: Id,
  title: Text,
  /** A few words for chart axes. */
  shortTitle: v.pipe(v.string(), v.minLength(1), v.maxLength(40)),
  setBy: Text,
  statedIn: PeriodKey,
  statedNote: v.optional(Text),
  deadline: PeriodKey,
  deadlineNote: v.optional(Text),
  /** null when the goal has no measurable target. */
  metric: v.nullable(Id),
  entity: Id,
  region: Id,
  /** atLeast: reach the target or more; atMost: for ranks, where lower is better. */
  direction: v.picklist(['atLeast', 'atMost']),
  targetObservationIds: v.array(Id),
  sourceIds: v.pipe(v.array(Id), v.minLength(1, 'a goal needs at least one source')),
});

export const EventSchema = v.strictObject({
  id: Id,
  date: PeriodKey,
  title: Text,
  category: v.picklist(['market-entry', 'launch', 'leadership', 'retail', 'results', 'strategy', 'supply', 'corporate']),
  region: v.nullable(Id),
  sourceId: Id,
  /** Absent means happened. */
  status: v.optional(v.picklist(EVENT_STATUSES)),
  note: v.optional(Text),
});

const Labelled = v.strictObject({ id: Id, label: Text });

export const DatasetSchema = v.strictObject({
  schemaVersion: v.literal(1, 'must be 1 (the only schema version this app reads)'),
  version: v.pipe(v.string(), v.regex(/^[\w.-]{1,40}$/, 'must be a short version string')),
  title: Text,
  sources: v.pipe(v.array(SourceSchema), v.minLength(1, 'needs at least one source')),
  entities: v.array(v.strictObject({ id: Id, label: Text, type: v.picklist(['company', 'market', 'product']) })),
  regions: v.array(Labelled),
  segments: v.array(Labelled),
  metrics: v.array(MetricSchema),
  observations: v.pipe(v.array(ObservationSchema), v.minLength(1, 'needs at least one figure')),
  goals: v.array(GoalSchema),
  events: v.array(EventSchema),
});

export type Dataset = v.InferOutput<typeof DatasetSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Metric = v.InferOutput<typeof MetricSchema>;
export type Observation = v.InferOutput<typeof ObservationSchema>;
export type Goal = v.InferOutput<typeof GoalSchema>;
export type DatasetEvent = v.InferOutput<typeof EventSchema>;
export type Unit = (typeof UNITS)[number];
export type Currency = (typeof CURRENCIES)[number];
export type Kind = (typeof KINDS)[number];
export type EventStatus = (typeof EVENT_STATUSES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
