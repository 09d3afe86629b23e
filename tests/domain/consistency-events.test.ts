import { describeTrajectory } from '../../src/domain/goal-words.ts';
import { describe, expect, it } from 'vitest';
import { bounds } from '../../src/domain/agreement.ts';
import { consistencyChecks } from '../../src/domain/consistency.ts';
import { eventsInViewText, filteredEvents, withEvents } from '../../src/domain/events.ts';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { assessGoals, goalTrajectory } from '../../src/domain/goals.ts';
import { NO_MONEY } from '../../src/domain/plot.ts';
import { shipmentsData } from '../../src/domain/shipments.ts';
import { sourceContributions } from '../../src/domain/sources.ts';
import { makeIndex, obs } from '../helpers/build-dataset.ts';
import { bundledIndex } from '../helpers/dataset.ts';

const index = bundledIndex();

describe('bounds of a printed figure', () => {
  it('allow for rounding, and open up for "more than" and "nearly"', () => {
    expect(bounds(obs({ metric: 'units', period: '2017', value: 28.0, decimals: 1 }))).toEqual([27.95, 28.05]);
    expect(bounds(obs({ metric: 'units', period: '2017', value: 100, qualifier: 'moreThan' }))).toEqual([100, Infinity]);
    expect(bounds(obs({ metric: 'units', period: '2017', value: 40, qualifier: 'nearly' }))[0]).toBe(-Infinity);
  });
});

describe('consistencyChecks on the bundled data', () => {
  const checks = consistencyChecks(index);
  const byTitle = (t: string) => checks.find((c) => c.title.startsWith(t));

  it('confirms the figures two sources both give', () => {
    expect(byTitle('Smartphone shipments, Q2 2017')).toMatchObject({ outcome: 'agrees', observationIds: ['shipments-2017q2-cnbc', 'shipments-2017q2-report'] });
    expect(byTitle('Total revenue target, 2017')?.outcome).toBe('agrees');
  });
  it('says a source states a target, never that it gives one as a figure', () => {
    const target = byTitle('Smartphone shipments target, 2018')!;
    expect(target.detail).toMatch(/^CNBC on Q2 2017 shipments, Jul 2017 states a target of 100 million\./);
    expect(checks.filter((c) => c.title.includes(' target, ')).every((c) => !c.detail.includes(' gives '))).toBe(true);
  });
  it('checks the stated 28.0% overseas share against 8.4 of 30.1', () => {
    expect(byTitle("Share of the segment's revenue")).toMatchObject({
      outcome: 'agrees',
      detail: expect.stringContaining('is 27.9% (27.7–28.1% allowing for rounding)'),
    });
  });
  it('checks the named segments fit within total revenue', () => {
    expect(byTitle('Reported segments within total revenue, 2023')).toMatchObject({ outcome: 'agrees', detail: expect.stringContaining('267.7') });
  });
  it('checks the founding year worked out from two sources', () => {
    expect(byTitle('Founding year worked out 2 ways')?.outcome).toBe('agrees');
  });
  it('says which growth rates cannot be checked and why', () => {
    expect(byTitle('Adjusted net profit growth')).toMatchObject({ outcome: 'cannot-check', detail: 'The sources give no stated level for 2022.' });
    expect(checks.filter((c) => c.kind === 'growth').every((c) => c.outcome === 'cannot-check')).toBe(true);
    expect(checks.filter((c) => c.kind === 'growth' && c.title.startsWith('Shipment growth on previous quarter, Q2 2017'))).toHaveLength(1);
  });
  it('finds no contradiction in the bundled data', () => {
    expect(checks.filter((c) => c.outcome === 'differs')).toEqual([]);
  });
});

describe('consistencyChecks catch what does not add up', () => {
  it('flags two sources that disagree, and ignores repeats within one source', () => {
    const data = makeIndex([obs({ metric: 'units', period: '2017', value: 10 }), obs({ metric: 'units', period: '2017', value: 12, sourceId: 's2' })]);
    data.dataset.sources.push({ ...data.dataset.sources[0]!, id: 's2', shortTitle: 'Second source' });
    data.source.set('s2', data.dataset.sources[1]!);
    expect(consistencyChecks(data).find((c) => c.kind === 'same-figure')).toMatchObject({
      outcome: 'differs',
      detail: expect.stringContaining('Differs from Second source, 2016 (12 million)'),
    });
    const same = makeIndex([obs({ metric: 'units', period: '2017', value: 10 }), obs({ metric: 'units', period: '2017', value: 12 })]);
    expect(consistencyChecks(same).filter((c) => c.kind === 'same-figure')).toEqual([]);
  });
  it('flags a growth rate the levels contradict', () => {
    const levels = [obs({ metric: 'units', period: '2016', value: 100 }), obs({ metric: 'units', period: '2017', value: 150 })];
    const growth = (value: number) => ({ ...obs({ metric: 'growth', period: '2017', value, unit: 'percent' }) });
    const metrics = (g: number) => {
      const i = makeIndex([...levels, growth(g)]);
      i.dataset.metrics.push({
        id: 'growth',
        label: 'Growth',
        description: 'g',
        unit: 'percent',
        panel: 'shipments',
        aggregation: 'rate',
        growthOf: 'units',
        comparison: 'year-earlier',
      });
      return consistencyChecks(i).find((c) => c.kind === 'growth');
    };
    expect(metrics(50)?.outcome).toBe('agrees');
    expect(metrics(70)).toMatchObject({ outcome: 'differs', detail: '100 million then 150 million implies 50.0%.' });
  });
});

