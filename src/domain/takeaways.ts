/**
 * One takeaway line per dashboard chart, written from the figures the chart draws, for the line
 * above it, its accessible description, its slide subtitle and its image export. It states only
 * figures in view, as the chart labels them, names their sources, and says why a chart is empty.
 * Why a chart is empty is learnt by asking the panel's own data function what it would draw
 * under a looser filter, so the reasons never drift from what the panels do.
 *
 * This file holds the charts of worldwide group totals (shipments, revenue, results), which say
 * so when a region or segment filter cannot narrow them; regional-takeaways.ts holds the rest.
 */
import { periodLabel } from '../data/period.ts';
import { countOf } from './format.ts';
import type { DatasetIndex } from './dataset-index.ts';
import type { ObservationFilter } from './filters.ts';
import { NO_MONEY, type PlotPoint } from './plot.ts';
import { revenueData, type AnnualChart, type RevenueData } from './revenue.ts';
import { shipmentSeriesOf, shipmentsData, type ShipmentsData } from './shipments.ts';
import {
  byPeriod,
  DERIVED_HIDDEN,
  elsewhereReason,
  emptyLine,
  figureText,
  figuresOf,
  gapsPhrase,
  granularityWord,
  isTarget,
  listWords,
  scopeNote,
  sentence,
  seriesPhrase,
  takeaway,
  unchartedTargetsLine,
  targetsPhrase,
  whenOf,
  yearsRef,
  type Takeaway,
} from './takeaway-words.ts';

/** A volume's verb: shipments are shipped, sales sold (two different measures). */
const verb = (p: PlotPoint) => (p.observation.metric === 'smartphone_shipments' ? 'shipped' : 'sold');

/** Volumes: the latest sold and shipped figures (two measures), or one measure's first and latest. */
export function shipmentsTakeaway(index: DatasetIndex, data: ShipmentsData, filter: ObservationFilter): Takeaway {
  const note = scopeNote(filter, 'smartphone volumes', !filter.segments?.includes('smartphones'));
  const values = data.plotted.filter((p) => !isTarget(p));
  if (values.length === 0) {
    const wouldShow = (f: ObservationFilter) => shipmentsData(index, f, data.granularity, NO_MONEY).plotted.length > 0;
    const others = data.available
      .filter((g) => g !== data.granularity)
      .map((g) => ({ granularity: g, points: shipmentsData(index, filter, g, NO_MONEY).plotted.filter((p) => !isTarget(p)) }));
    const { undrawn } = data;
    const reasons = [
      !filter.derived && wouldShow({ ...filter, derived: true }) ? DERIVED_HIDDEN : null,
      elsewhereReason('figures', others),
      undrawn.count
        ? `${countOf(undrawn.count, 'figure')} ${undrawn.count === 1 ? 'is' : 'are'} given ${listWords(undrawn.splits, 'or')}, which these charts do not draw; All figures lists ${undrawn.count === 1 ? 'it' : 'them'}`
        : null,
    ].filter((r): r is string => r !== null);
    const what = data.available.length || reasons.length ? `${granularityWord(data.granularity)} shipment or sales figures` : 'shipment or sales figures';
    const empty = emptyLine(what, filter, reasons.length ? reasons.join('; ') : null);
    const targets = data.unchartedTargets;
    if (targets.length === 0) return takeaway(note, empty, []);
    // A target alone is not a figure to draw: it is named instead.
    return takeaway(note, `${empty} ${unchartedTargetsLine(index, filter, targets, (p) => `${figureText(p)} ${verb(p)}`)}`, figuresOf(targets));
  }
  const shipped = values.filter((p) => shipmentSeriesOf(p.observation) === 'shipped');
  const sold = values.filter((p) => shipmentSeriesOf(p.observation) === 'sold');
  let lead: { text: string; stated: PlotPoint[] };
  if (shipped.length && sold.length) {
    const latest = byPeriod([byPeriod(sold).at(-1), byPeriod(shipped).at(-1)].filter((p): p is PlotPoint => p !== undefined));
    lead = {
      text: `smartphones: ${listWords(latest.map((p) => `${figureText(p)} ${verb(p)} ${whenOf(p)}`))} (sales and shipments are different measures)`,
      stated: latest,
    };
  } else {
    lead = seriesPhrase(shipped.length ? 'smartphone shipments' : 'smartphones sold', values);
  }
  const targets = data.plotted.filter(isTarget);
  const figures = figuresOf([...lead.stated, ...targets]);
  const text = sentence(index, [lead.text, gapsPhrase(data.gaps, data.granularity), targetsPhrase(targets, (p) => `${figureText(p)} ${verb(p)}`)], figures);
  return takeaway(note, text, figures);
}

