import { describe, expect, it } from 'vitest';
import { describeAssessment, describeTarget } from '../../src/domain/goal-words.ts';
import { assessGoal, assessGoals, compareWithTarget, countByStatus, goalProgressRows, goalsInView, noGoalsReason } from '../../src/domain/goals.ts';
import { bundledIndex } from '../helpers/dataset.ts';
import { goal, makeIndex, obs } from '../helpers/build-dataset.ts';

const AFTER = new Date('2030-01-01');
const DURING_2018 = new Date('2018-07-01');

function judge(observations: Parameters<typeof makeIndex>[0], g: ReturnType<typeof goal>, asOf = AFTER) {
  const index = makeIndex(observations, [g]);
  return assessGoal(index, g, asOf);
}

describe('compareWithTarget', () => {
  it('meets or misses an exact figure', () => {
    expect(compareWithTarget({ value: 100 }, 100, 'atLeast')).toBe('met');
    expect(compareWithTarget({ value: 99.9 }, 100, 'atLeast')).toBe('missed');
  });
  it('lets a floor prove a goal met, never missed', () => {
    expect(compareWithTarget({ value: 100, qualifier: 'moreThan' }, 100, 'atLeast')).toBe('met');
    expect(compareWithTarget({ value: 90, qualifier: 'moreThan' }, 100, 'atLeast')).toBe('unsure');
  });
  it('lets "nearly" prove a goal missed, never met', () => {
    expect(compareWithTarget({ value: 100, qualifier: 'nearly' }, 100, 'atLeast')).toBe('missed');
    expect(compareWithTarget({ value: 101, qualifier: 'nearly' }, 100, 'atLeast')).toBe('unsure');
  });
  it('treats a range figure as met only when all of it reaches the target', () => {
    expect(compareWithTarget({ value: 90, upper: 110 }, 100, 'atLeast')).toBe('unsure');
    expect(compareWithTarget({ value: 100, upper: 110 }, 100, 'atLeast')).toBe('met');
  });
  it('compares ranks where lower is better', () => {
    expect(compareWithTarget({ value: 1 }, 1, 'atMost')).toBe('met');
    expect(compareWithTarget({ value: 3 }, 1, 'atMost')).toBe('missed');
    expect(compareWithTarget({ value: 2, upper: 4 }, 3, 'atMost')).toBe('unsure');
  });
});