describe('events', () => {
  it('follow the year and region filters', () => {
    expect(filteredEvents(index, NO_FILTER)).toHaveLength(16);
    expect(filteredEvents(index, { from: 2017, to: 2017, regions: null }).map((e) => e.id)).toContain('mi-home-openings-2017-07-08');
    const china = filteredEvents(index, { from: null, to: null, regions: ['china'] });
    expect(china.every((e) => e.region === 'china' || e.region === 'global' || e.region === null)).toBe(true);
    // Worldwide events stay, as the count beside the timeline says ("in the selected regions or worldwide").
    expect(china.map((e) => e.id)).toContain('q2-2017-record');
    expect(china.filter((e) => e.region === 'china')).toHaveLength(2);
  });
  it('are counted with only the filters that are set, one event in the singular', () => {
    expect(eventsInViewText(16, NO_FILTER)).toBe('16 events from the sources.');
    expect(eventsInViewText(1, { from: null, to: null, regions: ['india'] })).toBe('1 event in the selected regions or worldwide.');
    expect(eventsInViewText(3, { from: 2017, to: null, regions: null })).toBe('3 events in the selected years.');
    expect(eventsInViewText(0, { from: 2017, to: 2018, regions: ['spain'] })).toBe('0 events in the selected years, in the selected regions or worldwide.');
  });
  it('go on the chart period that contains them, and never into a finer one they may not belong to', () => {
    const annual = withEvents(index, shipmentsData(index, NO_FILTER, 'year', NO_MONEY).rows, NO_FILTER);
    expect(annual.find((r) => r.label === '2017')?.events?.map((e) => e.id)).toEqual(
      expect.arrayContaining(['barra-leaves-2017-01', 'spain-entry-2017', 'q2-2017-record']),
    );
    const quarterly = withEvents(index, shipmentsData(index, NO_FILTER, 'quarter', NO_MONEY).rows, NO_FILTER);
    expect(quarterly.find((r) => r.label === 'Q1 2017')?.events?.map((e) => e.id)).toEqual(['barra-leaves-2017-01']);
    expect(quarterly.flatMap((r) => r.events ?? []).some((e) => e.id === 'spain-entry-2017')).toBe(false);
  });
});

describe('goalTrajectory', () => {
  const assessments = assessGoals(index, new Date('2026-11-22'));
  it('draws the path to 80 million against 34.7 million by mid-2015', () => {
    const t = goalTrajectory(
      index,
      assessments.find((a) => a.goal.id === 'sell-80-100m-2015')!,
    );
    expect(t?.rows.map((r) => [r.x, r.reported, r.needed, r.pace])).toEqual([
      [0, 0, 0, null],
      [0.5, 34.7, 40, 34.7],
      [1, null, 80, 69.4],
    ]);
    expect(t).toMatchObject({ elapsed: 0.5, target: 80, targetHigh: 100 });
    expect(t?.needed).toBeCloseTo(45.3);
    const a = assessments.find((x) => x.goal.id === 'sell-80-100m-2015')!;
    expect(describeTrajectory(a, t!)).toBe('45.3 million more were needed in the remaining 50% of 2015, against 34.7 million in the first 50%.');
  });
  it('has no trajectory where no rate makes sense', () => {
    for (const id of ['revenue-rmb-100bn-2017', 'china-no1-within-10-quarters', 'technology-leader-2030']) {
      expect(
        goalTrajectory(
          index,
          assessments.find((a) => a.goal.id === id)!,
        ),
      ).toBeNull();
    }
  });
});

describe('sourceContributions', () => {
  it('counts a source’s figures and groups them by what they measure', () => {
    const { figures, metrics } = sourceContributions(index, 'cnbc-2017-q2');
    expect(figures).toBe(16);
    expect(metrics).toContainEqual({ metric: 'Smartphone vendor rank', periods: ['Q1 2017'] });
    expect(metrics).toContainEqual({ metric: 'Smartphone shipments (derived)', periods: ['Q1 2017'] });
  });
});
