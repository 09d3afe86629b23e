import { describe, expect, it } from 'vitest';
import { goalCurrencyNote } from '../../src/domain/goal-words.ts';
import { assessGoals, goalsInView } from '../../src/domain/goals.ts';
import { NO_FILTER } from '../../src/domain/filters.ts';
import { bundledIndex } from '../helpers/dataset.ts';

const index = bundledIndex();
const goals = assessGoals(index, new Date('2026-12-01'));

describe('goalCurrencyNote', () => {
  it('says which goals keep another currency than the one the page shows money in', () => {
    // The 2015 sales goal was announced in USD, the 2017 revenue goal in RMB.
    expect(goalCurrencyNote(goals, 'RMB')).toBe("Goals announced in USD are judged in USD, not in the page's RMB.");
    expect(goalCurrencyNote(goals, 'USD')).toBe("Goals announced in RMB are judged in RMB, not in the page's USD.");
  });

  it('says nothing when the goals in view are all in the page currency, or not money', () => {
    const in2015 = goalsInView(goals, { ...NO_FILTER, from: 2015, to: 2015 });
    expect(in2015.some((a) => a.target?.currency === 'USD')).toBe(true);
    expect(goalCurrencyNote(in2015, 'USD')).toBeNull();
    expect(
      goalCurrencyNote(
        goals.filter((a) => !a.target?.currency),
        'RMB',
      ),
    ).toBeNull();
  });
});