describe('assessGoal', () => {
  it('is met when the deadline period figure reaches the target', () => {
    const t = obs({ metric: 'units', period: '2018', value: 100, kind: 'target' });
    const a = judge(
      [t, obs({ metric: 'units', period: '2018', value: 120 })],
      goal({ metric: 'units', deadline: '2018', statedIn: '2017', targetObservationIds: [t.id] }),
    );
    expect(a.status).toBe('met');
    expect(a.basis).toEqual({ kind: 'deadline-figure', comparison: 'met', shortBy: null });
    expect(a.evidence?.value).toBe(120);
    expect(a.progress).toBeCloseTo(1.2);
  });

  it('is missed when the deadline figure falls short, saying by how much', () => {
    const t = obs({ metric: 'units', period: '2018', value: 100, kind: 'target' });
    const a = judge(
      [t, obs({ metric: 'units', period: '2018', value: 92.5 })],
      goal({ metric: 'units', deadline: '2018', statedIn: '2017', targetObservationIds: [t.id] }),
    );
    expect(a.status).toBe('missed');
    expect(a.basis).toEqual({ kind: 'deadline-figure', comparison: 'missed', shortBy: 7.5 });
  });

  it('uses the low end of a range target', () => {
    const t = obs({ metric: 'units', period: '2015', value: 80, upper: 100, kind: 'target' });
    const g = goal({ metric: 'units', deadline: '2015', statedIn: '2015', targetObservationIds: [t.id] });
    expect(judge([t, obs({ metric: 'units', period: '2015', value: 85 })], g).status).toBe('met');
    expect(judge([t, obs({ metric: 'units', period: '2015', value: 75 })], g).status).toBe('missed');
  });

  it('stays unknown when a floor below the target is all there is', () => {
    const t = obs({ metric: 'units', period: '2018', value: 100, kind: 'target' });
    const a = judge(
      [t, obs({ metric: 'units', period: '2018', value: 90, qualifier: 'moreThan' })],
      goal({ metric: 'units', deadline: '2018', statedIn: '2017', targetObservationIds: [t.id] }),
    );
    expect(a.status).toBe('unknown');
    expect(a.basis).toEqual({ kind: 'deadline-figure', comparison: 'unsure', shortBy: null });
  });

  it('is on track when a part-year figure is at or above the pace needed, before the deadline', () => {
    const t = obs({ metric: 'units', period: '2018', value: 100, kind: 'target' });
    const a = judge(
      [t, obs({ metric: 'units', period: '2018-H1', value: 55 })],
      goal({ metric: 'units', deadline: '2018', statedIn: '2017', targetObservationIds: [t.id] }),
      DURING_2018,
    );
    expect(a.status).toBe('on-track');
    expect(a.partial).toBe(true);
    expect(a.basis).toMatchObject({ kind: 'pace', elapsed: 0.5, targetLowEnd: false });
    expect(a.basis.kind === 'pace' && a.basis.pace).toBeCloseTo(110);
    expect(a.basis.kind === 'pace' && a.basis.share).toBeCloseTo(0.55);
  });

  it('is behind when the part-year pace falls short, before the deadline', () => {
    const t = obs({ metric: 'units', period: '2018', value: 100, kind: 'target' });
    const a = judge(
      [t, obs({ metric: 'units', period: '2018-Q1', value: 20 })],
      goal({ metric: 'units', deadline: '2018', statedIn: '2017', targetObservationIds: [t.id] }),
      DURING_2018,
    );
    expect(a.status).toBe('behind');
    expect(a.basis).toMatchObject({ kind: 'pace', elapsed: 0.25, share: 0.2, pace: 80 });
  });

  it('cannot judge a passed deadline from a part-year figure alone', () => {
    const t = obs({ metric: 'units', period: '2015', value: 80, upper: 100, kind: 'target' });
    const a = judge(
      [t, obs({ metric: 'units', period: '2015-H1', value: 34.7 })],
      goal({ metric: 'units', deadline: '2015', statedIn: '2015', targetObservationIds: [t.id] }),
    );
    expect(a.status).toBe('unknown');
    expect(a.deadlinePassed).toBe(true);
    expect(a.basis).toMatchObject({ kind: 'pace', elapsed: 0.5, targetLowEnd: true });
    expect(a.progress).toBeCloseTo(34.7 / 80);
  });

  it('is unknown without any figure, pointing to the nearest one for context', () => {
    const t = obs({ metric: 'units', period: '2018', value: 100, kind: 'target' });
    const before = obs({ metric: 'units', period: '2017-Q2', value: 23.16 });
    const a = judge([t, before], goal({ metric: 'units', deadline: '2018', statedIn: '2017-07', targetObservationIds: [t.id] }));
    expect(a.status).toBe('unknown');
    expect(a.context?.id).toBe(before.id);
    expect(a.basis).toEqual({ kind: 'no-figure', contextSide: 'before', yearsLeft: null });
  });

  it('says how much time is left when nothing is known yet', () => {
    const t = obs({ metric: 'units', period: '2020', value: 100, kind: 'target' });
    const a = judge([t], goal({ metric: 'units', deadline: '2020', statedIn: '2018', targetObservationIds: [t.id] }), new Date('2019-01-01'));
    expect(a.status).toBe('unknown');
    expect(a.deadlinePassed).toBe(false);
    expect(a.basis.kind).toBe('no-figure');
    expect(a.basis.kind === 'no-figure' && a.basis.yearsLeft).toBeCloseTo(2, 1);
  });

  it('is unknown when no measurable target was stated', () => {
    const a = judge([], goal({ metric: null, deadline: '2030', statedIn: '2023', targetObservationIds: [] }));
    expect(a.status).toBe('unknown');
    expect(a.basis).toEqual({ kind: 'no-target' });
    expect(a.target).toBeNull();
  });

  it('meets a rank goal as soon as the rank is reached inside the window', () => {
    const t = obs({ metric: 'rank', region: 'china', period: '2020-Q2', value: 1, kind: 'target' });
    const g = goal({ metric: 'rank', region: 'china', direction: 'atMost', statedIn: '2018-Q1', deadline: '2020-Q2', targetObservationIds: [t.id] });
    const a = judge(
      [t, obs({ metric: 'rank', region: 'china', period: '2018-Q4', value: 3 }), obs({ metric: 'rank', region: 'china', period: '2019-Q3', value: 1 })],
      g,
    );
    expect(a.status).toBe('met');
    expect(a.evidence?.period).toBe('2019-Q3');
  });

  it('reports a rank goal as behind before the deadline when the latest rank is worse', () => {
    const t = obs({ metric: 'rank', region: 'china', period: '2020-Q2', value: 1, kind: 'target' });
    const g = goal({ metric: 'rank', region: 'china', direction: 'atMost', statedIn: '2018-Q1', deadline: '2020-Q2', targetObservationIds: [t.id] });
    const a = judge([t, obs({ metric: 'rank', region: 'china', period: '2018-Q4', value: 3 })], g, new Date('2019-03-01'));
    expect(a.status).toBe('behind');
    expect(a.evidence?.period).toBe('2018-Q4');
    expect(a.basis.kind).toBe('latest-in-window');
  });

  it('ignores figures for other regions or entities', () => {
    const t = obs({ metric: 'rank', region: 'china', period: '2020-Q2', value: 1, kind: 'target' });
    const g = goal({ metric: 'rank', region: 'china', direction: 'atMost', statedIn: '2018-Q1', deadline: '2020-Q2', targetObservationIds: [t.id] });
    const a = judge(
      [
        t,
        obs({ metric: 'rank', region: 'india', period: '2019-Q1', value: 1 }),
        obs({ metric: 'rank', region: 'china', entity: 'huawei', period: '2019-Q1', value: 1 }),
      ],
      g,
    );
    expect(a.status).toBe('unknown');
  });

  it('converts money with a stated rate to compare with a target in another currency', () => {
    const rate = obs({ metric: 'exchange_rate', period: '2015', value: 0.16, unit: 'USD per RMB' });
    const t = obs({ metric: 'revenue', period: '2015', value: 32, currency: 'USD', kind: 'target' });
    const g = goal({ metric: 'revenue', deadline: '2015', statedIn: '2015', targetObservationIds: [t.id] });
    const a = judge([rate, t, obs({ metric: 'revenue', period: '2015', value: 250, currency: 'RMB' })], g);
    expect(a.status).toBe('met');
    expect(a.convertedWith).toMatchObject({ period: '2015', usdPerRmb: 0.16 });
    expect(a.evidence).toMatchObject({ value: 40, currency: 'USD', qualifier: 'approx' });
  });

  it('leaves money unjudged when no rate allows the comparison', () => {
    const t = obs({ metric: 'revenue', period: '2015', value: 32, currency: 'USD', kind: 'target' });
    const g = goal({ metric: 'revenue', deadline: '2015', statedIn: '2015', targetObservationIds: [t.id] });
    expect(judge([t, obs({ metric: 'revenue', period: '2015', value: 250, currency: 'RMB' })], g).status).toBe('unknown');
  });
});

