/**
 * Consistency checks the data allows: figures two sources give for the same thing, stated
 * shares against the levels they imply, parts against their total, values derived two ways,
 * growth rates against stated levels, and ranks against shares. Each check reports agrees,
 * differs, or cannot be checked (with what is missing), so silence never passes for agreement.
 */
import type { Observation } from '../data/schema.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { observationsOf } from './dataset-index.ts';
import { agreementOf, bounds, overlap, sourceName, statesWords, tolerance } from './agreement.ts';
import { formatObservation, formatNumber, joinSome } from './format.ts';
import { period, periodLabel } from '../data/period.ts';
import { describeWhat } from './provenance.ts';

export type CheckOutcome = 'agrees' | 'differs' | 'cannot-check';

export interface ConsistencyCheck {
  readonly id: string;
  kind: 'same-figure' | 'share' | 'parts-total' | 'two-derivations' | 'growth' | 'rank-share';
  title: string;
  outcome: CheckOutcome;
  detail: string;
  observationIds: string[];
}

function key(o: Observation): string {
  return `${o.metric}|${o.entity}|${o.region}|${o.segment ?? ''}|${o.period}|${o.kind}|${o.currency ?? ''}`;
}

/**
 * A check whose title and detail are written when first read. A large dataset allows tens of
 * thousands of checks and the page shows a hundred at a time; formatting them all up front
 * held the main thread for over a second at 4x CPU throttling.
 */
function check(
  id: string,
  kind: ConsistencyCheck['kind'],
  outcome: CheckOutcome,
  observationIds: string[],
  words: () => { title: string; detail: string },
): ConsistencyCheck {
  let written: { title: string; detail: string } | undefined;
  const text = () => (written ??= words());
  return {
    id,
    kind,
    outcome,
    observationIds,
    get title() {
      return text().title;
    },
    get detail() {
      return text().detail;
    },
  };
}

function sameFigureChecks(index: DatasetIndex): ConsistencyCheck[] {
  if (index.dataset.sources.length < 2) return [];
  // Most figures are stated once: keep the first of each, and a group only when a second comes.
  const firstOf = new Map<string, Observation>();
  const groups = new Map<string, Observation[]>();
  for (const o of index.dataset.observations) {
    if (o.kind === 'derived') continue;
    const k = key(o);
    const earlier = firstOf.get(k);
    if (!earlier) firstOf.set(k, o);
    else {
      const group = groups.get(k);
      if (group) group.push(o);
      else groups.set(k, [earlier, o]);
    }
  }
  const checks: ConsistencyCheck[] = [];
  for (const group of groups.values()) {
    const sources = new Set(group.map((o) => o.sourceId));
    if (sources.size < 2) continue;
    const [first, ...rest] = group as [Observation, ...Observation[]];
    const agreement = agreementOf(index, first, rest);
    const what = `${describeWhat(index, first)}${first.kind === 'target' ? ' target' : ''}, ${periodLabel(first.period)}`;
    checks.push({
      id: `same-${first.id}`,
      kind: 'same-figure',
      title: `${what}: ${sources.size} sources`,
      outcome: agreement?.outcome ?? 'agrees',
      detail: `${sourceName(index, first)} ${statesWords(first, formatObservation(first))}. ${agreement?.text ?? ''}`.trim(),
      observationIds: group.map((o) => o.id),
    });
  }
  return checks;
}