/** Why a revenue chart draws nothing: derived figures hidden, no stated rate, or nothing in the sources. */
function emptyMoneyReason(index: DatasetIndex, data: RevenueData, filter: ObservationFilter, pick: (d: RevenueData) => AnnualChart): string | null {
  const display = { currency: data.currency, rates: index.rates };
  if (!filter.derived && pick(revenueData(index, { ...filter, derived: true }, display)).plotted.length) return DERIVED_HIDDEN;
  if (data.unconvertible > 0) return `some cannot be shown in ${data.currency} without a rate a source states`;
  return null;
}

/** The segment breakdown: the year and its total, the largest segment and its share, "other" as the derived remainder. */
export function segmentsTakeaway(index: DatasetIndex, data: RevenueData, filter: ObservationFilter): Takeaway {
  const note = scopeNote(filter, 'figures', false);
  const seg = data.segments;
  if (!seg) {
    const display = { currency: data.currency, rates: index.rates };
    const wouldShow = (f: ObservationFilter) => revenueData(index, f, display).segments !== null;
    const ref = yearsRef(filter);
    const reason =
      filter.segments?.length === 0
        ? 'no segment is selected'
        : !filter.derived && wouldShow({ ...filter, derived: true })
          ? DERIVED_HIDDEN
          : filter.segments && wouldShow({ ...filter, segments: null })
            ? `the sources give none for the selected segments${ref ? ` in ${ref}` : ''}`
            : ref && wouldShow({ ...filter, from: null, to: null, segments: null, derived: true })
              ? 'the sources give one only for other years'
              : null;
    return takeaway(note, emptyLine('revenue breakdown by segment', filter, reason), []);
  }
  const year = periodLabel(seg.year);
  const biggest = seg.plotted.reduce((a, b) => (b.value > a.value ? b : a));
  const key = (p: PlotPoint) => p.observation.segment ?? p.observation.id;
  const label = index.segmentLabel.get(key(biggest)) ?? key(biggest);
  const share = seg.shares[key(biggest)];
  const ofTotal = share ? `${share} of the total` : null;
  const shownOther = seg.plotted.some((p) => key(p) === 'other');
  const segmentClause =
    seg.plotted.length === 1
      ? `${label}: ${figureText(biggest)}${ofTotal ? `, ${ofTotal}` : ''}`
      : `largest ${filter.segments ? 'of the selected segments' : 'segment'}: ${label}, ${figureText(biggest)}${ofTotal ? `, ${ofTotal}` : ''}`;
  const figures = figuresOf([...(seg.total ? [seg.total] : []), biggest]);
  const text = sentence(
    index,
    [
      seg.total ? `${year} revenue: ${figureText(seg.total)}` : `${year} revenue by segment`,
      segmentClause,
      shownOther && key(biggest) !== 'other' ? 'other revenue is derived, as the remainder of the total' : null,
    ],
    figures,
  );
  return takeaway(note, text, figures);
}

/** Annual revenue: first and latest in view and how it moved, the years without figures, and targets as targets. */
export function revenueByYearTakeaway(index: DatasetIndex, data: RevenueData, filter: ObservationFilter): Takeaway {
  const note = scopeNote(filter, 'totals for the whole group', true);
  const chart = data.revenueByYear;
  const values = chart.plotted.filter((p) => !isTarget(p));
  if (values.length === 0) {
    const empty = emptyLine(
      'annual revenue figures',
      filter,
      emptyMoneyReason(index, data, filter, (d) => d.revenueByYear),
    );
    const targets = chart.unchartedTargets;
    if (targets.length === 0) return takeaway(note, empty, []);
    return takeaway(note, `${empty} ${unchartedTargetsLine(index, filter, targets, figureText)}`, figuresOf(targets));
  }
  const lead = seriesPhrase('revenue', values);
  const targets = chart.plotted.filter(isTarget);
  const figures = figuresOf([...lead.stated, ...targets]);
  const text = sentence(index, [lead.text, gapsPhrase(chart.gaps, 'year'), targetsPhrase(targets, figureText)], figures);
  return takeaway(note, text, figures);
}

const RESULT_LABELS: Record<string, string> = { adjusted_net_profit: 'adjusted net profit', rd_expenses: 'R&D expenses' };

/** Adjusted net profit and R&D: each measure's first and latest figure in view. */
export function resultsByYearTakeaway(index: DatasetIndex, data: RevenueData, filter: ObservationFilter): Takeaway {
  const note = scopeNote(filter, 'totals for the whole group', true);
  const chart = data.resultsByYear;
  if (chart.plotted.length === 0) {
    return takeaway(
      note,
      emptyLine(
        'annual profit or R&D figures',
        filter,
        emptyMoneyReason(index, data, filter, (d) => d.resultsByYear),
      ),
      [],
    );
  }
  const phrases = chart.series.map((id) =>
    seriesPhrase(
      RESULT_LABELS[id] ?? id,
      chart.plotted.filter((p) => p.observation.metric === id),
    ),
  );
  const figures = figuresOf(phrases.flatMap((p) => p.stated));
  const text = sentence(index, [...phrases.map((p) => p.text), gapsPhrase(chart.gaps, 'year')], figures);
  return takeaway(note, text, figures);
}