describe('the bundled goals', () => {
  const index = bundledIndex();
  const assessments = assessGoals(index, new Date('2026-11-22'));
  const byId = Object.fromEntries(assessments.map((a) => [a.goal.id, a]));

  it('shows the goals whose deadline falls in the selected years and region', () => {
    const ids = (f: Parameters<typeof goalsInView>[1]) => goalsInView(assessments, f).map((a) => a.goal.id);
    expect(ids({ from: null, to: null, regions: null })).toHaveLength(7);
    expect(ids({ from: 2015, to: 2017, regions: null })).toEqual(['sell-80-100m-2015', 'sales-usd-32bn-2015', 'revenue-rmb-100bn-2017']);
    // The ten-quarter goal runs to Q2 2020, so a range ending in 2019 leaves it out.
    expect(ids({ from: 2018, to: 2019, regions: null })).toEqual(['ship-100m-2018', 'global-500-2018']);
    expect(ids({ from: null, to: null, regions: ['china'] })).toEqual(['china-no1-within-10-quarters']);
  });
  it('says which filter left no goal in view, never blaming years that were not chosen', () => {
    const cases = [
      { from: null, to: null, regions: ['spain'] },
      // No goal concerns India in any year: the region is to blame, not the years.
      { from: 2014, to: 2023, regions: ['india'] },
      { from: 2019, to: 2019, regions: ['china'] },
      { from: 2019, to: 2019, regions: null },
      { from: null, to: null, regions: [] },
    ];
    for (const f of cases) expect(goalsInView(assessments, f)).toEqual([]);
    const goals = index.dataset.goals;
    expect(cases.map((f) => noGoalsReason(f, goals))).toEqual([
      'No announced goal concerns the selected regions',
      'No announced goal concerns the selected regions',
      'No announced goal for the selected regions has a deadline in the selected years',
      'No announced goal has a deadline in the selected years',
      'No region is selected, so no announced goal is in view',
    ]);
    // Loaded data with figures only: no filter is blamed.
    expect(cases.map((f) => noGoalsReason(f, []))).toEqual(cases.map(() => 'The data on screen lists no announced goals'));
  });
  it('quotes a converted floor as the panels do: a bound, as precise as the rate, never rounded up', () => {
    const text = describeAssessment(index, byId['sales-usd-32bn-2015']!);
    expect(text).toContain('more than USD 14.68 bn (converted at a 2017 implied rate)');
  });
  it('finds the 2017 revenue goal met on the "more than RMB 100 billion" report', () => {
    expect(byId['revenue-rmb-100bn-2017']?.status).toBe('met');
    expect(byId['revenue-rmb-100bn-2017']?.evidence?.id).toBe('revenue-2017');
  });
  it('cannot judge the 2015 sales goal from the first-half figure, but shows the pace', () => {
    const a = byId['sell-80-100m-2015'];
    expect(a?.status).toBe('unknown');
    expect(a?.progress).toBeCloseTo(34.7 / 80);
    expect(a?.basis.kind === 'pace' && a.basis.pace).toBeCloseTo(69.4);
  });
  it('judges 1 of 7 goals met and the other 6 unknown', () => {
    expect(countByStatus(assessments)).toEqual({ met: 1, missed: 0, 'on-track': 0, behind: 0, unknown: 6 });
  });
  it('draws progress only for goals with a comparable figure', () => {
    const rows = goalProgressRows(index, assessments, { currency: 'RMB', rates: index.rates });
    expect(rows.map((r) => [r.key, r.points.progress?.short])).toEqual([
      ['sell-80-100m-2015', '43% by H1 2015'],
      ['revenue-rmb-100bn-2017', 'over 100%'],
    ]);
  });
});