function shareChecks(index: DatasetIndex): ConsistencyCheck[] {
  const levels = new Map<string, Observation>();
  for (const o of observationsOf(index, 'segment_revenue')) if (o.kind === 'reported') levels.set(`${o.region}|${o.segment ?? ''}|${o.period}`, o);
  return observationsOf(index, 'segment_revenue_share').map((share) => {
    const level = levels.get(`${share.region}|${share.segment ?? ''}|${share.period}`);
    const total = levels.get(`global|${share.segment ?? ''}|${share.period}`);
    const title = () => `${describeWhat(index, share)}, ${periodLabel(share.period)}`;
    if (!level || !total || level.currency !== total.currency) {
      return check(`share-${share.id}`, 'share', 'cannot-check', [share.id], () => ({
        title: title(),
        detail: 'The sources do not give both levels the share is taken from.',
      }));
    }
    const [lowPart, highPart] = bounds(level);
    const [lowTotal, highTotal] = bounds(total);
    const range: [number, number] = [(lowPart / highTotal) * 100, (highPart / lowTotal) * 100];
    const computed = (level.value / total.value) * 100;
    const ok = overlap(range, bounds(share));
    return check(`share-${share.id}`, 'share', ok ? 'agrees' : 'differs', [share.id, level.id, total.id], () => ({
      title: title(),
      detail: `Stated ${formatObservation(share)}; ${formatObservation(level)} of ${formatObservation(total)} is ${formatNumber(computed, 1)}% (${formatNumber(range[0], 1)}–${formatNumber(range[1], 1)}% allowing for rounding).`,
    }));
  });
}

function partsTotalChecks(index: DatasetIndex): ConsistencyCheck[] {
  const byPeriod = new Map<string, Observation[]>();
  for (const o of observationsOf(index, 'segment_revenue')) {
    if (o.region !== 'global' || o.kind !== 'reported') continue;
    const parts = byPeriod.get(o.period);
    if (parts) parts.push(o);
    else byPeriod.set(o.period, [o]);
  }
  return [...byPeriod.entries()].flatMap(([p, parts]) => {
    const total = observationsOf(index, 'revenue').find(
      (o) => o.region === 'global' && o.period === p && o.kind === 'reported' && o.currency === parts[0]?.currency,
    );
    if (!total) return [];
    const sum = parts.reduce((s, o) => s + o.value, 0);
    const slack = parts.reduce((s, o) => s + tolerance(o), 0) + tolerance(total);
    const ok = sum <= total.value + slack;
    return [
      {
        id: `parts-${p}`,
        kind: 'parts-total' as const,
        title: `Reported segments within total revenue, ${periodLabel(p)}`,
        outcome: ok ? ('agrees' as const) : ('differs' as const),
        detail: `${parts.length} named segments add up to ${formatNumber(sum, 1)}, ${ok ? 'within' : 'more than'} the total of ${formatObservation(total)}${ok ? `, leaving ${formatNumber(total.value - sum, 1)} for other revenue` : ''}.`,
        observationIds: [...parts.map((o) => o.id), total.id],
      },
    ];
  });
}

function twoDerivationChecks(index: DatasetIndex): ConsistencyCheck[] {
  const groups = new Map<string, Observation[]>();
  for (const o of index.dataset.observations) {
    if (o.kind !== 'derived') continue;
    const k = [o.metric, o.entity, o.region, o.segment ?? ''].join('|');
    const group = groups.get(k);
    if (group) group.push(o);
    else groups.set(k, [o]);
  }
  return [...groups.values()]
    .filter((g) => g.length > 1 && period(g[0]!.period).granularity === 'year' && g[0]!.unit === 'year')
    .map((g) => {
      const values = new Set(g.map((o) => o.value));
      return {
        id: `derived-${g[0]!.id}`,
        kind: 'two-derivations' as const,
        title: `${describeWhat(index, g[0]!)} worked out ${g.length} ways`,
        outcome: values.size === 1 ? ('agrees' as const) : ('differs' as const),
        detail: joinSome(g.map((o) => `${formatObservation(o)} from ${sourceName(index, o)}`)),
        observationIds: g.map((o) => o.id),
      };
    });
}

/** The period a growth rate compares with (a year earlier, or the quarter before). */
function previousPeriod(key: string, comparison: string | undefined): string | null {
  const p = period(key);
  if (comparison === 'previous-quarter') {
    if (p.granularity !== 'quarter') return null;
    return p.index === 1 ? `${p.year - 1}-Q4` : `${p.year}-Q${p.index - 1}`;
  }
  return `${p.year - 1}${key.slice(4)}`;
}

