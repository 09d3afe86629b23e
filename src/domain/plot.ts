/**
 * The hand-off from domain to charts: every plotted number stays attached to the observation
 * it came from (source, kind, formula), and rows cover every period in a run so a missing
 * year shows as a gap instead of being skipped or interpolated.
 */
import type { Currency, Observation } from '../data/schema.ts';
import { convertedObservation, convertMoney, type StatedRate } from './currency.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { formatValue, type FormattableValue } from './format.ts';
import { agreementOf, type Agreement } from './agreement.ts';
import { provenanceOf, type Provenance } from './provenance.ts';
import { comparePeriods, period, periodLabel, periodsBetween, periodsOfYear, type Granularity } from '../data/period.ts';
import { LABELLED_MARKS, type Truncation } from './limits.ts';

export interface PlotPoint {
  observation: Observation;
  /** Value in display units (converted when money is shown in another currency). */
  value: number;
  upper?: number;
  /** The value as displayed (converted, with its qualifier), for re-formatting elsewhere. */
  shown: FormattableValue;
  text: string;
  short: string;
  convertedWith?: StatedRate;
  /** The same figure as given by other sources, kept for comparison. */
  alternates: Observation[];
  /** Whether those other sources agree with this figure (null when no other source gives it). */
  agreement: Agreement | null;
  provenance: Provenance;
}

/** Said beside a money figure shown in a currency it was not stated in: a rate a source implies, and its year. */
export function convertedWords(rate: Pick<StatedRate, 'period'>): string {
  return `converted at a ${period(rate.period).year} implied rate`;
}

/**
 * A figure's note as shown beside it: a converted figure's note still speaks in the currency
 * the source used, and says so, so its amounts are not read in the currency shown.
 */
export function noteAsShown(p: PlotPoint): string | undefined {
  const note = p.provenance.note;
  return note && p.convertedWith ? `${note} (Amounts in this note are in ${p.observation.currency}, as stated.)` : note;
}

export interface DisplayOptions {
  currency: Currency;
  rates: readonly StatedRate[];
}

/** For panels that show no money: they need neither a currency nor rates, so they ignore the currency filter. */
export const NO_MONEY: DisplayOptions = { currency: 'RMB', rates: [] };

/**
 * Whether a figure keeps the currency it was stated in whatever the display currency: a target
 * does, unless the reader asked to convert targets. Restating a 2015 goal at a rate a 2017 source
 * implies would put words in its setter's mouth.
 */
export function keepsStatedCurrency(o: Observation, convertTargets: boolean): boolean {
  return !convertTargets && o.kind === 'target' && Boolean(o.currency);
}

/** The display settings to plot a figure with: the display's, or its stated currency where it keeps that. */
export function displayFor(o: Observation, display: DisplayOptions, convertTargets: boolean): DisplayOptions {
  return keepsStatedCurrency(o, convertTargets) && o.currency ? { ...display, currency: o.currency } : display;
}

/** A display-ready point; null when money cannot be shown in the requested currency. */
export function toPlotPoint(index: DatasetIndex, o: Observation, display: DisplayOptions, alternates: Observation[] = []): PlotPoint | null {
  const metric = index.metric.get(o.metric);
  const signed = o.unit === 'percent' && Boolean(metric?.growthOf || /growth/.test(o.metric));
  let shown: Observation = o;
  let convertedWith: StatedRate | undefined;
  if (o.currency) {
    const money = convertMoney(o, display.currency, display.rates);
    if (!money) return null;
    convertedWith = money.convertedWith;
    if (convertedWith) shown = convertedObservation(o, money);
  }
  return {
    observation: o,
    value: shown.value,
    upper: shown.upper,
    shown,
    text: formatValue(shown, { countNoun: metric?.countNoun, signed }),
    short: formatValue(shown, { signed, short: true }),
    convertedWith,
    alternates,
    agreement: alternates.length ? agreementOf(index, o, alternates) : null,
    provenance: provenanceOf(index, o),
  };
}

