/**
 * Revenue by segment and the group's annual money figures, in the currency the user picked,
 * converted only with a rate a source states.
 */
import type { Currency, Observation } from '../data/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { observationsOf } from './dataset-index.ts';
import { describeRate, type StatedRate } from './currency.ts';
import { filterObservations, isCharted, isOutcome, type ObservationFilter } from './filters.ts';
import { formatNumber } from './format.ts';
import { latestFigures, latestPeriods, MAX_BARS, type Truncation } from './limits.ts';
import { comparePeriods, period, periodLabel } from '../data/period.ts';
import {
  axisYears,
  categoryRows,
  displayFor,
  gapRuns,
  plotPoints,
  toPlotPoint,
  type ChartRow,
  type DisplayOptions,
  type GapRun,
  type PlotPoint,
  type SeriesPoint,
} from './plot.ts';

/** Annual money charts: revenue against its targets, and profit beside R&D (similar magnitudes, so one scale reads well). */
const ANNUAL_MONEY_SERIES = ['revenue', 'target', 'adjusted_net_profit', 'rd_expenses'] as const;
export type AnnualMoneySeriesId = (typeof ANNUAL_MONEY_SERIES)[number];
const REVENUE_CHART: readonly AnnualMoneySeriesId[] = ['revenue', 'target'];
const RESULTS_CHART: readonly AnnualMoneySeriesId[] = ['adjusted_net_profit', 'rd_expenses'];
const ANNUAL_MONEY_METRICS: readonly string[] = ['revenue', 'adjusted_net_profit', 'rd_expenses'];

/** Which series of the annual charts a money figure belongs to (null when it is not charted there). */
export function annualMoneySeriesOf(o: Observation): AnnualMoneySeriesId | null {
  if (o.kind === 'target') return o.metric === 'revenue' ? 'target' : null;
  return ANNUAL_MONEY_SERIES.find((s) => s === o.metric) ?? null;
}

export interface AnnualChart {
  rows: ChartRow[];
  series: AnnualMoneySeriesId[];
  plotted: PlotPoint[];
  gaps: GapRun[];
  truncated: Truncation | null;
  /** Targets in view that are not drawn, since the chart has no figure to set them against (Goal tracking does). */
  unchartedTargets: PlotPoint[];
}

export interface SegmentBreakdown {
  year: string;
  rows: ChartRow[];
  plotted: PlotPoint[];
  total: PlotPoint | null;
  /** Computed share of the year's total revenue per segment, e.g. "58.1%". */
  shares: Record<string, string>;
}

export interface RevenueData {
  /** The currency the figures are shown in (the panel labels its axes with it). */
  currency: Currency;
  segments: SegmentBreakdown | null;
  revenueByYear: AnnualChart;
  resultsByYear: AnnualChart;
  /** The latest few other money figures (growth rates, overseas internet, years to RMB 100 bn). */
  facts: PlotPoint[];
  factTotal: number;
  /** Rates used to convert any figure shown, so the panel can name them. */
  ratesUsed: StatedRate[];
  /** Money figures that could not be shown in the requested currency (no stated rate). */
  unconvertible: number;
  /** Targets stated only in another currency, in that currency, beside figures: not converted, so not drawn. */
  targetsNotDrawn: PlotPoint[];
  /** Targets drawn converted from the currency they were stated in, because the reader asked. */
  targetsConverted: PlotPoint[];
}

const GLOBAL_XIAOMI = (o: { entity: string; region: string }) => o.entity === 'xiaomi' && o.region === 'global';

/** Every figure the panel shows, drawn or listed: what its sources footer and a citation name. */
export function revenueShown(data: RevenueData): PlotPoint[] {
  return [...(data.segments?.plotted ?? []), ...data.revenueByYear.plotted, ...data.resultsByYear.plotted, ...data.facts];
}