describe('describeAssessment: each verdict in one line a reader can check', () => {
  const words = (observations: Parameters<typeof makeIndex>[0], g: ReturnType<typeof goal>, asOf = AFTER) => {
    const index = makeIndex(observations, [g]);
    return describeAssessment(index, assessGoal(index, g, asOf));
  };
  const t = obs({ metric: 'units', period: '2018', value: 100, kind: 'target' });
  const g = goal({ metric: 'units', deadline: '2018', statedIn: '2017-07', targetObservationIds: [t.id] });

  it('states the figure and the target when a goal is met', () => {
    expect(words([t, obs({ metric: 'units', period: '2018', value: 120 })], g)).toBe('120 million phones in 2018 against a target of 100 million phones.');
  });
  it('says by how much a goal was missed', () => {
    expect(words([t, obs({ metric: 'units', period: '2018', value: 92.5 })], g)).toBe(
      '92.5 million phones in 2018, 7.5 million short of the 100 million phones target.',
    );
  });
  it('gives the share reached, the time gone and the pace for a part-year figure', () => {
    expect(words([t, obs({ metric: 'units', period: '2018-H1', value: 55 })], g, DURING_2018)).toBe(
      '55 million phones in H1 2018: 55% of the 100 million phones target with 50% of 2018 gone, a pace of about 110.0 million.',
    );
  });
  it('points to the nearest figure when the sources give none for the goal', () => {
    const before = obs({ metric: 'units', period: '2017-Q2', value: 23.16 });
    expect(words([t, before], g)).toBe('The sources give no units shipped for 2018. Nearest figure: 23.16 million phones in Q2 2017, before the goal was set.');
  });
  it('names a converted figure as converted', () => {
    const rate = obs({ metric: 'exchange_rate', period: '2015', value: 0.16, unit: 'USD per RMB' });
    const usd = obs({ metric: 'revenue', period: '2015', value: 32, currency: 'USD', kind: 'target' });
    const money = goal({ metric: 'revenue', deadline: '2015', statedIn: '2015', targetObservationIds: [usd.id] });
    expect(words([rate, usd, obs({ metric: 'revenue', period: '2015', value: 250, currency: 'RMB' })], money)).toContain(
      'USD 40.0 bn (converted at a 2015 implied rate)',
    );
  });
  it('says when no measurable target was stated', () => {
    const none = goal({ metric: null, deadline: '2030', statedIn: '2023', targetObservationIds: [] });
    const index = makeIndex([], [none]);
    const a = assessGoal(index, none, AFTER);
    expect(describeTarget(index, a)).toBe('no measurable target');
    expect(describeAssessment(index, a)).toBe('No measurable target was stated, so the sources cannot show progress.');
  });
});