const KIND_RANK = { reported: 0, derived: 1, target: 2, planned: 3 } as const;

/** Identity of "the same figure": what is measured, for whom, where and when, and of which kind. */
function figureKey(o: Observation): string {
  return [o.metric, o.entity, o.region, o.segment ?? '', o.period, o.kind].join('|');
}

/**
 * Collapses figures several sources give for the same thing into one representative
 * (preferring the display currency, then reported over derived), keeping the rest as alternates.
 */
export function dedupeFigures(list: readonly Observation[], currency?: Currency): { primary: Observation; alternates: Observation[] }[] {
  const groups = new Map<string, Observation[]>();
  for (const o of list) {
    const key = figureKey(o);
    const g = groups.get(key);
    if (g) g.push(o);
    else groups.set(key, [o]);
  }
  return [...groups.values()].map((g) => {
    const sorted = [...g].sort((a, b) => {
      const cur = Number(b.currency === currency) - Number(a.currency === currency);
      return cur || KIND_RANK[a.kind] - KIND_RANK[b.kind];
    });
    const [primary, ...alternates] = sorted as [Observation, ...Observation[]];
    return { primary, alternates };
  });
}

export function plotPoints(index: DatasetIndex, list: readonly Observation[], display: DisplayOptions): PlotPoint[] {
  return dedupeFigures(list, display.currency)
    .map(({ primary, alternates }) => toPlotPoint(index, primary, display, alternates))
    .filter((p): p is PlotPoint => p !== null)
    .sort((a, b) => comparePeriods(a.observation.period, b.observation.period));
}

export interface SeriesPoint {
  series: string;
  point: PlotPoint;
}

export interface EventMarker {
  id: string;
  date: string;
  title: string;
  source: string;
}

export interface ChartRow {
  key: string;
  label: string;
  /** Bar/line value per series; a [low, high] pair for ranges (targets such as 80–100). */
  values: Record<string, number | [number, number] | null>;
  points: Record<string, PlotPoint | undefined>;
  /** Dated events that fall inside this row's period (annotations). */
  events?: EventMarker[];
  /**
   * Set on a row that stands for a run of periods with nothing to draw (collapseEmptyRuns): the
   * label of the run's last period. Its key and label are the first period's and the run's.
   */
  through?: string;
}

/** Years a time axis should reach even without a figure there; null ends stay at the figures. */
export interface AxisYears {
  from: number | null;
  to: number | null;
}

/**
 * The years chosen, kept within the years the data has reported or derived figures for: a link
 * to 2015–2018 shows 2018 on the axis, marked as without figures, rather than stopping at 2017;
 * "to 2030" (a goal deadline, or a target's year) does not stretch it past the last result.
 * When only the latest periods fit (`truncated`), the axis keeps to them.
 */
export function axisYears(index: DatasetIndex, filter: AxisYears, truncated: Truncation | null = null): AxisYears {
  const span = index.outcomeYears;
  if (!span || truncated) return { from: null, to: null };
  const within = (y: number | null) => (y === null ? null : Math.min(Math.max(y, span.first), span.last));
  return { from: within(filter.from), to: within(filter.to) };
}

/**
 * One row per period from the first to the last point, all of one granularity; a year axis is
 * widened to the axis years when given. Several points for the same series and period keep the
 * first (callers dedupe beforehand).
 */