function growthChecks(index: DatasetIndex): ConsistencyCheck[] {
  const checks: ConsistencyCheck[] = [];
  const seen = new Set<string>();
  for (const metric of index.dataset.metrics) {
    if (!metric.growthOf) continue;
    // Stated levels of the metric the growth is of, by what and when, for constant-time lookups.
    const levels = new Map<string, Observation>();
    for (const o of observationsOf(index, metric.growthOf)) if (o.kind === 'reported') levels.set(`${o.entity}|${o.region}|${o.segment ?? ''}|${o.period}`, o);
    for (const g of observationsOf(index, metric.id)) {
      // One check per figure, even when several sources state it.
      const k = key(g);
      if (g.kind !== 'reported' || seen.has(k)) continue;
      seen.add(k);
      const at = (p: string) => levels.get(`${g.entity}|${g.region}|${g.segment ?? ''}|${p}`);
      const before = previousPeriod(g.period, metric.comparison);
      const now = at(g.period);
      const then = before ? at(before) : undefined;
      const title = () => `${describeWhat(index, g)}, ${periodLabel(g.period)} (${formatObservation(g)})`;
      if (!now || !then) {
        checks.push(
          check(`growth-${g.id}`, 'growth', 'cannot-check', [g.id], () => {
            const missing = [!then && before ? periodLabel(before) : null, !now ? periodLabel(g.period) : null].filter(Boolean).join(' and ');
            return { title: title(), detail: `The sources give no stated level for ${missing || 'the earlier period'}.` };
          }),
        );
        continue;
      }
      const implied = (now.value / then.value - 1) * 100;
      const ok = overlap([implied - 0.6, implied + 0.6], bounds(g));
      checks.push(
        check(`growth-${g.id}`, 'growth', ok ? 'agrees' : 'differs', [g.id, now.id, then.id], () => ({
          title: title(),
          detail: `${formatObservation(then)} then ${formatObservation(now)} implies ${formatNumber(implied, 1)}%.`,
        })),
      );
    }
  }
  return checks;
}

function rankShareChecks(index: DatasetIndex): ConsistencyCheck[] {
  const ranks = new Map<string, Observation>();
  for (const r of observationsOf(index, 'vendor_rank')) if (r.kind === 'reported') ranks.set(`${r.entity}|${r.region}|${r.period}`, r);
  const snapshots = new Map<string, { share: Observation; rank: Observation }[]>();
  for (const share of observationsOf(index, 'market_share')) {
    if (share.kind !== 'reported') continue;
    const rank = ranks.get(`${share.entity}|${share.region}|${share.period}`);
    if (!rank) continue;
    const k = `${share.region}|${share.period}`;
    const snapshot = snapshots.get(k);
    if (snapshot) snapshot.push({ share, rank });
    else snapshots.set(k, [{ share, rank }]);
  }
  return [...snapshots.entries()].flatMap(([snap, ranked]) => {
    if (ranked.length < 2) return [];
    const [region, p] = snap.split('|') as [string, string];
    const ok = ranked.every((a) => ranked.every((b) => a.rank.value >= b.rank.value || a.share.value >= b.share.value));
    return [
      {
        id: `rank-share-${snap}`,
        kind: 'rank-share' as const,
        title: `Ranks against market shares, ${index.regionLabel.get(region) ?? region}, ${periodLabel(p)}`,
        outcome: ok ? ('agrees' as const) : ('differs' as const),
        detail: ranked
          .map(({ share, rank }) => `${index.entityLabel.get(share.entity) ?? share.entity}: ${formatObservation(rank)}, ${formatObservation(share)}`)
          .join('; '),
        observationIds: ranked.flatMap(({ share, rank }) => [share.id, rank.id]),
      },
    ];
  });
}

export function consistencyChecks(index: DatasetIndex): ConsistencyCheck[] {
  return [
    ...sameFigureChecks(index),
    ...shareChecks(index),
    ...partsTotalChecks(index),
    ...twoDerivationChecks(index),
    ...growthChecks(index),
    ...rankShareChecks(index),
  ];
}