export function revenueData(index: DatasetIndex, filter: ObservationFilter, display: DisplayOptions, { convertTargets = false } = {}): RevenueData {
  const timeOnly: ObservationFilter = { ...filter, regions: null, segments: null };

  const segmentObs = filterObservations(observationsOf(index, 'segment_revenue').filter(GLOBAL_XIAOMI), timeOnly).filter(
    (o) => isOutcome(o) && period(o.period).granularity === 'year',
  );
  const latestYear = segmentObs
    .map((o) => o.period)
    .sort(comparePeriods)
    .at(-1);
  let segments: SegmentBreakdown | null = null;
  if (latestYear) {
    const selected = segmentObs.filter(
      (o) => o.period === latestYear && (!filter.segments || (o.segment !== undefined && filter.segments.includes(o.segment))),
    );
    const plotted = plotPoints(index, selected, display);
    const totalObs = observationsOf(index, 'revenue').find((o) => GLOBAL_XIAOMI(o) && o.period === latestYear && o.kind === 'reported');
    const total = totalObs ? (plotPoints(index, [totalObs], display)[0] ?? null) : null;
    const order = index.dataset.segments.map((s) => s.id);
    const sorted = [...plotted].sort((a, b) => order.indexOf(a.observation.segment ?? '') - order.indexOf(b.observation.segment ?? ''));
    const shares: Record<string, string> = {};
    const rows: ChartRow[] = sorted.map((p) => {
      const id = p.observation.segment ?? p.observation.id;
      // A share is no more precise than its segment: an approximate remainder gives "about 1%".
      const approx = p.observation.qualifier === 'approx';
      if (total && !p.convertedWith === !total.convertedWith)
        shares[id] = `${approx ? 'about ' : ''}${formatNumber((p.value / total.value) * 100, approx ? 0 : 1)}%`;
      return { key: id, label: index.segmentLabel.get(id) ?? id, values: { value: p.value }, points: { value: p } };
    });
    segments = rows.length ? { year: latestYear, rows, plotted: sorted, total, shares } : null;
  }

  const annualObs = ANNUAL_MONEY_METRICS.flatMap((m) => observationsOf(index, m))
    .filter(GLOBAL_XIAOMI)
    .filter((o) => isCharted(o) && period(o.period).granularity === 'year');
  // A target is drawn in the currency it was stated in: restating a 2015 goal at a rate a 2017
  // source implies would put words in its setter's mouth. Where the same target was also stated
  // in the display currency, that statement is drawn; otherwise it is listed, not drawn, unless
  // the reader asks for it converted (the rate note then says whose rate, from when).
  const annualInRange = filterObservations(annualObs, timeOnly);
  const displayOf = (o: Observation) => displayFor(o, display, convertTargets);
  const statedHere = (o: Observation) => displayOf(o).currency === display.currency;
  const annualPlotted = plotPoints(index, annualInRange.filter(statedHere), display);
  const drawnTargets = new Set(annualPlotted.filter((p) => p.observation.kind === 'target').map((p) => `${p.observation.metric}|${p.observation.period}`));
  const targetsNotDrawn = annualInRange
    .filter((o) => !statedHere(o) && !drawnTargets.has(`${o.metric}|${o.period}`))
    .flatMap((o) => toPlotPoint(index, o, displayOf(o)) ?? []);
  const chart = (ids: readonly AnnualMoneySeriesId[]): AnnualChart => {
    const all: SeriesPoint[] = annualPlotted.flatMap((point) => {
      const series = annualMoneySeriesOf(point.observation);
      return series && ids.includes(series) ? [{ series, point }] : [];
    });
    const series = ids.filter((id) => all.some((p) => p.series === id));
    // Each year takes one slot per series: keep the bar count within budget.
    const { points, truncated } = latestPeriods(all, Math.floor(MAX_BARS / Math.max(1, series.length)));
    const valueIds = series.filter((id) => id !== 'target');
    const rows = valueIds.length ? categoryRows(points, series, axisYears(index, filter, truncated)) : [];
    const plotted = valueIds.length ? points.map((p) => p.point) : [];
    return { rows, series, plotted, gaps: gapRuns(rows, valueIds), truncated, unchartedTargets: valueIds.length ? [] : statedTargets(ids) };
  };
  // Beside no figure a target is named, not drawn: as it was stated, whatever the reader asked of
  // conversion, once per goal year (in the display currency where it was also stated in that).
  const statedTargets = (ids: readonly AnnualMoneySeriesId[]): PlotPoint[] => {
    const byYear = new Map<string, Observation>();
    for (const o of annualInRange) {
      const series = annualMoneySeriesOf(o);
      if (o.kind !== 'target' || !series || !ids.includes(series)) continue;
      const key = `${o.metric}|${o.period}`;
      const kept = byYear.get(key);
      if (!kept || (kept.currency !== display.currency && o.currency === display.currency)) byYear.set(key, o);
    }
    return [...byYear.values()].flatMap((o) => toPlotPoint(index, o, displayFor(o, display, false)) ?? []);
  };
  const revenueByYear = chart(REVENUE_CHART);
  const resultsByYear = chart(RESULTS_CHART);

  const factMetrics = index.dataset.metrics
    .filter((m) => m.panel === 'revenue' && m.id !== 'segment_revenue' && !ANNUAL_MONEY_METRICS.includes(m.id))
    .map((m) => m.id);
  const overseasSegments = filterObservations(
    observationsOf(index, 'segment_revenue').filter((o) => !GLOBAL_XIAOMI(o)),
    filter,
  );
  const factObs = latestFigures([
    ...filterObservations(
      factMetrics.flatMap((m) => observationsOf(index, m)),
      filter,
    ),
    ...overseasSegments,
  ]);
  const facts = plotPoints(index, factObs.list, display);

  const allShown = [...(segments?.plotted ?? []), ...(segments?.total ? [segments.total] : []), ...revenueByYear.plotted, ...resultsByYear.plotted, ...facts];
  const ratesUsed = [...new Map(allShown.flatMap((p) => (p.convertedWith ? [[p.convertedWith.observationId, p.convertedWith] as const] : []))).values()];
  const inScope = filterObservations([...segmentObs, ...annualObs], timeOnly);
  const unconvertible = display.rates.length ? 0 : inScope.filter((o) => o.currency && o.currency !== display.currency).length;

  return {
    currency: display.currency,
    segments,
    revenueByYear,
    resultsByYear,
    facts,
    // Said only when the list was cut to the latest figures.
    factTotal: factObs.total > factObs.list.length ? factObs.total : facts.length,
    ratesUsed,
    unconvertible,
    // Beside no figure, a target is named in the chart's takeaway instead (unchartedTargets).
    targetsNotDrawn: revenueByYear.rows.length ? targetsNotDrawn : [],
    targetsConverted: revenueByYear.rows.length ? annualPlotted.filter((p) => p.observation.kind === 'target' && p.convertedWith) : [],
  };
}