export function categoryRows(points: readonly SeriesPoint[], seriesIds: readonly string[], years: AxisYears = { from: null, to: null }): ChartRow[] {
  if (points.length === 0) return [];
  const granularities = new Set(points.map((p) => period(p.point.observation.period).granularity));
  if (granularities.size > 1) {
    throw new Error(`Refusing to put ${[...granularities].join(' and ')} periods on one axis`);
  }
  const keys = points.map((p) => p.point.observation.period).sort(comparePeriods);
  const granularity = [...granularities][0] as Granularity;
  const start = years.from === null ? null : periodsOfYear(years.from, granularity)?.[0];
  const end = years.to === null ? null : periodsOfYear(years.to, granularity)?.[1];
  const first = keys[0] as string;
  const last = keys[keys.length - 1] as string;
  const widened = periodsBetween(start && comparePeriods(start, first) < 0 ? start : first, end && comparePeriods(end, last) > 0 ? end : last);
  // Years only, and only while every period keeps room for its label: 36 quarters, two with
  // figures, would leave those two as unlabelled slivers on a phone.
  const periods = granularity === 'year' && widened.length <= LABELLED_MARKS ? widened : periodsBetween(first, last);
  const rows = periods.map<ChartRow>((key) => ({
    key,
    label: periodLabel(key),
    values: Object.fromEntries(seriesIds.map((s) => [s, null])),
    points: {},
  }));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  for (const { series, point } of points) {
    const row = byKey.get(point.observation.period);
    if (!row || row.points[series]) continue;
    row.points[series] = point;
    row.values[series] = point.upper !== undefined ? [point.value, point.upper] : point.value;
  }
  return rows;
}

export interface GapRun {
  /** Labels of the first and last period of the run (the chart's category values). */
  first: string;
  last: string;
  /** "2015–2022" or "2016". */
  text: string;
  /** Text for inside a chart: "no figures" or, for one period, "none". */
  short: string;
}

/** Periods in a row with nothing to draw that are drawn as one slot (collapseEmptyRuns). */
export const COLLAPSED_RUN = 3;

/**
 * A period axis as drawn: each run of COLLAPSED_RUN or more periods with no figure of any series
 * and no event becomes one slot, labelled with the run's ends ("2019–2022", "Q2 2018–Q1 2020"),
 * so the periods with figures keep room for their bars and labels (from 2012, ten empty years
 * had left the 2022 and 2023 bars 3 px wide). The gaps are moved to the slots that now stand
 * for their ends; their words are unchanged.
 */
export function collapseEmptyRuns(rows: readonly ChartRow[], gaps: readonly GapRun[]): { rows: ChartRow[]; gaps: GapRun[] } {
  const nothing = (r: ChartRow) => !r.events?.length && Object.values(r.values).every((v) => v === null || v === undefined);
  const drawn: ChartRow[] = [];
  const slotOf = new Map<string, string>();
  for (let i = 0; i < rows.length;) {
    let end = i;
    while (end < rows.length && nothing(rows[end] as ChartRow)) end++;
    if (end - i >= COLLAPSED_RUN) {
      const [start, last] = [rows[i] as ChartRow, rows[end - 1] as ChartRow];
      const slot: ChartRow = { ...start, label: `${start.label}–${last.label}`, through: last.label };
      drawn.push(slot);
      for (let j = i; j < end; j++) slotOf.set((rows[j] as ChartRow).label, slot.label);
      i = end;
    } else {
      const next = Math.max(end, i + 1);
      drawn.push(...rows.slice(i, next));
      i = next;
    }
  }
  const moved = (label: string) => slotOf.get(label) ?? label;
  return { rows: drawn, gaps: gaps.map((g) => ({ ...g, first: moved(g.first), last: moved(g.last) })) };
}

/** Runs of consecutive rows where none of `seriesIds` has a value. */
export function gapRuns(rows: readonly ChartRow[], seriesIds: readonly string[]): GapRun[] {
  const runs: GapRun[] = [];
  let start: ChartRow | null = null;
  let prev: ChartRow | null = null;
  const flush = () => {
    if (start && prev) {
      const single = start === prev;
      runs.push({ first: start.label, last: prev.label, text: single ? start.label : `${start.label}–${prev.label}`, short: single ? 'none' : 'no figures' });
    }
    start = null;
  };
  for (const row of rows) {
    const empty = seriesIds.every((s) => row.values[s] === null || row.values[s] === undefined);
    if (empty) {
      if (!start) start = row;
      prev = row;
    } else flush();
  }
  flush();
  return runs;
}