/** What the panel says about the rate it converted money at, or money it could not convert; null when neither. */
export function conversionWords(data: RevenueData): string | null {
  if (data.ratesUsed.length)
    return `Converted to ${data.currency} at ${data.ratesUsed.map(describeRate).join('; ')}. Real rates moved over the years, so converted figures are approximate.`;
  if (data.unconvertible) return `No exchange rate is stated in the data, so ${data.unconvertible} money figure(s) cannot be shown in ${data.currency}.`;
  return null;
}

/**
 * What the panel says about targets stated in another currency beside its figures, and the one
 * choice it offers: to draw them converted, or as stated again. Null when there are none.
 */
export function foreignTargetsWords(data: RevenueData): { text: string; button: string; convert: boolean } | null {
  if (data.targetsNotDrawn.length) {
    const list = data.targetsNotDrawn.map((p) => `${p.text} for ${periodLabel(p.observation.period)} (${p.provenance.source})`).join('; ');
    return {
      text: `Targets are drawn in the currency they were stated in; not drawn in ${data.currency}: ${list}.`,
      button: `Convert them to ${data.currency}`,
      convert: true,
    };
  }
  if (data.targetsConverted.length)
    return { text: 'Targets stated in another currency are converted at that rate, as you asked.', button: 'Show targets as stated', convert: false };
  return null;
}
